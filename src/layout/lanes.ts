import { bisectLeft, bisectRight } from 'd3-array';
import type { TimelineEvent } from '../model/types.js';

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
 * sorted by start, as `normalizeEvents` returns them. Runs once per data change, not per frame.
 */
export function layoutLanes(events: readonly TimelineEvent[], maxRows = 6, groupOrder?: readonly string[]): LaneLayout {
  const lists = new Map<string, TimelineEvent[]>();
  const firstRow = new Map<string, number>();
  for (const e of events) {
    let list = lists.get(e.group);
    if (!list) lists.set(e.group, (list = []));
    list.push(e);
    if (!(e.index >= (firstRow.get(e.group) ?? Infinity))) firstRow.set(e.group, e.index);
  }
  // Lanes in the order the data names their groups (or as `groupOrder` says), not by date.
  const order = [...(groupOrder ?? []), ...[...firstRow.keys()].sort((a, b) => firstRow.get(a)! - firstRow.get(b)!)];
  const byGroup = new Map<string, TimelineEvent[]>();
  for (const g of order) if (lists.has(g) && !byGroup.has(g)) byGroup.set(g, lists.get(g)!);
  const size = events.reduce((max, e) => Math.max(max, e.index + 1), 0);
  const laneOf = new Int32Array(size).fill(-1);
  const rowOf = new Int32Array(size).fill(-1);
  const lanes: Lane[] = [];
  for (const [group, list] of byGroup) {
    if (!list.length) continue;
    const index = lanes.length;
    const rowEvents: TimelineEvent[][] = [];
    const rowEnds: number[] = [];
    for (const e of list) {
      // Zero-length events still occupy a millisecond, so two at the same instant stack.
      const end = Math.max(e.hi, e.lo + 1);
      let r = -1;
      let soonest = 0;
      for (let i = 0; i < rowEnds.length; i++) {
        if (rowEnds[i]! <= e.lo) {
          r = i;
          break;
        }
        if (rowEnds[i]! < rowEnds[soonest]!) soonest = i;
      }
      if (r < 0) r = rowEnds.length < maxRows ? rowEnds.length : soonest;
      (rowEvents[r] ??= []).push(e);
      rowEnds[r] = Math.max(rowEnds[r] ?? -Infinity, end);
      laneOf[e.index] = index;
      rowOf[e.index] = r;
    }
    lanes.push({ group, index, rows: rowEvents.map(toRow), all: toRow(list), count: list.length });
  }
  const extent: [number, number] | undefined = events.length
    ? [events[0]!.lo, lanes.reduce((max, l) => Math.max(max, l.all.maxHi[l.all.maxHi.length - 1]!), -Infinity)]
    : undefined;
  return { lanes, laneOf, rowOf, extent };
}

/** Lane and row an event was put in. */
export function placementOf(layout: LaneLayout, e: Pick<TimelineEvent, 'index'>): { lane: number; row: number } {
  return { lane: layout.laneOf[e.index] ?? -1, row: layout.rowOf[e.index] ?? -1 };
}

// Binary searches over a row's sorted typed arrays, with d3-array's bisectors.

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
