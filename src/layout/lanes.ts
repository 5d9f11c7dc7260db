import type { TimelineEvent } from '../model/types.js';
import { columnsOf, gather } from '../model/columns.js';

/**
 * Events of one row, sorted by start. `los[i]` is the start of event i, `maxHi[i]` the latest end among events
 * 0…i (so a binary search finds the first event that can reach into a window, even with overlaps).
 */
export interface Row {
  events: TimelineEvent[];
  los: Float64Array;
  maxHi: Float64Array;
  /** Events laid out with their label on the left (1), by position in `events`: label-aware rows only. */
  left?: Uint8Array;
}

export interface Lane {
  group: string;
  index: number;
  rows: Row[];
  /** All events of the lane in start order, for whole-lane clustering when it is dense. */
  all: Row;
  /** Events in the lane. */
  count: number;
}

export interface LaneLayout {
  lanes: Lane[];
  /** Lane and row of each event, by `event.index` (typed arrays: a million entries cost 8 MB, not a Map). */
  laneOf: Int32Array;
  rowOf: Int32Array;
  /** Earliest and latest instant of the data. */
  extent: [number, number] | undefined;
}

/** A row of events (sorted by start) with its search arrays. */
export function toRow(events: TimelineEvent[]): Row {
  const n = events.length;
  const los = new Float64Array(n);
  const maxHi = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    los[i] = e.lo;
    max = Math.max(max, e.hi);
    maxHi[i] = max;
  }
  return { events, los, maxHi };
}

/**
 * Puts events into lanes by `group` (in the order groups first appear in the input) and, inside a lane, into rows so that
 * no two events of a row overlap in time (greedy interval partitioning, O(n · rows)). Once `maxRows` are in use,
 * an event goes to the row that frees up first, so a row may then hold overlapping events; where those crowd
 * they are drawn as clusters. Expects events
 * sorted by start, as `normalizeEvents` returns them. Runs once per data change, not per frame; reads the events'
 * columns (`columnsOf`), not the events.
 */
export function layoutLanes(events: readonly TimelineEvent[], maxRows = 6, groupOrder?: readonly string[]): LaneLayout {
  const n = events.length;
  const { lo, hi, index, group, groups } = columnsOf(events) ?? gather(events);
  const g = groups.length;
  const counts = new Int32Array(g);
  const firstIndex = new Float64Array(g).fill(Infinity);
  let size = 0;
  for (let p = 0; p < n; p++) {
    const code = group[p]!, i = index[p]!;
    counts[code]!++;
    if (i < firstIndex[code]!) firstIndex[code] = i;
    if (i + 1 > size) size = i + 1;
  }
  // Lanes in the order the data names their groups (or as `groupOrder` says), not by date.
  const codeOf = new Map(groups.map((name, code) => [name, code]));
  const byFirst = groups.map((_, code) => code).filter((code) => counts[code]! > 0).sort((a, b) => firstIndex[a]! - firstIndex[b]!);
  const laneCodes = [...new Set([...(groupOrder ?? []).flatMap((name) => (counts[codeOf.get(name) ?? -1] ?? 0) > 0 ? [codeOf.get(name)!] : []), ...byFirst])];
  // Positions grouped by lane, in time order within each.
  const from = new Int32Array(g + 1);
  for (let code = 0; code < g; code++) from[code + 1] = from[code]! + counts[code]!;
  const byLane = new Int32Array(n);
  const fill = from.slice(0, g);
  for (let p = 0; p < n; p++) byLane[fill[group[p]!]!++] = p;
  const rowAt = new Int32Array(n);
  const laneOf = new Int32Array(size).fill(-1);
  const rowOf = new Int32Array(size).fill(-1);
  const lanes: Lane[] = [];
  for (const code of laneCodes) {
    const laneIndex = lanes.length;
    const rowEnds: number[] = [];
    const rowSizes: number[] = [];
    const k0 = from[code]!, k1 = from[code + 1]!;
    for (let k = k0; k < k1; k++) {
      const p = byLane[k]!;
      const start = lo[p]!;
      // Zero-length events still occupy a millisecond, so two at the same instant stack.
      const end = Math.max(hi[p]!, start + 1);
      let r = -1;
      let soonest = 0;
      for (let i = 0; i < rowEnds.length; i++) {
        if (rowEnds[i]! <= start) {
          r = i;
          break;
        }
        if (rowEnds[i]! < rowEnds[soonest]!) soonest = i;
      }
      if (r < 0) r = rowEnds.length < maxRows ? rowEnds.length : soonest;
      rowEnds[r] = Math.max(rowEnds[r] ?? -Infinity, end);
      rowSizes[r] = (rowSizes[r] ?? 0) + 1;
      rowAt[k] = r;
      laneOf[index[p]!] = laneIndex;
      rowOf[index[p]!] = r;
    }
    const rows = rowSizes.map((count) => emptyRow(count));
    const all = emptyRow(k1 - k0);
    for (let k = k0; k < k1; k++) {
      const p = byLane[k]!;
      append(rows[rowAt[k]!]!, events[p]!, lo[p]!, hi[p]!);
      append(all, events[p]!, lo[p]!, hi[p]!);
    }
    lanes.push({ group: groups[code]!, index: laneIndex, rows: rows.map(done), all: done(all), count: k1 - k0 });
  }
  const extent: [number, number] | undefined = n
    ? [lo[0]!, lanes.reduce((max, l) => Math.max(max, l.all.maxHi[l.all.maxHi.length - 1]!), -Infinity)]
    : undefined;
  return { lanes, laneOf, rowOf, extent };
}

/** A row being filled: `toRow`'s arrays, sized for `count` events, and how many are in. */
interface Filling extends Row {
  n: number;
  max: number;
}

const emptyRow = (count: number): Filling => ({ events: [], los: new Float64Array(count), maxHi: new Float64Array(count), n: 0, max: -Infinity });

function append(row: Filling, e: TimelineEvent, lo: number, hi: number): void {
  row.events.push(e);
  row.los[row.n] = lo;
  row.max = Math.max(row.max, hi);
  row.maxHi[row.n++] = row.max;
}

const done = ({ events, los, maxHi }: Filling): Row => ({ events, los, maxHi });

/** Lane and row an event was put in. */
export function placementOf(layout: LaneLayout, e: Pick<TimelineEvent, 'index'>): { lane: number; row: number } {
  return { lane: layout.laneOf[e.index] ?? -1, row: layout.rowOf[e.index] ?? -1 };
}

// Binary searches over a row's sorted typed arrays: d3-array's bisectors for numbers (NaN is never before `x`, a
// NaN `x` goes last), without the package.

/** First index in `[lo, hi)` of ascending `a` whose value is not below `x`. */
export function bisectLeft(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  return bisect(a, x, lo, hi, false);
}

/** First index in `[lo, hi)` of ascending `a` whose value is above `x`. */
export function bisectRight(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  return bisect(a, x, lo, hi, true);
}

function bisect(a: ArrayLike<number>, x: number, lo: number, hi: number, right: boolean): number {
  if (lo < hi && x !== x) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (right ? a[mid]! <= x : a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose `maxHi` reaches `t` (events before it all end before `t`). */
export function firstReaching(row: Row, t: number): number {
  return bisectLeft(row.maxHi, t);
}

/** First index (from `from` on) whose start is after `t`. */
export function firstStartingAfter(row: Row, t: number, from = 0): number {
  return bisectRight(row.los, t, from);
}

/** First index whose start is at or after `t`. */
export function firstStartingFrom(row: Row, t: number): number {
  return bisectLeft(row.los, t);
}

/** How many events reach into `[t0, t1]` (start at or before `t1`, end at or after `t0`): O(events in view). */
export function countInWindow(layout: LaneLayout, t0: number, t1: number): number {
  let n = 0;
  for (const lane of layout.lanes) {
    const row = lane.all;
    const to = firstStartingAfter(row, t1);
    for (let i = firstReaching(row, t0); i < to; i++) if (row.events[i]!.hi >= t0) n++;
  }
  return n;
}
