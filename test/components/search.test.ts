// Search and filter on <tl-timeline>: the query dims what it does not match on the canvas, `filter-mode="hide"`
// leaves it out of the plot and the keyboard order, the plot's label counts the matches, <tl-list> lists only the
// matches, and `#q=` in the URL holds the query.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TlTimeline } from '../../src/index.js';
import '../../src/define.js';
import type { TimelineEventInput } from '../../src/index.js';
import { loadCardKit } from '../../src/components/timeline/card-loader.js';
import { $, FIVE, frame, mount, until } from './helpers.js';

const MISSIONS: TimelineEventInput[] = [
  { id: 'a', start: '1969-07-16', title: 'Apollo 11 lifts off' },
  { id: 'b', start: '1969-07-20', title: 'The landing' },
  { id: 'c', start: '1969-07-21', title: 'First steps' },
  { id: 'd', start: '1969-07-24', title: 'Splashdown' },
  { id: 'e', start: '1970-04', title: 'Apollo 13: a month to remember' },
];

const focusedId = (el: TlTimeline) => {
  const id = $(el, '[part="plot"]')!.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.getAttribute('data-event-id') : undefined;
};

/** The alpha each label was drawn with in the next drawing `action` causes (fillText calls on this element's canvas). */
async function labelAlphas(el: TlTimeline, action: () => Promise<unknown>): Promise<Map<string, number>> {
  const alphas = new Map<string, number>();
  const proto = CanvasRenderingContext2D.prototype;
  const original = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (this.canvas.getRootNode() === el.shadowRoot) alphas.set(text, this.globalAlpha);
    return original.call(this, text, x, y, maxWidth);
  };
  try {
    await action();
  } finally {
    proto.fillText = original;
  }
  return alphas;
}

/** Sets the query and waits for the search to load, match and draw. */
async function search(el: TlTimeline, text: string): Promise<void> {
  el.query = text;
  await el.model.search.settled();
  await el.updateComplete;
  await frame();
  await el.updateComplete;
}

describe('<tl-timeline> search and filter', () => {
  it('draws the events a query does not match faint, the matches at full contrast', async () => {
    const el = await mount(FIVE);
    const alphas = await labelAlphas(el, () => search(el, 'november'));
    const november = [...alphas].find(([text]) => text.startsWith('November'));
    const others = [...alphas].filter(([text]) => !text.startsWith('November'));
    expect(november?.[1]).to.equal(1);
    expect(others.length).to.be.greaterThan(0);
    for (const [, alpha] of others) expect(alpha).to.be.lessThan(0.5);
    const cleared = await labelAlphas(el, () => search(el, ''));
    expect([...cleared.values()].every((a) => a === 1)).to.equal(true);
  });

  it('draws a cluster faint when none of its events match, and at full contrast when one does', async () => {
    // Forty events of one July day in 1969 and one in 1970: in the view of both years, most of the day is clustered.
    const day: TimelineEventInput[] = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, start: '1969-07-20', title: i === 39 ? 'Splashdown' : `Mission log ${i}` }));
    const el = await mount([...day, { id: 'e', start: '1970-04', title: 'Apollo 13: a month to remember' }]);
    expect(el.visibleItems().some((i) => i.type === 'cluster'), 'a cluster in view').to.equal(true);
    // A cluster's count is drawn as text: the only labels that are numbers.
    const counts = (alphas: Map<string, number>) => [...alphas].filter(([text]) => /^\d+$/.test(text)).map(([, alpha]) => alpha);
    const none = await labelAlphas(el, () => search(el, 'remember'));
    expect(none.get('Apollo 13: a month to remember'), 'the match').to.equal(1);
    expect(counts(none).length, 'clusters drawn').to.be.greaterThan(0);
    expect(counts(none).every((a) => a < 0.5), 'clusters with no match').to.equal(true);
    const one = await labelAlphas(el, () => search(el, 'splashdown'));
    expect(one.has('Splashdown'), 'the match is in a cluster').to.equal(false);
    expect(counts(one).some((a) => a === 1), 'the cluster with the match').to.equal(true);
  });

  it('says in the plot\'s label how many events match', async () => {
    const el = await mount(FIVE);
    await search(el, 'november');
    expect($(el, '[part="plot"]')!.getAttribute('aria-label')).to.match(/: 1 of 5 events matches\./);
    el.filter = { groups: ['B'] };
    await search(el, '');
    expect($(el, '[part="plot"]')!.getAttribute('aria-label')).to.match(/: 2 of 5 events match\./);
  });

  it('with filter-mode hide, leaves non-matches out of the drawn items and the arrow keys\' order', async () => {
    const el = await mount(FIVE);
    const before = el.visibleItems().length;
    el.setAttribute('filter-mode', 'hide');
    el.filter = { groups: ['B'] };
    await search(el, '');
    expect(el.filterMode).to.equal('hide');
    const ids = el.visibleItems().map((item) => item.id);
    expect(ids).to.deep.equal(['aug', 'nov']);
    expect(ids.length).to.be.lessThan(before);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('aug');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('nov');
  });

  it('the query attribute is the model\'s query, both ways', async () => {
    const el = await mount(FIVE);
    el.setAttribute('query', 'Novémber');
    expect(el.model.search.text).to.equal('Novémber');
    el.model.search.setText('late');
    expect(el.query).to.equal('late');
  });

  it('<tl-list> lists only the matches while a query is set', async () => {
    const box = await fixture<HTMLElement>(html`<div><tl-timeline id="tl" style="width: 900px" lang="en" .events=${FIVE}></tl-timeline><tl-list for="tl"></tl-list></div>`);
    const el = box.querySelector<TlTimeline>('tl-timeline')!;
    const list = box.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('tl-list')!;
    await customElements.whenDefined('tl-list');
    await until(() => !!list.shadowRoot?.querySelector('table'), 'the list to render');
    for (let i = 0; i < 2; i++) {
      await frame();
      await el.updateComplete;
      await list.updateComplete;
    }
    const rows = () => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr:not(.spacer)')].filter((r) => r.querySelector('button'));
    expect(rows().length).to.equal(5);
    await search(el, 'november');
    await list.updateComplete;
    await until(() => rows().length === 1, 'the one match');
    expect(rows()[0]!.textContent).to.contain('November event');
  });

  it('with hash-links, a URL with #q= opens with that query, and a new query goes into the URL', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}#q=${encodeURIComponent('late summer')}`);
    try {
      const el = await fixture<TlTimeline>(html`<tl-timeline hash-links style="width: 900px" lang="en" .events=${FIVE}></tl-timeline>`);
      await until(() => el.query === 'late summer', 'the query from the URL');
      await el.model.search.settled();
      expect(el.model.search.count).to.equal(1);
      await search(el, 'novem');
      await until(() => location.hash === '#q=novem', 'the URL to hold the query');
      await search(el, '');
      await until(() => location.hash === '', 'the URL without a query');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('the card\'s previous and next step from match to match while a query is set', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${MISSIONS}></tl-timeline>`);
    await loadCardKit();
    await search(el, 'apollo');
    el.select('a');
    await search(el, 'apollo');
    expect($(el, '[part="next"]')!.getAttribute('aria-label')).to.equal('Next: Apollo 13: a month to remember');
    $(el, '[part="next"]')!.click();
    await search(el, 'apollo');
    expect(el.model.selectedId).to.equal('e');
    expect($(el, '[part="previous"]')!.getAttribute('aria-label')).to.equal('Previous: Apollo 11 lifts off');
    // Without the query, every event is a step again.
    await search(el, '');
    expect($(el, '[part="previous"]')!.getAttribute('aria-label')).to.equal('Previous: Splashdown');
  });
});
