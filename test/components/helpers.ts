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

export async function mount(events: readonly TimelineEventInput[], attrs: { lang?: string; plainWheel?: boolean; maxRows?: number } = {}): Promise<TlTimeline> {
  const el = await fixture<TlTimeline>(
    html`<tl-timeline style="width: 1000px" lang=${attrs.lang ?? 'en'} ?plain-wheel=${!!attrs.plainWheel} .maxRows=${attrs.maxRows ?? 0} .events=${events}></tl-timeline>`,
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
  /** The fill style it was drawn in. */
  color: string;
  /** Box in viewport coordinates. */
  box: DOMRect;
}

/**
 * The text of the element's last drawing while `action` runs: each `fillText` call with its font, and where it
 * lands on screen, measured with the same font. (A drawing starts by clearing the canvas.)
 */
export async function drawnText(el: TlTimeline, action: () => Promise<unknown>): Promise<DrawnText[]> {
  let calls: DrawnText[] = [];
  const proto = CanvasRenderingContext2D.prototype;
  const original = proto.fillText;
  const clear = proto.clearRect;
  proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
    if (this.canvas.getRootNode() === el.shadowRoot) calls = [];
    return clear.apply(this, args);
  };
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
        color: String(this.fillStyle),
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
    proto.clearRect = clear;
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

/** One DevTools-protocol call on this page (see `cdpPlugin` in web-test-runner.config.js). */
export function cdp<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
  return executeServerCommand<T, object>('cdp', { method, params }) as Promise<T>;
}

export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown; relatedNodes?: { backendDOMNodeId: number }[] } }[];
  backendDOMNodeId?: number;
  parentId?: string;
  childIds?: string[];
}

/** Chromium's own accessibility tree of the page, as a screen reader gets it. */
export async function axTree(): Promise<AXNode[]> {
  return (await cdp<{ nodes: AXNode[] }>('Accessibility.getFullAXTree')).nodes;
}

/** A property of an accessibility node (`selected`, `setsize`, `activedescendant` …). */
export function axProp(node: AXNode, name: string): { value: unknown; relatedNodes?: { backendDOMNodeId: number }[] } | undefined {
  return node.properties?.find((p) => p.name === name)?.value;
}

export interface Screenshot {
  width: number;
  /** RGBA at a viewport point (CSS px). */
  at(x: number, y: number): [number, number, number, number];
}

/** What Chromium really painted in the viewport (compositing, the SVG under the canvas, the page), as pixels. */
export async function screenshot(): Promise<Screenshot> {
  const { data } = await cdp<{ data: string }>('Page.captureScreenshot', { format: 'png' });
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  const scale = bitmap.width / window.innerWidth;
  return {
    width: bitmap.width,
    at(x, y) {
      const i = (Math.round(y * scale) * bitmap.width + Math.round(x * scale)) * 4;
      return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
    },
  };
}

/** WCAG 2 contrast ratio of two sRGB colours (0–255 channels). */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const lum = (c: readonly number[]) => {
    const [r, g, bl] = [0, 1, 2].map((i) => {
      const v = c[i]! / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Touch input through the DevTools protocol, as a phone's touch screen sends it (points in viewport px). */
export async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', points: readonly (readonly [number, number])[]): Promise<void> {
  await cdp('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
}

/** A one-finger swipe from `from` to `to` in `steps` moves. */
export async function swipe(from: readonly [number, number], to: readonly [number, number], steps = 10): Promise<void> {
  await touch('touchStart', [from]);
  for (let i = 1; i <= steps; i++) await touch('touchMove', [[from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps]]);
  await touch('touchEnd', []);
}

/**
 * A phone (touch screen, coarse pointer) or a zoomed desktop: the CSS viewport is `width`×`height` at
 * `scale` device px per CSS px (400 % browser zoom on a 1280×1024 window is 320×256 at 4).
 */
export async function emulate(o: { width: number; height: number; scale?: number; mobile?: boolean; touch?: boolean }): Promise<void> {
  await cdp('Emulation.setDeviceMetricsOverride', { width: o.width, height: o.height, deviceScaleFactor: o.scale ?? 1, mobile: !!o.mobile });
  await cdp('Emulation.setTouchEmulationEnabled', { enabled: !!o.touch, maxTouchPoints: o.touch ? 5 : 1 });
}

/** Back to the desktop the other tests expect. */
export async function endEmulation(): Promise<void> {
  await cdp('Emulation.clearDeviceMetricsOverride');
  await cdp('Emulation.setTouchEmulationEnabled', { enabled: false });
}

/** The next `type` event on `target`, or a failure after `ms` (a missing event fails the test instead of hanging it). */
export function eventWithin<T = CustomEvent>(target: EventTarget, type: string, ms = 3000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, on);
      reject(new Error(`no ${type} within ${ms} ms`));
    }, ms);
    const on = (event: Event) => {
      clearTimeout(timer);
      resolve(event as T);
    };
    target.addEventListener(type, on, { once: true });
  });
}

/** An attribute of the DOM element behind an accessibility node (the protocol's tree has no `posinset`). */
export async function domAttribute(node: AXNode, name: string): Promise<string | undefined> {
  const { node: dom } = await cdp<{ node: { attributes?: string[] } }>('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
  const attributes = dom.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return undefined;
}

/**
 * Moves the view by a millionth of its span: the same view to a reader, but a new scene, so the canvas draws it
 * again (a zoom to the very same window draws nothing) — for `drawnText` to catch one drawing of the view.
 */
export function redraw(el: TlTimeline): Promise<void> {
  const { startMs, endMs } = el.visibleRange;
  const nudge = (endMs - startMs) * 1e-6;
  return el.zoomTo(startMs + nudge, endMs + nudge);
}
