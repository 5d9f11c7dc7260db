import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';

export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits until `check` holds (or fails the test after `ms`). */
export async function until(check: () => boolean, what = 'condition', ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await frame();
  }
}

export async function mount(events: readonly TimelineEventInput[], attrs: { lang?: string; plainWheel?: boolean } = {}): Promise<TlTimeline> {
  const el = await fixture<TlTimeline>(
    html`<tl-timeline style="width: 1000px" lang=${attrs.lang ?? 'en'} ?plain-wheel=${!!attrs.plainWheel} .events=${events}></tl-timeline>`,
  );
  await frame();
  await el.updateComplete;
  return el;
}

export const $ = (el: TlTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: TlTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

export function span(el: TlTimeline): number {
  const r = el.visibleRange;
  return r.endMs - r.startMs;
}

/** A real mouse wheel at viewport coordinates, through the DevTools protocol. */
export function wheel(x: number, y: number, deltaY: number, ctrl = false): Promise<unknown> {
  return executeServerCommand('wheel', { x, y, deltaY, ctrl });
}

/** Center of an element in viewport coordinates. */
export function center(node: Element): [number, number] {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Five dated events in 2020 in one lane, far enough apart to be drawn one by one. */
export const FIVE: TimelineEventInput[] = [
  { id: 'jan', start: '2020-01-15', title: 'January event', group: 'A' },
  { id: 'mar', start: '2020-03-15', title: 'March event', group: 'A' },
  { id: 'may', start: '2020-05', title: 'May, known to the month', group: 'A', summary: 'Only the month is known.' },
  { id: 'aug', start: '2020-08-10', end: '2020-09-20', title: 'Late summer range', group: 'B' },
  { id: 'nov', start: '2020-11-02', title: 'November event', group: 'B', url: 'https://example.org/nov' },
];

export interface DrawnText {
  text: string;
  font: string;
  /** Box in viewport coordinates. */
  box: DOMRect;
}

/**
 * The text the element's canvas receives while `action` runs (it draws on every update): each `fillText` call
 * with its font, and where it lands on screen, measured with the same font.
 */
export async function drawnText(el: TlTimeline, action: () => Promise<unknown>): Promise<DrawnText[]> {
  const calls: DrawnText[] = [];
  const proto = CanvasRenderingContext2D.prototype;
  const original = proto.fillText;
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (this.canvas.getRootNode() === el.shadowRoot) {
      const m = this.measureText(text);
      const t = this.getTransform();
      const dpr = t.a;
      const canvasBox = this.canvas.getBoundingClientRect();
      const left = (t.a * x + t.e) / dpr - m.actualBoundingBoxLeft;
      const top = (t.d * y + t.f) / dpr - m.actualBoundingBoxAscent;
      calls.push({
        text,
        font: this.font,
        box: new DOMRect(canvasBox.left + left, canvasBox.top + top, m.actualBoundingBoxLeft + m.actualBoundingBoxRight, m.actualBoundingBoxAscent + m.actualBoundingBoxDescent),
      });
    }
    return original.call(this, text, x, y, maxWidth);
  };
  try {
    await action();
    await frame();
  } finally {
    proto.fillText = original;
  }
  return calls;
}

/** RGBA of the element's canvas at a viewport point. */
export function pixel(el: TlTimeline, x: number, y: number): [number, number, number, number] {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const box = canvas.getBoundingClientRect();
  const scale = canvas.width / box.width;
  const data = canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
  return [data[0]!, data[1]!, data[2]!, data[3]!];
}
