import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { generateEvents } from '../../src/data/generate.js';
import type { TlTimeline } from '../../src/index.js';
import { $, $$, frame } from './helpers.js';

const DAY = 86_400_000;

describe('<tl-timeline> with 100,000 events', function () {
  this.timeout(60000);
  let el: TlTimeline;
  const events = generateEvents({ n: 100_000, seed: 1 });

  before(async () => {
    await setViewport({ width: 1300, height: 900 });
    el = document.createElement('tl-timeline');
    el.style.width = '1200px';
    const t0 = performance.now();
    el.events = events;
    document.body.append(el);
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    console.log(`100k: first render ${Math.round(performance.now() - t0)} ms`);
  });
  after(() => el.remove());

  const elementsInside = () => el.shadowRoot!.querySelectorAll('*').length;

  it('renders, with every event counted in clusters at full span and the DOM bounded', () => {
    expect(el.normalizedEvents.length).to.equal(100_000);
    const clusters = $$(el, '[part="cluster"]');
    // At this density each lane is one histogram (a cluster of all its events in view).
    expect(clusters.length).to.be.at.least(8);
    const counted = clusters.reduce((n, c) => n + Number(/^[\d,]+/.exec(c.getAttribute('aria-label')!)![0].replace(/,/g, '')), 0);
    expect(counted + $$(el, '[part="event"]').length).to.be.closeTo(100_000, 1);
    expect(elementsInside()).to.be.below(3000);
  });

  it('resolves to individual events in a one-day window', async () => {
    const [a, b] = [el.visibleRange.startMs, el.visibleRange.endMs];
    const mid = Math.round((a + b) / 2 / DAY) * DAY;
    await el.zoomTo(mid, mid + DAY);
    const drawn = $$(el, '[part="event"]');
    expect(drawn.length).to.be.greaterThan(5);
    expect($$(el, '[part="cluster"]').length).to.equal(0);
    expect(elementsInside()).to.be.below(3000);
  });

  it('selects and opens the detail of any event', async () => {
    const target = events[54_321]!;
    expect(el.select(target.id)).to.equal(true);
    await el.updateComplete;
    expect($(el, '[part="detail"] h2')!.textContent).to.equal(String(target.title));
  });
});
