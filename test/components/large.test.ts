import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { generateEvents } from '../../src/data/generate.js';
import type { TlTimeline } from '../../src/index.js';
import { $, $$, frame, until } from './helpers.js';

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
    const counted = clusters.reduce((n, c) => n + Number(c.dataset.count), 0);
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

  it('keeps the focused event an option (with its place among all) when too many are in view to list', async () => {
    const a = el.normalizedEvents[50_000]!.lo;
    await el.zoomTo(a, a + 20 * DAY);
    const items = el.visibleItems();
    expect(items.length).to.be.greaterThan(60);
    // Only the focused option is DOM, not one per item.
    expect($$(el, '[role="option"]').length).to.be.at.most(1);
    const plot = $(el, '[part="plot"]')!;
    plot.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => !!plot.getAttribute('aria-activedescendant'), 'focus');
    const option = el.shadowRoot!.getElementById(plot.getAttribute('aria-activedescendant')!)!;
    expect(option.getAttribute('role')).to.equal('option');
    expect(option.getAttribute('aria-setsize')).to.equal('100000');
    // An event's option, or a cluster's (its place is its first event's).
    const id = option.getAttribute('data-event-id') ?? option.getAttribute('data-first-id')!;
    const index = el.normalizedEvents.findIndex((e) => e.id === id);
    expect(option.getAttribute('aria-posinset')).to.equal(String(index + 1));
  });

  it('names what is under the pointer on the canvas, and zooms into a cluster on click', async () => {
    await el.fit();
    await el.zoomTo(el.visibleRange.startMs, el.visibleRange.startMs + 400 * DAY);
    const cluster = el.visibleItems().find((i) => i.type === 'cluster' && i.box.width > 8 && i.box.x > 150)!;
    expect(!!cluster, 'a cluster in view').to.equal(true);
    const at: [number, number] = [Math.round(cluster.box.x + 4), Math.round(cluster.box.y + cluster.box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    await until(() => !!$(el, '[part="tooltip"]'), 'tooltip');
    expect($(el, '[part="tooltip"]')!.textContent).to.contain(`${cluster.count} events`);
    const before = el.visibleRange.endMs - el.visibleRange.startMs;
    await sendMouse({ type: 'click', position: at });
    await until(() => el.visibleRange.endMs - el.visibleRange.startMs < before / 2, 'zoomed in');
    const after = el.visibleRange;
    expect(after.startMs).to.be.at.most(cluster.startMs);
    expect(after.endMs).to.be.at.least(cluster.startMs);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
