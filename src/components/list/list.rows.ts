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

/** Where rows sit, px: all one height, or (the narrow layout) year headings lower than events. */
export interface RowGeometry {
  /** Top of row `r`; `y(total)` is the height of all rows. */
  y(r: number): number;
  /** The last row whose top is at or above `v` (0 … total). */
  rowAt(v: number): number;
  /** Height of row `r`. */
  size(r: number): number;
}

export function uniformRows(height: number): RowGeometry {
  return { y: (r) => r * height, rowAt: (v) => Math.max(0, Math.floor(v / height)), size: () => height };
}

/** Headings (`rows.heads`) `head` px tall, every other row `size` px: a row's top in O(log years). */
export function twoHeights(rows: Pick<ListRows, 'heads' | 'event'>, head: number, size: number): RowGeometry {
  const { heads } = rows;
  const total = rows.event.length;
  /** How many headings come before row `r`. */
  const before = (r: number) => {
    let [lo, hi] = [0, heads.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (heads[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const y = (r: number) => r * size - before(r) * (size - head);
  return {
    y,
    size: (r) => (heads[before(r)] === r ? head : size),
    rowAt: (v) => {
      let [lo, hi] = [0, total];
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (y(mid) <= v) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

const geometryOf = (rows: number | RowGeometry) => (typeof rows === 'number' ? uniformRows(rows) : rows);

/** The first row whose top is at or below `v`. */
function rowFrom(g: RowGeometry, v: number): number {
  const r = g.rowAt(v);
  return g.y(r) < v ? r + 1 : r;
}

/** The rows in view at `scrollTop` of a `viewport` px high, plus `margin` rows each side (`rows`: one height, or where rows sit). */
export function sliceAt(total: number, rows: number | RowGeometry, scrollTop: number, viewport: number, margin: number): Slice {
  const g = geometryOf(rows);
  const full = g.y(total);
  const height = Math.min(full, MAX_HEIGHT);
  const ratio = height > viewport ? Math.max(1, (full - viewport) / (height - viewport)) : 1;
  const s = Math.max(0, Math.min(scrollTop, Math.max(0, height - viewport)));
  const p = s * ratio;
  let from = Math.max(0, Math.min(total, g.rowAt(p)) - margin);
  const to = Math.min(total, rowFrom(g, p + viewport) + margin);
  let top = s + g.y(from) - p;
  // Near the top of a compressed list the margin above would need a negative spacer: it starts later instead.
  if (top < 0) {
    from = Math.min(to, rowFrom(g, p - s));
    top = s + g.y(from) - p;
  }
  return { from, to, top, bottom: Math.max(0, height - top - (g.y(to) - g.y(from))), height, ratio };
}

/**
 * The scrollTop that brings `row` into view with the least movement (below `above` px of sticky headings), or
 * `scrollTop` itself when it is in view already.
 */
export function scrollFor(row: number, slice: Pick<Slice, 'ratio'>, rows: number | RowGeometry, scrollTop: number, viewport: number, above: number): number {
  const g = geometryOf(rows);
  const p = scrollTop * slice.ratio;
  const [y, size] = [g.y(row), g.size(row)];
  if (y < p + above) return Math.max(0, (y - above) / slice.ratio);
  if (y + size > p + viewport) return (y + size - viewport) / slice.ratio;
  return scrollTop;
}

/** The first row that starts at or below `v` px (the first row fully under a sticky heading `v` px from the top). */
export function firstRowFrom(rows: number | RowGeometry, v: number): number {
  return rowFrom(geometryOf(rows), v);
}
