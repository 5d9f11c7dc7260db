/**
 * The visible window's arithmetic, pure: how far a view may zoom and pan for some data, where a touch gesture or
 * a zoom around a point puts it. Windows are `[start, end]` in ms since 1970 (any year: deep time included).
 */

import { inTimeBase } from '../model/calendar.js';

export const HOUR = 3_600_000;

export type Window = readonly [number, number];

/**
 * The narrowest window the view may show around `[a, b]`: an hour, or in deep time a window still many times wider
 * than a double's resolution there (2^-40 of the magnitude: days 13.8 billion years ago, centuries at 10^15 years),
 * so that zooming never collapses the window to one number.
 */
export function minimumSpan(a: number, b: number): number {
  return Math.max(HOUR, Math.max(Math.abs(a), Math.abs(b)) * 2 ** -40);
}

/** How far the view may go for some data. */
export interface ZoomLimits {
  /** The window that shows all the data (its extent and 4 % either side). */
  fit: Window;
  /** Narrowest and widest window. */
  minSpan: number;
  maxSpan: number;
  /** The window stays within these (one data span beyond either end). */
  bounds: Window;
}

/**
 * Limits for data spanning `extent`: from about an hour to three times the data's span, and one span beyond either
 * end. A single instant (or no data) gets a day around it, at the narrowest the deep-time minimum allows.
 */
export function zoomLimits(extent: Window | undefined): ZoomLimits {
  let [a, b] = extent ?? [0, 1];
  const narrowest = minimumSpan(a, b);
  if (!(b - a >= narrowest)) {
    const mid = (a + b) / 2;
    [a, b] = [mid - 12 * narrowest, mid + 12 * narrowest];
  }
  const span = b - a;
  return {
    fit: [a - span * 0.04, b + span * 0.04],
    minSpan: narrowest,
    maxSpan: 3 * span,
    bounds: [a - span, b + span],
  };
}

/**
 * `w` within the limits: its span between the narrowest and the widest (around its middle), then moved inside the
 * bounds — or centred on them when it is wider (as d3-zoom constrains a pan). Not finite or not ordered: `fallback`.
 */
export function constrainWindow(w: Window, limits: ZoomLimits, fallback: Window = limits.fit): Window {
  let [a, b] = w;
  if (!(Number.isFinite(a) && Number.isFinite(b) && b > a)) return fallback;
  const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, b - a));
  const mid = a / 2 + b / 2;
  [a, b] = [mid - span / 2, mid + span / 2];
  const [lo, hi] = limits.bounds;
  if (span >= hi - lo) {
    const centre = lo / 2 + hi / 2;
    return [centre - span / 2, centre + span / 2];
  }
  if (a < lo) return [lo, lo + span];
  if (b > hi) return [hi - span, hi];
  return [a, b];
}

/** `w` zoomed by `factor` (2: twice as close) around the time `at` (default: its middle), which stays in place. */
export function zoomAround(w: Window, factor: number, at?: number): Window {
  const [a, b] = w;
  const pivot = at ?? a / 2 + b / 2;
  return [pivot - (pivot - a) / factor, pivot + (b - pivot) / factor];
}

/**
 * The window of `width` px that puts each anchor's time at its x: one anchor keeps the span and pans; two set the
 * scale from the distance between them (a pinch). Fingers closer than 8 px, or crossed, count as one, midway.
 */
export function windowFromAnchors(anchors: readonly (readonly [number, number])[], width: number, span: number): [number, number] {
  const [a, b] = anchors;
  if (a && b && b[1] - a[1] !== 0 && Math.abs(b[1] - a[1]) >= 8 && (b[0] - a[0]) / (b[1] - a[1]) > 0) {
    const msPerPx = (b[0] - a[0]) / (b[1] - a[1]);
    const start = a[0] - a[1] * msPerPx;
    return [start, start + width * msPerPx];
  }
  const [t, x] = b && a ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : (a ?? [0, 0]);
  const start = t - (x / width) * span;
  return [start, start + span];
}

/** Whether two windows are the same to within a millionth of their span. */
export function sameWindow(x: Window, y: Window): boolean {
  const tolerance = Math.abs(x[1] - x[0]) * 1e-9;
  return Math.abs(x[0] - y[0]) <= tolerance && Math.abs(x[1] - y[1]) <= tolerance;
}

/** A method's time argument as ms: a valid `Date` or a finite number within the time base, else `undefined`. */
export function instantOf(value: unknown): number | undefined {
  let t: unknown = value;
  if (typeof value === 'object' && value !== null) {
    try {
      t = Date.prototype.getTime.call(value);
    } catch {
      return undefined;
    }
  }
  return typeof t === 'number' && inTimeBase(t) ? t : undefined;
}

/** `options.animate`, read without trusting `options` (null, a Proxy, a throwing getter: no animation). */
/** `zoomTo`'s arguments as a window of ms, or the error to reject with. */
export function windowOf(start: unknown, end: unknown): readonly [number, number] | Error {
  const a = instantOf(start);
  const b = instantOf(end);
  if (a === undefined) return new TypeError('zoomTo: start must be a valid Date or a finite number of ms');
  if (b === undefined) return new TypeError('zoomTo: end must be a valid Date or a finite number of ms');
  return b > a ? [a, b] : new RangeError('zoomTo: end must be after start');
}

export function animateOf(options: unknown): boolean {
  try {
    return typeof options === 'object' && options !== null && !!(options as { animate?: unknown }).animate;
  } catch {
    return false;
  }
}
