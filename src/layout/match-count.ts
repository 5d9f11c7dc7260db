import type { Row } from './lanes.js';

/**
 * How many of a row's events `[from, to)` a query or filter matches, in constant time: a running count per row,
 * built the first time the row is asked about under these matches (once per query, not per frame), so a
 * cluster or density strip is dimmed when none of its events match at a cost that follows what is drawn.
 */
const counts = new WeakMap<Uint8Array, WeakMap<Row, Int32Array>>();

export function matchedIn(row: Row, from: number, to: number, matched: Uint8Array): number {
  let rows = counts.get(matched);
  if (!rows) counts.set(matched, (rows = new WeakMap()));
  let sums = rows.get(row);
  if (!sums) {
    const events = row.events;
    sums = new Int32Array(events.length + 1);
    for (let i = 0; i < events.length; i++) sums[i + 1] = sums[i]! + (matched[events[i]!.index] === 1 ? 1 : 0);
    rows.set(row, sums);
  }
  return sums[Math.min(to, row.events.length)]! - sums[Math.max(0, from)]!;
}
