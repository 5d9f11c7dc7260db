// How many events reach into a window, for a line that follows every frame of a zoom: `countInWindow` walks the
// events in view (a million at full view: 30–100 ms a frame); this answers by bisection.
import { bisectLeft, bisectRight, type LaneLayout } from './lanes.js';

/**
 * A counter of the events of `layout` that reach into `[t0, t1]` (start at or before `t1`, end at or after `t0`):
 * the same count as `countInWindow`, in O(lanes · log n) per window. An event ending before `t0` starts before
 * `t1` too, so the count is (starts ≤ t1, from each lane's sorted starts) − (ends < t0, from one sorted array of
 * all ends, built here once: O(n log n)).
 */
export function windowCounter(layout: LaneLayout): (t0: number, t1: number) => number {
  const ends: number[] = [];
  for (const lane of layout.lanes) for (const e of lane.all.events) ends.push(e.hi);
  const his = Float64Array.from(ends).sort();
  return (t0, t1) => {
    if (t1 < t0) return 0;
    let starts = 0;
    for (const lane of layout.lanes) starts += bisectRight(lane.all.los, t1);
    return starts - bisectLeft(his, t0);
  };
}
