/**
 * How many rows each lane gets: as many as it needs to show its labels whole, as far as the room allows — shared so
 * that a lane needing few rows gets all of them and the rest share what is left (water-filling). Pure.
 */

/**
 * Rows per lane for `needs` (each at least 1) in `room` rows in all; `cap` limits any one lane (`max-rows`). With
 * room for every need, each gets its need.
 */
export function shareRows(needs: readonly number[], room: number, cap = Infinity): number[] {
  const want = needs.map((n) => Math.max(1, Math.min(cap, Math.floor(n) || 1)));
  const out = want.map(() => 1);
  let left = Math.max(0, Math.floor(room) - want.length);
  // Smallest needs first: each takes what it needs or an equal share of what is left, whichever is less.
  const order = want.map((_, i) => i).sort((a, b) => want[a]! - want[b]! || a - b);
  order.forEach((lane, i) => {
    const share = Math.floor(left / (order.length - i));
    const extra = Math.min(want[lane]! - 1, share);
    out[lane]! += extra;
    left -= extra;
  });
  return out;
}

/** Rows that fit in `px` of lanes, with each lane's header and padding taken off first. */
export function rowsInRoom(px: number, lanes: number, o: { rowHeight: number; laneHeader: number; lanePadding: number }): number {
  return Math.floor((px - lanes * (o.laneHeader + 2 * o.lanePadding)) / o.rowHeight);
}
