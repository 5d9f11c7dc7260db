import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { corpusEvents } from '../../src/data/corpus.js';
import type { TlTimeline } from '../../src/index.js';
import { $, $$, cdp, center, drawnText, FIVE, frame, mount, pixel, redraw, span, until, wheel } from './helpers.js';

const DAY = 86_400_000;
const focusedId = (el: TlTimeline) => {
  const id = $(el, '[part="plot"]')!.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)?.getAttribute('data-event-id') : undefined;
};

describe('<tl-timeline>', () => {
  before(() => setViewport({ width: 1200, height: 800 }));
  afterEach(() => window.scrollTo(0, 0));

  it('draws every corpus event as a part="event" with its id, or inside a counted cluster', async () => {
    const el = await mount(corpusEvents);
    const drawn = $$(el, '[part="event"]').map((n) => n.dataset.eventId);
    const clustered = $$(el, '[part="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(drawn.length).to.be.greaterThan(5);
    expect(drawn.length + clustered).to.equal(corpusEvents.length);
    for (const id of drawn) expect(corpusEvents.some((e) => e.id === id)).to.equal(true);
  });

  it('has no axe violations, with the detail card open too', async () => {
    const el = await mount(FIVE);
    await expect(el).to.be.accessible();
    el.select('may');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('reports bad rows in tl-data-error and a visible notice, and still draws the valid ones', async () => {
    const rows = [...FIVE, { id: 'bad', start: 'someday', title: 'Bad' }, { id: 'jan', start: '2020', title: 'Duplicate' }];
    const el = document.createElement('tl-timeline');
    el.style.width = '1000px';
    const listened = oneEvent(el, 'tl-data-error');
    el.events = rows;
    document.body.append(el);
    const { detail } = await listened;
    expect(detail.errors.map((e: { index: number; id?: string }) => [e.index, e.id])).to.deep.equal([
      [5, 'bad'],
      [6, 'jan'],
    ]);
    await frame();
    expect($(el, '[part="notice"]')!.textContent).to.contain('2 rows could not be shown');
    expect($$(el, '[part="event"]').map((n) => n.dataset.eventId).sort()).to.deep.equal(['aug', 'jan', 'mar', 'may', 'nov']);
    el.remove();
  });

  it('draws no axis ticks when there is nothing to show', async () => {
    const el = await mount([]);
    expect($$(el, '.tick')).to.have.length(0);
    expect($(el, '.empty')!.textContent).to.contain('No events');
  });

  it('never throws from the events setter', async () => {
    const el = await mount(FIVE);
    expect(() => (el.events = 'nonsense' as never)).not.to.throw();
    await el.updateComplete;
    expect(el.dataErrors[0]!.reason).to.contain('array');
    expect(() => (el.events = [null, 5, { id: 1 }] as never)).not.to.throw();
    await el.updateComplete;
    expect(el.dataErrors).to.have.length(3);
  });

  it('draws a month-precision event across its month, not as a point', async () => {
    const el = await mount(FIVE);
    await el.zoomTo(Date.UTC(2020, 3, 1), Date.UTC(2020, 6, 1));
    const may = $(el, '[data-event-id="may"]')!;
    const zone = may.getBoundingClientRect();
    const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
    const pxPerDay = plot.width / 91;
    expect(zone.width).to.be.closeTo(31 * pxPerDay, 3);
    // Drawn as a light tint across the month (no solid core): a fifth of the lane colour (right of the label).
    for (const f of [0.6, 0.75, 0.9]) {
      const alpha = pixel(el, zone.left + zone.width * f, zone.top + zone.height / 2)[3];
      expect(alpha, `tint at ${f}`).to.be.within(30, 80);
    }
    const exact = $(el, '[data-event-id="aug"]');
    expect(exact).to.equal(null); // outside the window
  });

  it('draws in new colours as soon as a page changes the custom properties, with nothing else happening', async () => {
    const el = await mount(FIVE);
    const bar = $(el, '[data-event-id="aug"]')!.getBoundingClientRect();
    // The middle of the bar's exact part, right of its label.
    const at = (): [number, number, number, number] => pixel(el, bar.right - 3, bar.top + bar.height / 2);
    const [r0, g0] = at();
    expect(r0, 'lane 2 is orange by default').to.be.greaterThan(g0 + 40);
    // Set on an ancestor, as a site's dark-mode or brand class would.
    document.body.style.setProperty('--tl-lane-color-1', 'rgb(0, 160, 0)');
    try {
      await until(() => at()[1] > at()[0] + 40, 'the bar drawn green');
    } finally {
      document.body.style.removeProperty('--tl-lane-color-1');
    }
    await until(() => at()[0] > at()[1] + 40, 'orange again');
  });

  it('draws in the system colours in forced-colors mode', async () => {
    const el = await mount(FIVE);
    const bar = $(el, '[data-event-id="aug"]')!.getBoundingClientRect();
    const at = () => pixel(el, bar.right - 3, bar.top + bar.height / 2);
    const grey = ([r, g, b]: number[]) => Math.max(r!, g!, b!) - Math.min(r!, g!, b!) < 12;
    expect(grey(at()), 'lane colour at first').to.equal(false);
    await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      await until(() => grey(at()) && at()[3] > 200, 'the bar drawn in system colours');
    } finally {
      await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
    await until(() => !grey(at()), 'lane colour again');
  });

  it('keeps every zoom within the limits gestures have: about an hour to three times the data span', async () => {
    const el = await mount(FIVE);
    const HOUR = 3_600_000;
    const t = Date.UTC(2020, 4, 10, 12);
    await el.zoomTo(t, t + 60_000);
    expect(span(el)).to.be.closeTo(HOUR, 1000);
    expect(el.visibleRange.startMs).to.be.closeTo(t + 30_000 - HOUR / 2, 1000);
    // The + button, pressed past the limit, stays at it.
    for (let i = 0; i < 3; i++) {
      $(el, 'button.zoom-in')!.click();
      await frame();
    }
    await until(() => Math.abs(span(el) - HOUR) < 1000, 'the hour limit');
    const data = Date.UTC(2020, 10, 2) - Date.UTC(2020, 0, 15);
    await el.zoomTo(Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1));
    expect(span(el)).to.be.at.most(3 * data * 1.09);
  });

  it('lets a drag take over from a zoom animation on its way', async () => {
    const el = await mount(FIVE);
    const target = [Date.UTC(2020, 4, 1), Date.UTC(2020, 5, 1)] as const;
    const animation = el.zoomTo(target[0], target[1], { animate: true });
    await frame();
    await frame();
    const r = $(el, '[part="plot"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 500), Math.round(r.top + 40)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 300), Math.round(r.top + 40)] });
    await sendMouse({ type: 'up' });
    await animation; // settles when a gesture takes over
    const stopped = el.visibleRange;
    await new Promise((done) => setTimeout(done, 400));
    // The animation did not go on to its target: the view stays where the drag left it.
    expect(el.visibleRange.startMs).to.equal(stopped.startMs);
    expect(stopped.endMs - stopped.startMs).to.be.greaterThan(1.5 * (target[1] - target[0]));
  });

  it('zooms around the pointer with ctrl + wheel', async () => {
    const el = await mount(FIVE);
    const plot = $(el, '[part="plot"]')!;
    const rect = plot.getBoundingClientRect();
    const x = rect.left + rect.width * 0.25;
    const before = el.visibleRange;
    const atPointer = before.startMs + 0.25 * (before.endMs - before.startMs);
    const changed = oneEvent(el, 'tl-range-change');
    await wheel(Math.round(x), Math.round(rect.top + 20), -300, true);
    await changed;
    await frame();
    const after = el.visibleRange;
    expect(after.endMs - after.startMs).to.be.below((before.endMs - before.startMs) * 0.8);
    const fraction = (atPointer - after.startMs) / (after.endMs - after.startMs);
    expect(fraction).to.be.closeTo((Math.round(x) - rect.left) / rect.width, 0.01);
  });

  it('leaves a plain wheel to the page and shows the hint', async () => {
    const el = await mount(FIVE);
    // Make the page scrollable below the element.
    const spacer = Object.assign(document.createElement('div'), { style: 'height: 3000px' });
    el.after(spacer);
    const before = span(el);
    const [x, y] = center($(el, '[part="plot"]')!);
    await wheel(x, y, 200);
    await until(() => window.scrollY > 0, 'page scroll');
    expect(span(el)).to.equal(before);
    expect($(el, '[part="hint"]')!.classList.contains('visible')).to.equal(true);
    expect($(el, '[part="hint"]')!.textContent).to.contain('scroll to zoom');
    spacer.remove();
  });

  it('zooms with a plain wheel when plain-wheel is set', async () => {
    const el = await mount(FIVE, { plainWheel: true });
    const before = span(el);
    const [x, y] = center($(el, '[part="plot"]')!);
    await wheel(x, y, -200);
    await until(() => span(el) < before * 0.9, 'zoom');
  });

  it('pans when dragged', async () => {
    const el = await mount(FIVE);
    await el.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2020, 6, 1));
    const before = el.visibleRange;
    const plot = $(el, '[part="plot"]')!;
    const r = plot.getBoundingClientRect();
    const y = Math.round(r.bottom - 4);
    const changed = oneEvent(el, 'tl-range-change');
    await sendMouse({ type: 'move', position: [Math.round(r.left + 600), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 400), y] });
    await sendMouse({ type: 'up' });
    await changed;
    await frame();
    const after = el.visibleRange;
    const shift = ((after.startMs - before.startMs) / (before.endMs - before.startMs)) * r.width;
    expect(shift).to.be.closeTo(200, 2);
    expect(after.endMs - after.startMs).to.be.closeTo(before.endMs - before.startMs, 1000);
  });

  it('zooms with the buttons and fits all again', async () => {
    const el = await mount(FIVE);
    const full = span(el);
    $(el, 'button.zoom-in')!.click();
    await until(() => Math.abs(span(el) - full / 2) < DAY, 'zoom in');
    $(el, 'button.zoom-out')!.click();
    $(el, 'button.zoom-out')!.click();
    await until(() => span(el) > full * 1.5, 'zoom out');
    $(el, 'button.fit')!.click();
    await until(() => Math.abs(span(el) - full) < DAY, 'fit');
  });

  it('zooms with + and - and fits with 0', async () => {
    const el = await mount(FIVE);
    const full = span(el);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: '+' });
    await until(() => span(el) < full * 0.6, '+');
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await until(() => span(el) > full * 1.5, '-');
    await sendKeys({ press: '0' });
    await until(() => Math.abs(span(el) - full) < DAY, '0');
  });

  it('moves focus between events in time order with the arrow keys', async () => {
    const el = await mount(FIVE);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('jan');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('mar');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('aug');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal('may');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="plot"]'));
  });

  it('stops the arrow keys on a cluster, zooms into it with Enter, then walks its events', async () => {
    const crowded = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, start: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000 * 5).toISOString(), title: `Item ${i}` }));
    const el = await mount([...crowded, { id: 'far', start: '2024-06-01', title: 'Far away' }]);
    expect($$(el, '[part="cluster"]').length).to.be.greaterThan(0);
    const plot = $(el, '[part="plot"]')!;
    plot.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    const key = () => plot.getAttribute('aria-activedescendant') ?? '';
    expect(key()).to.match(/^c-/);
    // Enter zooms in, until the first event stands alone.
    for (let i = 0; i < 6 && key().startsWith('c-'); i++) {
      await sendKeys({ press: 'Enter' });
      await until(() => !el.shadowRoot!.getElementById(key())?.matches('[data-count="40"]'), 'zoomed in');
      await frame();
      await el.updateComplete;
    }
    await until(() => focusedId(el) === 'd0', 'focus on d0');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedId(el) === 'd1', 'focus on d1');
    expect($(el, '[data-event-id="d1"]')).not.to.equal(null);
  });

  it('selects with a click: tl-select and the detail card', async () => {
    const el = await mount(FIVE);
    const target = $(el, '[data-event-id="nov"]')!;
    const selected = oneEvent(el, 'tl-select');
    const [x, y] = center(target);
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = await selected;
    expect(detail.event.id).to.equal('nov');
    await el.updateComplete;
    const card = $(el, '[part="detail"]')!;
    expect(card.querySelector('h2')!.textContent).to.equal('November event');
    expect(card.querySelector('.when')!.textContent).to.contain('November 2, 2020');
    const link = card.querySelector('a')!;
    expect([link.href, link.rel]).to.deep.equal(['https://example.org/nov', 'noopener noreferrer']);
  });

  it('selects with Enter and closes the card with Escape', async () => {
    const el = await mount(FIVE);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const selected = oneEvent(el, 'tl-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.event.id).to.equal('may');
    await el.updateComplete;
    const card = $(el, '[part="detail"]')!;
    expect(card.textContent).to.contain('May 2020');
    expect(card.textContent).to.contain('known to the month');
    expect(card.textContent).to.contain('Only the month is known.');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="detail"]')).to.equal(null);
  });

  it('fires no events when code changes the view or the selection', async () => {
    const el = await mount(FIVE);
    let fired = 0;
    el.addEventListener('tl-select', () => fired++);
    el.addEventListener('tl-range-change', () => fired++);
    await el.zoomTo(Date.UTC(2020, 2, 1), Date.UTC(2020, 4, 1));
    await el.zoomTo(Date.UTC(2020, 2, 1), Date.UTC(2020, 6, 1), { animate: true });
    el.select('mar');
    await el.fit();
    await frame();
    await frame();
    expect(fired).to.equal(0);
    expect($(el, '[part="detail"] h2')!.textContent).to.equal('March event');
  });

  it('zoomTo shows the window asked for and visibleRange reports it', async () => {
    const el = await mount(FIVE);
    const start = Date.UTC(2020, 2, 1), end = Date.UTC(2020, 4, 1);
    await el.zoomTo(new Date(start), new Date(end), { animate: true });
    expect(el.visibleRange.start.getTime()).to.be.closeTo(start, 1000);
    expect(el.visibleRange.end.getTime()).to.be.closeTo(end, 1000);
  });

  it('keeps labels in one lane from overlapping on screen', async () => {
    const el = await mount(corpusEvents);
    for (const window of [undefined, [Date.UTC(2024, 6, 1), Date.UTC(2026, 6, 1)]] as const) {
      if (window) await el.zoomTo(window[0], window[1]);
      type Box = { owner: string; r: DOMRect };
      const drawn = await drawnText(el, () => redraw(el));
      const shapes: Box[] = $$(el, '[part="event"], [part="cluster"]').map((o) => ({ owner: o.dataset.eventId ?? o.id, r: o.getBoundingClientRect() }));
      // Labels are 12px text; the owner is the event whose title the (possibly shortened) label starts.
      const ownerOf = (text: string) => {
        const stem = text.replace(/^≈ /, '').replace(/( \?|…)$/, '');
        return corpusEvents.find((e) => (e.title as { en: string }).en.startsWith(stem))?.id ?? '?';
      };
      const labels: Box[] = drawn.filter((t) => /^12px/.test(t.font)).map((t) => ({ owner: ownerOf(t.text), r: t.box }));
      expect(labels.every((l) => l.owner !== '?')).to.equal(true);
      const overlaps = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      expect(labels.length).to.be.greaterThan(5);
      for (const label of labels)
        for (const other of [...shapes, ...labels])
          if (other.owner !== label.owner) expect(overlaps(label.r, other.r), `label of ${label.owner} over ${other.owner}`).to.equal(false);
    }
  });

  it('writes German month names with lang="de"', async () => {
    const el = await mount(FIVE, { lang: 'de' });
    await el.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2020, 9, 1));
    const labels = $$(el, '.tick-label').map((t) => t.textContent);
    expect(labels).to.include.members(['Februar', 'März', 'Mai']);
    expect($(el, 'button.fit')!.textContent).to.equal('Alles zeigen');
  });

  it('names the event under the pointer in a tooltip', async () => {
    const el = await mount(FIVE);
    const [x, y] = center($(el, '[data-event-id="mar"]')!);
    // The tooltip is DOM: showing it does not draw the canvas again.
    const drawn = await drawnText(el, async () => {
      await sendMouse({ type: 'move', position: [x, y] });
      await until(() => !!$(el, '[part="tooltip"]'), 'tooltip');
    });
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('March event');
    expect(drawn).to.deep.equal([]);
    await sendMouse({ type: 'move', position: [5, 5] });
    await until(() => !$(el, '[part="tooltip"]'), 'tooltip gone');
  });

  it('draws exact, period and approximate outlines differently: solid, dashed, dotted', async () => {
    const el = await mount([
      { id: 'exact', start: '2020-02-01', end: '2020-04-20', title: 'Exact range', group: 'A' },
      { id: 'period', start: '2020-06', title: 'Known to the month', group: 'A' },
      { id: 'approximate', start: '2020-09~', title: 'About September', group: 'A' },
    ]);
    await el.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1));
    // Share of inked pixels along each shape's top edge.
    const ink = (id: string) => {
      const box = $(el, `[data-event-id="${id}"]`)!.getBoundingClientRect();
      let inked = 0, all = 0;
      for (let x = Math.ceil(box.left + 6); x < box.right - 6; x++, all++) if (pixel(el, x, Math.round(box.top))[3] > 150) inked++;
      return inked / all;
    };
    const [solid, dashed, dotted] = ['exact', 'period', 'approximate'].map(ink) as [number, number, number];
    expect(solid, 'solid').to.be.above(0.9);
    expect(dashed, 'dashed').to.be.within(0.35, 0.8);
    expect(dotted, 'dotted').to.be.below(dashed - 0.1);
  });

  it('keeps the view while hidden and shown again', async () => {
    const el = await mount(FIVE);
    await el.zoomTo(Date.UTC(2020, 2, 1), Date.UTC(2020, 4, 1));
    el.style.display = 'none';
    await frame();
    await frame();
    el.style.display = '';
    await frame();
    await frame();
    await el.updateComplete;
    expect(el.visibleRange.startMs).to.be.closeTo(Date.UTC(2020, 2, 1), 1000);
    expect($$(el, '[part="event"]').map((n) => n.dataset.eventId)).to.include('mar');
  });

  it('with a height set, scrolls its lanes, draws only those in view, and scrolls to the lane the keyboard reaches', async () => {
    // Sixteen lanes, one event each; the latest event is in the last lane.
    const lanes = Array.from({ length: 16 }, (_, i) => ({ id: `l${i}`, start: `2020-01-${String(1 + i).padStart(2, '0')}`, title: `Lane ${i} event`, group: `Lane ${i}` }));
    const el = await mount(lanes);
    el.style.height = '260px';
    const plot = $(el, '[part="plot"]')!;
    await until(() => plot.scrollHeight > plot.clientHeight && $$(el, '[part="event"]').length < 16, 'culled lanes');
    expect(!!$(el, '[data-event-id="l15"]'), 'last lane drawn before scrolling').to.equal(false);
    plot.focus();
    await sendKeys({ press: 'End' });
    await until(() => plot.scrollTop > 0 && !!$(el, '[data-event-id="l15"]'), 'scrolled to its lane');
    await until(() => focusedId(el) === 'l15', 'focus on l15');
  });

  it('resizes with its container', async () => {
    const el = await mount(FIVE);
    el.style.width = '600px';
    await until(() => Math.round($(el, '[part="axis"]')!.getBoundingClientRect().width) === 598, 'resize');
  });
});
