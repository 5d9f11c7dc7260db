import type { TimelineEvent } from '../../model/types.js';
import { placementOf, type LaneLayout } from '../../layout/lanes.js';

export type FocusMove = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/**
 * The event keyboard focus moves to. Left/right walk all events in time order; up/down go to the event nearest
 * in time in the lane above/below. With nothing focused yet, the event nearest `around` (the middle of the view).
 */
export function moveFocus(
  events: readonly TimelineEvent[],
  layout: LaneLayout,
  current: TimelineEvent | undefined,
  move: FocusMove,
  around: number,
): TimelineEvent | undefined {
  if (!events.length) return undefined;
  if (move === 'first') return events[0];
  if (move === 'last') return events[events.length - 1];
  const nearest = (list: readonly TimelineEvent[], t: number) => {
    let best: TimelineEvent | undefined;
    for (const e of list) if (!best || Math.abs(e.lo - t) < Math.abs(best.lo - t)) best = e;
    return best;
  };
  if (!current) return nearest(events, around);
  if (move === 'next' || move === 'previous') {
    const i = events.indexOf(current);
    return events[Math.max(0, Math.min(events.length - 1, i + (move === 'next' ? 1 : -1)))];
  }
  const lane = Math.max(0, placementOf(layout, current).lane);
  const target = layout.lanes[lane + (move === 'down' ? 1 : -1)];
  if (!target) return current;
  return nearest(target.all.events, current.lo) ?? current;
}
