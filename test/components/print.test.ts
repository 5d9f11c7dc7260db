// Printing: the page prints the timeline's current view (its canvas) and below it the list of all its shown events
// with dates and sources — drawn unvirtualized up to 2,000, then a line saying how many more — and none of what
// only works on a screen. Print media is emulated through the DevTools protocol and `beforeprint` dispatched as
// the browser does before it lays the page out for print.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { generateEvents } from '../../src/data/generate.js';
import { $, $$, cdp, frame, until } from './helpers.js';

type List = HTMLElement & { updateComplete: Promise<boolean> };

const EVENTS: TimelineEventInput[] = [
  { id: 'a', start: '2019-03-01', title: 'Founding', group: 'Company', source: { doc: 'f.txt', publisher: 'Daily', url: 'https://example.org/founding' } },
  { id: 'b', start: '2020-05-05', title: 'Beta', group: 'Tech', url: 'https://example.org/beta' },
  { id: 'c', start: '2021-11', title: 'November deal', group: 'Company', category: 'deal' },
];

async function print(on: boolean, ...els: { updateComplete: Promise<boolean> }[]): Promise<void> {
  await cdp('Emulation.setEmulatedMedia', { media: on ? 'print' : '' });
  window.dispatchEvent(new Event(on ? 'beforeprint' : 'afterprint'));
  for (let i = 0; i < 2; i++) {
    await Promise.all(els.map((e) => e.updateComplete));
    await frame();
  }
}

const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

describe('printing (emulated print media)', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => print(false));

  it('prints the current view as drawn and the events below it with their dates and sources, without the buttons', async () => {
    // A set height (as pages give it) must not squeeze the plot to make room for the list.
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px; height: 300px" .events=${EVENTS}></tl-timeline>`);
    await frame();
    await el.updateComplete;
    expect($(el, '.print-list') === null, 'nothing extra on screen').to.equal(true);
    await print(true, el);
    const list = $(el, '.print-list')!;
    expect(shown(list), 'the list prints').to.equal(true);
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'March 1, 2019 Founding Company · Daily · https://example.org/founding',
      'May 5, 2020 Beta Tech · https://example.org/beta',
      'November 2021 · known to the month November deal Company · deal',
    ]);
    expect(list.getBoundingClientRect().top, 'below the plot').to.be.at.least($(el, '.plot')!.getBoundingClientRect().bottom - 1);
    const canvas = $(el, 'canvas.drawing')!;
    expect(shown(canvas) && $(el, '.plot')!.getBoundingClientRect().height > 60, 'the drawing prints, whole').to.equal(true);
    expect(getComputedStyle($(el, '.plot')!).overflowY, 'no scrolling box on paper').to.equal('hidden');
    const buttons = $$(el, '[part~="header"] button');
    expect(buttons.length).to.be.at.least(4);
    expect(buttons.map((b) => b.checkVisibility()), 'the header\'s buttons').to.deep.equal(buttons.map(() => false));
    expect([$(el, '[part="hint"]')!.checkVisibility(), $(el, '.focus-ring')!.checkVisibility()]).to.deep.equal([false, false]);
    await print(false, el);
    expect($(el, '.print-list') === null, 'gone after the print').to.equal(true);
    el.remove();
  });

  it('prints the first 2,000 events of a large timeline and says how many more there are', async function () {
    this.timeout(20000);
    const many = generateEvents({ n: 2345, seed: 5 });
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" .events=${many}></tl-timeline>`);
    await until(() => el.normalizedEvents.length === 2345, 'the events');
    await print(true, el);
    expect($$(el, '.print-list li').length).to.equal(2000);
    expect($(el, '.print-more')!.textContent).to.equal('Not printed: 345 events');
    expect(shown($(el, '.print-more'))).to.equal(true);
    el.remove();
  });

  it('prints the shown list in full (not virtualized), with the sources\' addresses, and restores it after', async function () {
    this.timeout(20000);
    const many: TimelineEventInput[] = generateEvents({ n: 2100, seed: 7 }).map((e, i) => (i === 0 ? { ...e, source: { doc: 'd', publisher: 'Wire', url: 'https://example.org/wire' } } : e));
    const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style="width: 1000px" show-list .events=${many}></tl-timeline>`);
    await until(() => !!$(el, 'tl-list')?.shadowRoot?.querySelector('tbody tr.event'), 'the list view');
    const list = $(el, 'tl-list') as List;
    const rows = () => list.shadowRoot!.querySelectorAll('tbody tr:not(.spacer)').length;
    expect(rows(), 'virtualized on screen').to.be.below(60);
    const url = () => list.shadowRoot!.querySelector('.url');
    expect(shown(url()), 'no address on screen').to.equal(false);
    expect($(el, '.print-list') === null, 'one list: the shown one').to.equal(true);
    await print(true, el, list);
    expect(rows()).to.equal(2000);
    const events = list.shadowRoot!.querySelectorAll('tbody tr.event').length;
    expect(list.shadowRoot!.querySelector('[part="more"]')!.textContent).to.equal(`… and ${(2100 - events).toLocaleString('en')} more events, not printed.`);
    expect(url()!.textContent!.trim()).to.equal('https://example.org/wire');
    expect(shown(url()), 'the address prints').to.equal(true);
    expect(list.shadowRoot!.querySelector('button')!.checkVisibility(), 'no Show buttons on paper').to.equal(false);
    expect(getComputedStyle(list.shadowRoot!.querySelector('.base')!).overflowY).to.equal('visible');
    await print(false, el, list);
    // Back on screen, the list measures its box again (a ResizeObserver, then a frame): on a busy machine that can
    // take more frames than `print` waits for.
    await until(() => rows() < 60, 'the list virtualized again');
    expect(list.shadowRoot!.querySelector('[part="more"]') === null).to.equal(true);
    el.remove();
  });
});
