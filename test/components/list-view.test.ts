// The timeline's own list view: the header's toggle puts the list of its events in the plot's place (and back), a
// narrow container opens on it, and what a reader selects there is the timeline's selection.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { $, frame, until } from './helpers.js';

type List = HTMLElement & { updateComplete: Promise<boolean> };

const EVENTS: TimelineEventInput[] = [
  { id: 'a', start: '2019-03-01', title: 'Founding', group: 'Company' },
  { id: 'b', start: '2020-05-05', title: 'Beta', group: 'Tech' },
  { id: 'c', start: '2021-11', title: 'November deal', group: 'Company' },
];

async function listIn(el: TlTimeline): Promise<List> {
  await until(() => !!$(el, 'tl-list')?.shadowRoot?.querySelector('tbody tr:not(.spacer):not(.year)'), 'the list view');
  const list = $(el, 'tl-list') as List;
  await list.updateComplete;
  await frame();
  return list;
}

const titles = (list: List) => [...list.shadowRoot!.querySelectorAll('tbody tr:not(.spacer):not(.year) th')].map((th) => th.textContent);

describe('<tl-timeline> list view', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('shows the list in the timeline\'s place with the header\'s toggle, and the timeline again', async () => {
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${EVENTS}></tl-timeline>`);
    await el.updateComplete;
    const toggle = $(el, '[part~="view-toggle"]')!;
    expect([toggle.textContent, toggle.getAttribute('aria-expanded'), toggle.getAttribute('aria-controls')]).to.deep.equal(['Show as list', 'false', 'tl-list-view']);
    toggle.click();
    const list = await listIn(el);
    expect(list.id).to.equal('tl-list-view');
    expect(el.shadowRoot!.querySelectorAll('tl-list').length, 'one list').to.equal(1);
    expect(titles(list)).to.deep.equal(['Founding', 'Beta', 'November deal']);
    expect(getComputedStyle($(el, '.plot-frame')!).display, 'the plot gives way').to.equal('none');
    expect(getComputedStyle($(el, '[part="axis"]')!).display, 'the plot\'s axis with it').to.equal('none');
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal(['Show as timeline', 'true']);
    expect(el.hasAttribute('show-list')).to.equal(true);
    // Chosen in the list, selected in the timeline: its card is open when the reader goes back.
    [...list.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Beta')!.querySelector('button')!.click();
    toggle.click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.plot-frame')!).display).not.to.equal('none');
    expect(getComputedStyle($(el, '[part="axis"]')!).display).not.to.equal('none');
    expect($(el, '[part~="detail"] h2')!.textContent).to.equal('Beta');
    el.remove();
  });

  it('opens on the list in a narrow container (narrow-container list view), and the toggle goes back to the timeline', async () => {
    const narrow = await fixture<TlTimeline>(html`<tl-timeline lang="de" style="width: 390px" .events=${EVENTS}></tl-timeline>`);
    const list = await listIn(narrow);
    expect(titles(list)).to.have.length(3);
    await until(() => list.dataset.layout === 'narrow', 'the list\'s narrow layout');
    const toggle = $(narrow, '[part~="view-toggle"]')!;
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal(['Als Zeitleiste zeigen', 'true']);
    toggle.click();
    await narrow.updateComplete;
    await frame();
    expect(narrow.showList).to.equal(false);
    expect(getComputedStyle($(narrow, '.plot-frame')!).display).not.to.equal('none');
    expect(narrow.visibleItems().length, 'the plot draws its events').to.be.greaterThan(0);
    // The reader's choice stays: a resize does not open the list again.
    narrow.style.width = '380px';
    for (let i = 0; i < 3; i++) {
      await frame();
      await narrow.updateComplete;
    }
    expect(narrow.showList).to.equal(false);
    narrow.remove();
  });

  it('opens on the timeline in a narrow container with no-list-first, and in a wide one', async () => {
    for (const el of [
      await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 390px" no-list-first .events=${EVENTS}></tl-timeline>`),
      await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 600px" .events=${EVENTS}></tl-timeline>`),
    ]) {
      for (let i = 0; i < 3; i++) {
        await frame();
        await el.updateComplete;
      }
      expect(el.showList).to.equal(false);
      expect($(el, 'tl-list')).to.equal(null);
      el.remove();
    }
  });
});
