// A phone: touch through the DevTools protocol (Input.dispatchTouchEvent goes through Chromium's own gesture
// recognition, so a page scroll is a real one), a 390×844 screen with a coarse pointer.
import { expect, oneEvent } from '@open-wc/testing';
import { corpusEvents } from '../../src/data/corpus.js';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { $, drawnText, emulate, endEmulation, eventWithin, frame, swipe, touch, until } from './helpers.js';

const settle = async (el: TlTimeline) => {
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
};

/** An article with a timeline in the middle, as a news page on a phone has it. */
async function article(events: readonly TimelineEventInput[]): Promise<{ el: TlTimeline; page: HTMLElement }> {
  const page = document.createElement('article');
  const text = () => Object.assign(document.createElement('p'), { textContent: 'Lorem ipsum dolor sit amet. '.repeat(60) });
  page.append(text());
  const el = document.createElement('tl-timeline');
  el.lang = 'en';
  el.noListFirst = true; // the plot on a phone (by default a narrow container opens on the list)
  el.events = events;
  page.append(el, text(), text(), text());
  document.body.append(page);
  await settle(el);
  // The plot in the upper half of the screen.
  const top = $(el, '[part="plot"]')!.getBoundingClientRect().top;
  window.scrollTo(0, window.scrollY + top - 150);
  await settle(el);
  return { el, page };
}

describe('<tl-timeline> on a phone', () => {
  let meta: HTMLMetaElement;
  before(async () => {
    meta = Object.assign(document.createElement('meta'), { name: 'viewport', content: 'width=device-width, initial-scale=1' });
    document.head.append(meta);
    await emulate({ width: 390, height: 844, scale: 3, mobile: true, touch: true });
  });
  after(async () => {
    await endEmulation();
    meta.remove();
  });
  afterEach(() => {
    document.querySelector('article')?.remove();
    window.scrollTo(0, 0);
  });

  it('lets a vertical swipe over the plot scroll the page, and leaves the window as it is', async () => {
    const { el } = await article(corpusEvents);
    const before = el.visibleRange;
    const y0 = window.scrollY;
    const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
    const x = Math.round(plot.left + plot.width / 2);
    const y = Math.round(plot.top + Math.min(plot.height - 10, 200));
    await swipe([x, y], [x, y - 160]);
    await until(() => window.scrollY - y0 > 100, 'the page scrolled', 2000).catch(() => undefined);
    expect(window.scrollY - y0, 'page scrolled').to.be.greaterThan(100);
    await settle(el);
    expect(el.visibleRange.startMs).to.equal(before.startMs);
    expect(el.visibleRange.endMs).to.equal(before.endMs);
  });

  it('pans with a horizontal swipe, keeping the time under the finger, and the page stays', async () => {
    const { el } = await article(corpusEvents);
    await el.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2022, 0, 1));
    await settle(el);
    const y0 = window.scrollY;
    const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
    const y = Math.round(plot.top + 40);
    const from = Math.round(plot.left + plot.width * 0.75);
    const r0 = el.visibleRange;
    const timeAt = (x: number, r = el.visibleRange) => r.startMs + ((x - plot.left) / plot.width) * (r.endMs - r.startMs);
    const grabbed = timeAt(from, r0);
    const changed = oneEvent(el, 'tl-range-change');
    await swipe([from, y], [from - 150, y + 6]);
    await changed;
    await settle(el);
    const r1 = el.visibleRange;
    expect(r1.endMs - r1.startMs, 'same zoom').to.be.closeTo(r0.endMs - r0.startMs, 1000);
    // The time first touched is under the finger where it left the screen (within a few px, as the gesture's slop).
    const px = ((grabbed - timeAt(from - 150, r1)) / (r1.endMs - r1.startMs)) * plot.width;
    expect(Math.abs(px), `px off: ${px}`).to.be.below(12);
    expect(window.scrollY).to.equal(y0);
  });

  it('zooms around the fingers with a pinch', async () => {
    const { el } = await article(corpusEvents);
    await el.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2022, 0, 1));
    await settle(el);
    const y0 = window.scrollY;
    const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
    const y = Math.round(plot.top + 60);
    const mid = Math.round(plot.left + plot.width / 2);
    const r0 = el.visibleRange;
    await touch('touchStart', [
      [mid - 40, y],
      [mid + 40, y],
    ]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        [mid - 40 - i * 10, y],
        [mid + 40 + i * 10, y],
      ]);
    await touch('touchEnd', []);
    await settle(el);
    const r1 = el.visibleRange;
    const ratio = (r0.endMs - r0.startMs) / (r1.endMs - r1.startMs);
    // Fingers 80 → 240 px apart: three times closer, within the slop of the first moves.
    expect(ratio).to.be.within(2.4, 3.3);
    expect(window.scrollY).to.equal(y0);
  });

  it('selects an event by a tap on its label, or just beside its marker (targets of at least 24×24 px)', async () => {
    const events: TimelineEventInput[] = [
      { id: 'a', start: '2020-03-10', title: 'A marker with a long label', group: 'G' },
      { id: 'b', start: '2020-09-01', title: 'Another one', group: 'G' },
    ];
    const { el } = await article(events);
    const drawn = await drawnText(el, () => el.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)));
    await settle(el);
    const label = drawn.find((t) => t.text.startsWith('A marker'))!;
    expect(!!label, 'label drawn').to.equal(true);
    let selected = eventWithin<CustomEvent>(el, 'tl-select');
    const lx = Math.round(label.box.right - 12), ly = Math.round(label.box.top + label.box.height / 2);
    await touch('touchStart', [[lx, ly]]);
    await touch('touchEnd', []);
    expect((await selected).detail.event.id, 'tap on the label').to.equal('a');
    const marker = el.visibleItems().find((i) => i.id === 'b')!.box;
    selected = eventWithin<CustomEvent>(el, 'tl-select');
    // 4 px above the drawn dot, still within its 24 px target.
    const tx = Math.round(marker.x + marker.width / 2), ty = Math.round(marker.y - 2);
    await touch('touchStart', [[tx, ty]]);
    await touch('touchEnd', []);
    expect((await selected).detail.event.id, 'tap just above the marker').to.equal('b');
  });

  it('lets a vertical swipe scroll the page around an iframe embed too', async () => {
    const page = document.createElement('article');
    const text = () => Object.assign(document.createElement('p'), { textContent: 'Lorem ipsum dolor sit amet. '.repeat(60) });
    const frameEl = Object.assign(document.createElement('iframe'), { title: 'Timeline' });
    // As tall as the timeline inside, so the frame's own document does not scroll (where it does, a swipe scrolls
    // it first, as any scrolling frame).
    frameEl.style.cssText = 'width: 100%; height: 620px; border: 0';
    frameEl.srcdoc = `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1"><body style="margin:0">
      <tl-timeline lang="en" no-list-first style="min-height: 100vh; border: 0"></tl-timeline>
      <script type="module">
        import { corpusEvents } from '/src/data/corpus.ts';
        import '/src/define.ts';
        document.querySelector('tl-timeline').events = corpusEvents;
      </script>`;
    page.append(text(), frameEl, text(), text());
    document.body.append(page);
    await until(() => !!frameEl.contentDocument?.querySelector('tl-timeline')?.shadowRoot?.querySelector('canvas'), 'the embed drawn', 10000);
    const inner = frameEl.contentDocument!.querySelector('tl-timeline') as TlTimeline;
    await settle(inner);
    window.scrollTo(0, window.scrollY + frameEl.getBoundingClientRect().top - 100);
    await frame();
    const y0 = window.scrollY;
    const box = frameEl.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2), y = Math.round(box.top + 250);
    const before = inner.visibleRange;
    await swipe([x, y], [x, y - 160]);
    await until(() => window.scrollY - y0 > 100, 'the page scrolled', 2000).catch(() => undefined);
    expect(window.scrollY - y0, 'page scrolled').to.be.greaterThan(100);
    expect(inner.visibleRange.startMs).to.equal(before.startMs);
  });
});
