// Readable at first sight: titles drawn whole where there is room, the height used, no header for a lone lane.
// Read from outside: the text the canvas receives, the element's size, its parts.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { convert, fromTimelineJS } from '../../src/formats/index.js';
import { corpusEvents } from '../../src/data/corpus.js';
import type { EraInput, TimelineEventInput, TlTimeline } from '../../src/index.js';
import { fixtureJson } from '../formats/fixtures.js';
import { loadContextKit } from '../../src/components/timeline/kit-loader.js';
import { $, $$, drawnText, frame, redraw } from './helpers.js';

async function place(events: readonly TimelineEventInput[], style: string, eras?: readonly EraInput[]): Promise<TlTimeline> {
  const el = await fixture<TlTimeline>(html`<tl-timeline lang="en" style=${style} .events=${events} .eras=${eras}></tl-timeline>`);
  for (let i = 0; i < 4; i++) {
    await frame();
    await el.updateComplete;
  }
  return el;
}

/** The events in view whose whole label (title with its ≈ and ? marks) the canvas drew, and the others. */
async function wholeTitles(el: TlTimeline): Promise<{ whole: string[]; cut: string[] }> {
  const drawn = new Set((await drawnText(el, () => redraw(el))).map((t) => t.text));
  const { startMs, endMs } = el.visibleRange;
  const inView = el.normalizedEvents.filter((e) => e.hi >= startMs && e.lo <= endMs);
  const text = (e: (typeof inView)[number]) => `${e.start.approximate ? '≈ ' : ''}${typeof e.title === 'string' ? e.title : (e.title.en ?? '')}${e.start.uncertain ? ' ?' : ''}`;
  return { whole: inView.filter((e) => drawn.has(text(e))).map((e) => e.id), cut: inView.filter((e) => !drawn.has(text(e))).map(text) };
}

describe('<tl-timeline> layout', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  for (const file of ['biography.timelinejs.json', 'history.timelinejs.json']) {
    it(`draws at least 9 titles in 10 whole at the first view of ${file} in an 1100×600 embed`, async () => {
      const events = fromTimelineJS(await fixtureJson(file));
      const el = await place(events, 'width: 1100px; height: 600px');
      const { whole, cut } = await wholeTitles(el);
      expect(whole.length / events.length, `cut: ${cut.join(' | ')}`).to.be.at.least(0.9);
      // The lanes use the height they were given, and stay inside it.
      const plot = $(el, '[part="plot"]')!;
      expect(plot.scrollHeight, 'no scrolling').to.be.at.most(plot.clientHeight + 1);
      el.remove();
    });
  }

  it('keeps 9 titles in 10 whole with the eras named above the plot (the room they take is the lanes\' less)', async () => {
    for (const file of ['biography.timelinejs.json', 'history.timelinejs.json']) {
      const { events, eras } = convert(await fixtureJson(file));
      await loadContextKit();
      const el = await place(events, 'width: 1100px; height: 600px', eras);
      expect($$(el, '[part="era"]').length, file).to.equal(eras!.length);
      const { whole, cut } = await wholeTitles(el);
      expect(whole.length / events.length, `${file} cut: ${cut.join(' | ')}`).to.be.at.least(0.9);
      expect(el.getBoundingClientRect().height, 'inside its height').to.equal(600);
      const plot = $(el, '[part="plot"]')!;
      expect(plot.scrollHeight, 'no scrolling').to.be.at.most(plot.clientHeight + 1);
      el.remove();
    }
  });

  it('draws every corpus title in the demo\'s opening view whole (1152 px wide, 760 px high)', async () => {
    const el = await place(corpusEvents, 'width: 1152px; height: 760px');
    await el.zoomTo(Date.UTC(2010, 0, 1), Date.UTC(2034, 0, 1), { animate: false });
    const { whole, cut } = await wholeTitles(el);
    expect(cut, 'cut titles').to.deep.equal([]);
    expect(whole.length).to.equal(25); // all but the 2045 target, out of this view
    el.remove();
  });

  it('without a height grows to at most 60 % of the window before events share rows', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, start: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Meeting number ${i} of the long spring`, group: `G${i % 3}` }));
    const el = await place(many, 'width: 1000px');
    expect(el.getBoundingClientRect().height).to.be.at.most(0.6 * 800 + 1);
    expect($$(el, '[part="cluster"]').length, 'some events share a row').to.be.above(0);
    el.remove();
    // Few events: only as tall as they need.
    const few = await place(many.slice(0, 3), 'width: 1000px');
    expect(few.getBoundingClientRect().height).to.be.below(250);
    few.remove();
  });

  it('gives a lone lane without a name no header', async () => {
    const el = await place([{ id: 'a', start: '2001', title: 'One' }, { id: 'b', start: '2003', title: 'Two' }], 'width: 800px');
    expect($$(el, '[part="lane-label"]')).to.have.length(0);
    const named = await place([{ id: 'a', start: '2001', title: 'One', group: 'G' }], 'width: 800px');
    expect($$(named, '[part="lane-label"]').map((l) => l.textContent)).to.deep.equal(['G']);
    el.remove();
    named.remove();
  });
});
