// Right to left, as a Hebrew or Arabic newsroom reads a timeline: earlier events on the right, the axis and the
// strip of eras mirrored, → going to the earlier event, a click and the wheel meeting what is drawn — whether the
// element is told (`direction`), inherits `dir`, or is written in a right-to-left language.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { loadContextKit } from '../../src/components/timeline/kit-loader.js';
import { $, $$, axProp, axTree, drawnText, emulate, endEmulation, frame, swipe, until, wheel } from './helpers.js';

const EVENTS: TimelineEventInput[] = [
  { id: 'a', start: '2001-03-01', title: 'Alpha opens', group: 'News' },
  { id: 'b', start: '2010-09-01', title: 'Beta closes', group: 'News' },
];
const ERAS = [{ id: 'era', start: '1999', end: '2012', title: 'The long decade' }];

async function settle(el: TlTimeline): Promise<void> {
  await loadContextKit();
  for (let i = 0; i < 4; i++) {
    await frame();
    await el.updateComplete;
  }
}

/** The timeline in `template` (itself, or the one inside it), its updates done. */
async function mount(template: TemplateResult): Promise<TlTimeline> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'tl-timeline' ? root : root.querySelector('tl-timeline')) as TlTimeline;
  await settle(el);
  return el;
}

const SETUPS: [string, () => TemplateResult][] = [
  ['direction="rtl"', () => html`<tl-timeline lang="en" direction="rtl" style="width: 1000px" .events=${EVENTS} .eras=${ERAS}></tl-timeline>`],
  ['dir="rtl" on an ancestor', () => html`<div dir="rtl"><tl-timeline lang="en" style="width: 1000px" .events=${EVENTS} .eras=${ERAS}></tl-timeline></div>`],
  ['lang="he"', () => html`<tl-timeline lang="he" style="width: 1000px" .events=${EVENTS} .eras=${ERAS}></tl-timeline>`],
];

const item = (el: TlTimeline, id: string) => el.visibleItems().find((i) => i.id === id)!;
const focusedId = (el: TlTimeline) => {
  const key = $(el, '[part="plot"]')!.getAttribute('aria-activedescendant');
  return key ? $(el, `[id="${key}"]`)?.dataset.eventId : undefined;
};

describe('<tl-timeline> right to left', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  for (const [name, template] of SETUPS) {
    describe(name, () => {
      it('draws the earlier event to the right of the later one, labels included', async () => {
        const el = await mount(template());
        expect(item(el, 'a').box.x).to.be.greaterThan(item(el, 'b').box.x + 100);
        const texts = await drawnText(el, async () => {
          el.select('a');
          await settle(el);
        });
        const label = (t: string) => texts.find((d) => d.text === t)!.box;
        expect(label('Alpha opens').left).to.be.greaterThan(label('Beta closes').right);
        // A label ends where its shape begins: it stays left of its own shape.
        expect(label('Alpha opens').right).to.be.at.most(item(el, 'a').box.x + item(el, 'a').box.width);
      });

      it('mirrors the axis: later ticks further left, labels inside the axis', async () => {
        const el = await mount(template());
        const axis = $(el, '[part="axis"]')!.getBoundingClientRect();
        const ticks = $$(el, '.axis .tick')
          .map((g) => ({ label: g.querySelector('.tick-label')?.textContent ?? '', box: g.querySelector('.tick-label')?.getBoundingClientRect(), x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]) }))
          .filter((t) => /^\d{4}$/.test(t.label));
        expect(ticks.length).to.be.greaterThan(3);
        const byYear = [...ticks].sort((p, q) => Number(p.label) - Number(q.label));
        for (let i = 1; i < byYear.length; i++) expect(byYear[i]!.x).to.be.below(byYear[i - 1]!.x);
        for (const t of ticks) {
          expect(t.box!.left).to.be.at.least(axis.left - 0.5);
          expect(t.box!.right).to.be.at.most(t.x + axis.left + 0.5); // left of its tick line
        }
      });

      it('moves to the earlier event with → and to the later one with ←', async () => {
        const el = await mount(template());
        $(el, '[part="plot"]')!.focus();
        await sendKeys({ press: 'End' });
        await until(() => focusedId(el) === 'b', 'End focuses the last event');
        await sendKeys({ press: 'ArrowRight' });
        await until(() => focusedId(el) === 'a', '→ focuses the earlier event');
        // As a screen reader gets it: the listbox's active descendant is A's option.
        const nodes = await axTree();
        const box = nodes.find((n) => n.role?.value === 'listbox' && axProp(n, 'activedescendant'));
        const active = nodes.find((n) => n.backendDOMNodeId === axProp(box!, 'activedescendant')!.relatedNodes![0]!.backendDOMNodeId);
        expect(active?.name?.value ?? '').to.contain('Alpha opens');
        await sendKeys({ press: 'ArrowLeft' });
        await until(() => focusedId(el) === 'b', '← focuses the later event');
      });

      it('selects the event drawn where the click lands', async () => {
        const el = await mount(template());
        const { box } = item(el, 'a');
        const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
        await sendMouse({ type: 'move', position: at });
        const selected = oneEvent(el, 'tl-select');
        await sendMouse({ type: 'click', position: at });
        expect((await selected).detail.event.id).to.equal('a');
      });

      it('keeps the time under the pointer when ctrl + wheel zooms on the right side', async () => {
        const el = await mount(template());
        const rect = $(el, '[part="plot"]')!.getBoundingClientRect();
        const x = Math.round(rect.left + rect.width * 0.8);
        const before = el.visibleRange;
        // Right to left, 80 % across from the left is 20 % into the window from its start.
        const atPointer = before.startMs + 0.2 * (before.endMs - before.startMs);
        const changed = oneEvent(el, 'tl-range-change');
        await wheel(x, Math.round(rect.top + 20), -300, true);
        await changed;
        await frame();
        const after = el.visibleRange;
        expect(after.endMs - after.startMs).to.be.below((before.endMs - before.startMs) * 0.8);
        expect(1 - (atPointer - after.startMs) / (after.endMs - after.startMs)).to.be.closeTo((x - rect.left) / rect.width, 0.01);
      });

      it('names the era inside the plot, stuck at its right edge where the era began before the view', async () => {
        const el = await mount(template());
        await el.zoomTo(Date.UTC(2002, 0, 1), Date.UTC(2008, 0, 1));
        await settle(el);
        const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
        const name = $(el, '[part="era"] .era-label')!;
        expect(name.textContent).to.equal('The long decade');
        const box = name.getBoundingClientRect();
        expect(box.left).to.be.at.least(plot.left);
        expect(box.right).to.be.at.most(plot.right);
        expect(box.right).to.be.above(plot.right - 12);
      });
    });
  }

  it('pans with the pointer: dragging the content to the left shows earlier time (what was on the right)', async () => {
    const el = await mount(SETUPS[0]![1]());
    const r = $(el, '[part="plot"]')!.getBoundingClientRect();
    const before = el.visibleRange;
    await sendMouse({ type: 'move', position: [Math.round(r.left + 500), Math.round(r.top + 40)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 300), Math.round(r.top + 40)] });
    await sendMouse({ type: 'up' });
    await frame();
    const after = el.visibleRange;
    const moved = ((after.startMs - before.startMs) / (before.endMs - before.startMs)) * r.width;
    expect(moved).to.be.closeTo(-200, 2);
  });

  describe('<tl-overview> in it', () => {
    type Overview = HTMLElement & { updateComplete: Promise<boolean> };
    async function withOverview(): Promise<{ el: TlTimeline; ov: Overview }> {
      const el = await mount(html`<tl-timeline lang="he" style="width: 1000px" .events=${EVENTS}><tl-overview></tl-overview></tl-timeline>`);
      const ov = el.querySelector<Overview>('tl-overview')!;
      await customElements.whenDefined('tl-overview');
      await until(() => !!ov.shadowRoot?.querySelector('.window'), 'the overview to render');
      await el.zoomTo(Date.UTC(2001, 0, 1), Date.UTC(2004, 0, 1));
      await settle(el);
      await ov.updateComplete;
      return { el, ov };
    }
    const part = (ov: Overview, selector: string) => ov.shadowRoot!.querySelector<HTMLElement>(selector)!;

    it('draws the window of early years as a brush on the right, its start thumb at its right end', async () => {
      const { ov } = await withOverview();
      const strip = ov.getBoundingClientRect();
      const brush = part(ov, '.window').getBoundingClientRect();
      expect(brush.left).to.be.above(strip.left + strip.width / 2);
      const start = part(ov, '.thumb.start').getBoundingClientRect();
      const end = part(ov, '.thumb.end').getBoundingClientRect();
      expect(start.left).to.be.above(end.left);
    });

    it('moves the start thumb earlier with → (the way it moves on screen)', async () => {
      const { el, ov } = await withOverview();
      const before = el.visibleRange.startMs;
      part(ov, '.thumb.start').focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => el.visibleRange.startMs !== before, 'the window to change');
      expect(el.visibleRange.startMs).to.be.below(before);
    });

    it('centres the window where the strip is clicked: on its left, later time', async () => {
      const { el, ov } = await withOverview();
      const strip = ov.getBoundingClientRect();
      const at: [number, number] = [Math.round(strip.left + strip.width * 0.1), Math.round(strip.top + strip.height / 2)];
      await sendMouse({ type: 'move', position: at });
      await sendMouse({ type: 'click', position: at });
      await until(() => el.visibleRange.startMs > Date.UTC(2006, 0, 1), 'the window to move to later years');
    });
  });

  it('turns the card with the screen: → goes to the earlier event, and Previous sits on the right', async () => {
    const el = await mount(SETUPS[2]![1]());
    el.select('b');
    await settle(el);
    const heading = () => $(el, '[part~="detail"] h2')?.textContent;
    expect(heading()).to.equal('Beta closes');
    await until(() => !!$(el, '[part="previous"]'), 'the card to have previous and next');
    expect($(el, '[part="previous"]')!.getBoundingClientRect().left).to.be.above($(el, '[part="next"]')!.getBoundingClientRect().left);
    $(el, '[part~="detail"] h2')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => heading() === 'Alpha opens', '→ to open the earlier event');
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => heading() === 'Beta closes', '← to open the later event');
  });

  describe('touch', () => {
    before(() => emulate({ width: 1200, height: 800, touch: true }));
    after(() => endEmulation());

    it('keeps the time under the finger when a swipe pans', async () => {
      const el = await mount(SETUPS[0]![1]());
      const plot = $(el, '[part="plot"]')!.getBoundingClientRect();
      const [from, y] = [Math.round(plot.left + plot.width * 0.3), Math.round(plot.top + 40)];
      // Right to left: the time at x runs from the window's end at the left edge.
      const timeAt = (x: number, r = el.visibleRange) => r.endMs - ((x - plot.left) / plot.width) * (r.endMs - r.startMs);
      const grabbed = timeAt(from);
      const before = el.visibleRange.startMs;
      await swipe([from, y], [from + 150, y + 4]);
      await settle(el);
      // The content moved right with the finger: later time (on the left) came into view.
      expect(el.visibleRange.startMs).to.be.above(before);
      expect(Math.abs(timeAt(from + 150) - grabbed) / (el.visibleRange.endMs - el.visibleRange.startMs)).to.be.below(0.01);
    });
  });

  it('warns once about a direction it does not know, and follows dir and the language', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await mount(html`<tl-timeline lang="he" direction="sideways" style="width: 1000px" .events=${EVENTS}></tl-timeline>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(item(el, 'a').box.x).to.be.above(item(el, 'b').box.x);
      expect(warnings.filter((w) => w.includes('direction="sideways"'))).to.have.length(1);
      // Taking the attribute away is auto again, without a word.
      el.removeAttribute('direction');
      await el.updateComplete;
      expect(item(el, 'a').box.x).to.be.above(item(el, 'b').box.x);
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('draws a Latin title in its own direction (its full stop at its end), a Hebrew one in the timeline\'s', async () => {
    const events = [...EVENTS.slice(0, 1), { id: 'c', start: '2005-01-01', title: 'נפתח.', group: 'News' }, { ...EVENTS[1]!, title: 'Beta closes.' }];
    const directions = new Map<string, string>();
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
      directions.set(text, this.direction);
      return original.call(this, text, x, y, maxWidth);
    };
    try {
      await mount(html`<tl-timeline lang="he" style="width: 1000px" .events=${events}></tl-timeline>`);
    } finally {
      CanvasRenderingContext2D.prototype.fillText = original;
    }
    expect([directions.get('Beta closes.'), directions.get('נפתח.')]).to.deep.equal(['ltr', 'rtl']);
  });

  it('passes axe with its card open, eras and an overview', async () => {
    const el = await mount(html`<tl-timeline lang="he" style="width: 1000px" .events=${EVENTS} .eras=${ERAS}><tl-overview></tl-overview></tl-timeline>`);
    el.select('a');
    await settle(el);
    await until(() => !!$(el, '[part="previous"]'), 'the card to have previous and next');
    await expect(el).to.be.accessible();
  });

  it('lets direction="ltr" force left to right inside dir="rtl"', async () => {
    const el = await mount(html`<div dir="rtl"><tl-timeline lang="he" direction="ltr" style="width: 1000px" .events=${EVENTS}></tl-timeline></div>`);
    expect(item(el, 'a').box.x).to.be.below(item(el, 'b').box.x);
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('follows a page that switches dir, and mirrors the card with it', async () => {
    const el = await mount(html`<div><tl-timeline lang="en" style="width: 1000px" .events=${EVENTS}></tl-timeline></div>`);
    expect(item(el, 'a').box.x).to.be.below(item(el, 'b').box.x);
    el.parentElement!.setAttribute('dir', 'rtl');
    await until(() => item(el, 'a').box.x > item(el, 'b').box.x, 'the drawing mirrored');
    el.select('a');
    await settle(el);
    const card = $(el, '[part="detail"]')!;
    const style = getComputedStyle(card);
    // The card's coloured edge is on the side its text starts: the right.
    expect([style.borderRightWidth, style.borderLeftWidth]).to.deep.equal(['4px', '1px']);
  });
});
