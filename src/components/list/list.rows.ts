// <tl-list>'s rows and its virtual window: pure functions of the events and the scroll position (no DOM, no Lit),
// so a million events cost typed arrays, not elements.
import type { TimelineEvent } from '../../model/types.js';

/** The list's rows: a heading row per year, then that year's events, in the order the timeline draws them. */
export interface ListRows {
  events: readonly TimelineEvent[];
  /** Per row: the event's place in `events`, or -1 for a year heading. */
  event: Int32Array;
  /** Per event: its row. */
  rowOf: Int32Array;
  /** The heading rows, ascending. */
  heads: Int32Array;
  /** The year of each heading. */
  years: Float64Array;
}

/**
 * Rows of `events` (sorted by start) grouped by the year they start in. `yearStart(y)` is the first instant of
 * year `y`: the year is worked out again only when an event passes the next year's start.
 */
export function buildRows(events: readonly TimelineEvent[], yearOf: (ms: number) => number, yearStart: (year: number) => number): ListRows {
  const n = events.length;
  const event = new Int32Array(n * 2);
  const rowOf = new Int32Array(n);
  const heads: number[] = [];
  const years: number[] = [];
  let row = 0;
  let next = -Infinity;
  let year = NaN;
  for (let i = 0; i < n; i++) {
    const t = events[i]!.start.min;
    if (t >= next || Number.isNaN(year)) {
      const y = yearOf(t);
      if (y !== year) {
        year = y;
        heads.push(row);
        years.push(y);
        event[row++] = -1;
      }
      next = yearStart(y + 1);
    }
    rowOf[i] = row;
    event[row++] = i;
  }
  return { events, event: event.slice(0, row), rowOf, heads: Int32Array.from(heads), years: Float64Array.from(years) };
}

/** The heading (its place in `heads`) of the year a row is in. */
export function headingOf(rows: ListRows, row: number): number {
  let [lo, hi] = [0, rows.heads.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows.heads[mid]! <= row) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The tallest the scrolled content gets, px: browsers stop laying out near 2^25 px, so past this a pixel of
 * scrolling moves more than a pixel of rows.
 */
export const MAX_HEIGHT = 8_000_000;

/** What is in the DOM: rows `[from, to)`, with spacers of `top` and `bottom` px around them in `height` px. */
export interface Slice {
  from: number;
  to: number;
  top: number;
  bottom: number;
  height: number;
  /** Rows' px per px scrolled (1 unless the rows would be taller than `MAX_HEIGHT`). */
  ratio: number;
}

/** The rows in view at `scrollTop` of a `viewport` px high, plus `margin` rows each side. */
export function sliceAt(total: number, rowHeight: number, scrollTop: number, viewport: number, margin: number): Slice {
  const full = total * rowHeight;
  const height = Math.min(full, MAX_HEIGHT);
  const ratio = height > viewport ? Math.max(1, (full - viewport) / (height - viewport)) : 1;
  const s = Math.max(0, Math.min(scrollTop, Math.max(0, height - viewport)));
  const p = s * ratio;
  let from = Math.max(0, Math.floor(p / rowHeight) - margin);
  const to = Math.min(total, Math.ceil((p + viewport) / rowHeight) + margin);
  let top = s + from * rowHeight - p;
  // Near the top of a compressed list the margin above would need a negative spacer: it starts later instead.
  if (top < 0) {
    const k = Math.ceil(-top / rowHeight);
    [from, top] = [Math.min(to, from + k), top + k * rowHeight];
  }
  return { from, to, top, bottom: Math.max(0, height - top - (to - from) * rowHeight), height, ratio };
}

/**
 * The scrollTop that brings `row` into view with the least movement (below `above` px of sticky headings), or
 * `scrollTop` itself when it is in view already.
 */
export function scrollFor(row: number, slice: Pick<Slice, 'ratio'>, rowHeight: number, scrollTop: number, viewport: number, above: number): number {
  const p = scrollTop * slice.ratio;
  const y = row * rowHeight;
  if (y < p + above) return Math.max(0, (y - above) / slice.ratio);
  if (y + rowHeight > p + viewport) return (y + rowHeight - viewport) / slice.ratio;
  return scrollTop;
}
