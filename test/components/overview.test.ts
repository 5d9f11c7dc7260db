// <tl-overview>: the whole span of the data with the visible window as a brush. Driven as a reader does — a real
// mouse through the DevTools protocol, real key presses — and read as the reader gets it: the timeline's window,
// its tl-range-change, Chromium's accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { axProp, axTree, domAttribute, eventWithin, frame, FIVE, until } from './helpers.js';

const DAY = 86_400_000;
/** Twelve years of events in three lanes, denser in the middle. */
const YEARS: TimelineEventInput[] = Array.from({ length: 120 }, (_, i) => ({
  id: `e${i}`,
  start: new Date(Date.UTC(2010, 0, 1) + Math.round(12 * 365 * DAY * (0.5 + 0.5 * Math.sin((i / 120) * Math.PI - Math.PI / 2) * (i % 2 ? 1 : 0.6)))).toISOString().slice(0, 10),
  title: `Event ${i}`,
  group: ['North', 'South', 'West'][i % 3],
}));

type Overview = HTMLElement & { for: string; updateComplete: Promise<boolean> };

async function nested(events = YEARS): Promise<{ el: TlTimeline; ov: Overview }> {
  const el = await fixture<TlTimeline>(html`<tl-timeline style="width: 1000px" lang="en" .events=${events}><tl-overview></tl-overview></tl-timeline>`);
  return settle(el, el.querySelector<Overview>('tl-overview')!);
}

async function settle(el: TlTimeline, ov: Overview): Promise<{ el: TlTimeline; ov: Overview }> {
  await customElements.whenDefined('tl-overview');
  await until(() => !!ov.shadowRoot?.querySelector('.window'), 'the overview to render');
  await frame();
  await el.updateComplete;
  await ov.updateComplete;
  return { el, ov };
}

const part = (ov: Overview, selector: string) => ov.shadowRoot!.querySelector<HTMLElement>(selector)!;
const fitOf = (el: TlTimeline) => el.model.limits.fit;
/** The brush's left and right edges in viewport px. */
function brush(ov: Overview): [number, number] {
  const r = part(ov, '.window').getBoundingClientRect();
  return [r.left, r.right];
}
/** Where the timeline's window should be drawn on the strip, in viewport px. */
function expected(el: TlTimeline, ov: Overview): [number, number] {
  const box = ov.getBoundingClientRect();
  const inner = box.width - 2; // the 1px border on each side
  const [fa, fb] = fitOf(el);
  const x = (t: number) => box.left + 1 + Math.max(0, Math.min(inner, ((t - fa) / (fb - fa)) * inner));
  return [x(el.visibleRange.startMs), x(el.visibleRange.endMs)];
}
async function rest(el: TlTimeline, ov: Overview): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
    await ov.updateComplete;
  }
}

describe('<tl-overview>', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => resetMouse());

  it('loads on first use, nested in a timeline, and draws the whole span with the window as its brush', async () => {
    const { el, ov } = await nested();
    expect(ov.getBoundingClientRect().top, 'below the plot').to.be.above(el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect().bottom - 1);
    const paths = [...ov.shadowRoot!.querySelectorAll('path')];
    expect(paths.length, 'one path per lane colour').to.equal(3);
    const [left, right] = brush(ov);
    const [l, r] = expected(el, ov);
    expect(Math.abs(left - l), `left ${left} vs ${l}`).to.be.below(1.5);
    expect(Math.abs(right - r), `right ${right} vs ${r}`).to.be.below(1.5);
  });

  it('follows the timeline: zoomTo moves the brush, new data redraws the histogram, lang renames it', async () => {
    const { el, ov } = await nested();
    const before = ov.shadowRoot!.querySelector('path')!.getAttribute('d');
    await el.zoomTo(Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1));
    await rest(el, ov);
    const [l, r] = expected(el, ov);
    const [left, right] = brush(ov);
    expect(Math.abs(left - l) < 1.5 && Math.abs(right - r) < 1.5, `${left}–${right} vs ${l}–${r}`).to.equal(true);
    expect(right - left, 'a year of twelve').to.be.within(60, 100);
    el.events = YEARS.slice(0, 40);
    await rest(el, ov);
    expect(ov.shadowRoot!.querySelector('path')!.getAttribute('d')).not.to.equal(before);
    el.lang = 'de';
    await rest(el, ov);
    expect(part(ov, '.base').getAttribute('aria-label')).to.match(/^Übersicht: /);
    expect(part(ov, '.thumb.start').getAttribute('aria-label')).to.equal('Beginn des sichtbaren Zeitraums');
  });

  it('pans the timeline when the brush is dragged, with tl-range-change', async () => {
    const { el, ov } = await nested();
    await el.zoomTo(Date.UTC(2013, 0, 1), Date.UTC(2015, 0, 1), { animate: false });
    await rest(el, ov);
    const span = el.visibleRange.endMs - el.visibleRange.startMs;
    const start = el.visibleRange.startMs;
    const [left, right] = brush(ov);
    const y = Math.round(ov.getBoundingClientRect().top + 22);
    const x = Math.round(left + (right - left) * 0.25); // off-centre: the time grabbed stays under the pointer
    const changed = eventWithin(el, 'tl-range-change');
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 40, y] });
    await sendMouse({ type: 'move', position: [x + 100, y] });
    await sendMouse({ type: 'up' });
    await changed;
    await rest(el, ov);
    const [fa, fb] = fitOf(el);
    const perPx = (fb - fa) / (ov.getBoundingClientRect().width - 2);
    expect(el.visibleRange.endMs - el.visibleRange.startMs, 'same span').to.be.closeTo(span, span * 0.001);
    expect((el.visibleRange.startMs - start) / perPx, 'moved by the drag').to.be.closeTo(100, 2);
  });

  it('zooms the timeline when an end of the brush is dragged, the other end staying', async () => {
    const { el, ov } = await nested();
    await el.zoomTo(Date.UTC(2013, 0, 1), Date.UTC(2017, 0, 1), { animate: false });
    await rest(el, ov);
    const end = el.visibleRange.endMs;
    const thumb = part(ov, '.thumb.start').getBoundingClientRect();
    const [x, y] = [Math.round(thumb.left + thumb.width / 2), Math.round(thumb.top + thumb.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y] });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'up' });
    await rest(el, ov);
    expect(el.visibleRange.endMs, 'end stays').to.be.closeTo(end, DAY);
    const [fa, fb] = fitOf(el);
    const perPx = (fb - fa) / (ov.getBoundingClientRect().width - 2);
    expect((el.visibleRange.startMs - Date.UTC(2013, 0, 1)) / perPx, 'start follows the pointer').to.be.closeTo(60, 2);
    expect(ov.shadowRoot!.activeElement?.classList.contains('start'), 'the thumb has focus').to.equal(true);
  });

  it('centres the window where the strip is clicked beside the brush', async () => {
    const { el, ov } = await nested();
    await el.zoomTo(Date.UTC(2012, 0, 1), Date.UTC(2013, 0, 1), { animate: false });
    await rest(el, ov);
    const span = el.visibleRange.endMs - el.visibleRange.startMs;
    const box = ov.getBoundingClientRect();
    const x = Math.round(box.left + box.width * 0.8);
    await sendMouse({ type: 'click', position: [x, Math.round(box.top + 22)] });
    await rest(el, ov);
    const [fa, fb] = fitOf(el);
    const t = fa + ((x - box.left - 1) / (box.width - 2)) * (fb - fa);
    const mid = (el.visibleRange.startMs + el.visibleRange.endMs) / 2;
    expect(Math.abs(mid - t) / span, 'centred on the click').to.be.below(0.02);
    expect(el.visibleRange.endMs - el.visibleRange.startMs).to.be.closeTo(span, span * 0.001);
  });

  it('moves each end by keyboard: arrows, Shift, Page Up/Down, Home and End', async () => {
    const { el, ov } = await nested();
    await el.zoomTo(Date.UTC(2013, 0, 1), Date.UTC(2016, 0, 1), { animate: false });
    await rest(el, ov);
    const [fa, fb] = fitOf(el);
    const whole = fb - fa;
    const start = part(ov, '.thumb.start');
    start.focus();
    let s = el.visibleRange.startMs;
    const e = el.visibleRange.endMs;
    const changed = eventWithin(el, 'tl-range-change');
    await sendKeys({ press: 'ArrowRight' });
    await changed;
    await rest(el, ov);
    expect((el.visibleRange.startMs - s) / whole, 'a hundredth').to.be.closeTo(0.01, 1e-6);
    expect(el.visibleRange.endMs, 'the other end stays').to.equal(e);
    s = el.visibleRange.startMs;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ up: 'Shift' });
    await rest(el, ov);
    expect((s - el.visibleRange.startMs) / whole, 'a tenth').to.be.closeTo(0.1, 1e-6);
    s = el.visibleRange.startMs;
    await sendKeys({ press: 'PageUp' });
    await rest(el, ov);
    expect((el.visibleRange.startMs - s) / whole).to.be.closeTo(0.1, 1e-6);
    await sendKeys({ press: 'Home' });
    await rest(el, ov);
    expect(el.visibleRange.startMs, 'Home: the first of the data').to.be.closeTo(fa, 1);
    const valuetext = start.getAttribute('aria-valuetext')!;
    expect(valuetext.length, valuetext).to.be.above(3);
    part(ov, '.thumb.end').focus();
    await sendKeys({ press: 'End' });
    await rest(el, ov);
    expect(el.visibleRange.endMs, 'End: the last of the data').to.be.closeTo(fb, 1);
    await sendKeys({ press: 'PageDown' });
    await rest(el, ov);
    expect((fb - el.visibleRange.endMs) / whole).to.be.closeTo(0.1, 1e-6);
    // The ends never cross: the start pushed past the end stops a minimum span before it.
    start.focus();
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'PageUp' });
    await rest(el, ov);
    expect(el.visibleRange.endMs - el.visibleRange.startMs).to.be.above(0);
  });

  it('binds by for="id" to a timeline later in the page, and keeps following when for changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <tl-overview for="one"></tl-overview>
      <tl-timeline id="one" style="width: 1000px" lang="en" .events=${YEARS}></tl-timeline>
      <tl-timeline id="two" style="width: 1000px" lang="en" .events=${FIVE}></tl-timeline>
    </div>`);
    const ov = wrap.querySelector<Overview>('tl-overview')!;
    const [one, two] = wrap.querySelectorAll<TlTimeline>('tl-timeline');
    await settle(one!, ov);
    const label = () => part(ov, '.base').getAttribute('aria-label')!;
    expect(label(), label()).to.match(/2010|2009/);
    ov.for = 'two';
    await rest(two!, ov);
    expect(label(), label()).to.match(/2020/);
    expect(ov.getAttribute('for')).to.equal('two');
    const s = part(ov, '.thumb.start');
    s.focus();
    const before = two!.visibleRange.startMs;
    await sendKeys({ press: 'ArrowRight' });
    await rest(two!, ov);
    expect(two!.visibleRange.startMs).to.be.above(before);
  });

  it('warns once, and shows nothing, without a timeline', async () => {
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div><tl-overview for="nowhere"></tl-overview><tl-overview for="nowhere"></tl-overview></div>`);
      await customElements.whenDefined('tl-overview');
      for (let i = 0; i < 4; i++) await frame();
      const ovs = [...wrap.querySelectorAll<Overview>('tl-overview')];
      expect(said.filter((s) => s.includes('nowhere')).length, said.join('\n')).to.equal(1);
      expect(ovs.every((o) => !o.shadowRoot!.querySelector('.base'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('is two named sliders with values in Chromium\'s accessibility tree, takes the dark theme, and passes axe', async () => {
    const { el, ov } = await nested();
    el.theme = 'dark';
    await el.zoomTo(Date.UTC(2014, 0, 1), Date.UTC(2016, 0, 1), { animate: false });
    await rest(el, ov);
    expect(ov.dataset.scheme).to.equal('dark');
    const sliders = (await axTree()).filter((n) => n.role?.value === 'slider');
    expect(sliders.map((n) => n.name?.value)).to.deep.equal(['Start of the visible window', 'End of the visible window']);
    // Chromium's protocol reports `valuetext` empty even for static markup, so the text is read from the DOM node.
    for (const s of sliders) {
      expect(axProp(s, 'valuemax')?.value).to.equal(100);
      const valuetext = await domAttribute(s, 'aria-valuetext');
      expect(String(valuetext), 'value as a date').to.match(/^(January|February|March|April|May|June|July|August|September|October|November|December) 201[3-6]$/);
    }
    await import('axe-core/axe.min.js' as string);
    const axe = (window as unknown as { axe: { run(node: Element, o: RunOptions): Promise<AxeResults> } }).axe;
    const result = await axe.run(ov, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).to.deep.equal([]);
  });
});
