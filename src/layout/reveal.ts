/** Which window brings an event into view: pure, so it can be computed while an update derives its view. */
import type { TimelineEvent } from '../model/types.js';
import type { Window } from './zoom-math.js';

/**
 * The window that shows `e` on its own (not merged into a cluster), for `select()` and deep links: `current` when it
 * already does; else one centred on the event, halving the span until `shown` says it stands alone, or the span
 * reaches `minSpan`.
 */
export function revealWindow(e: Pick<TimelineEvent, 'lo' | 'hi'>, current: Window, shown: (w: Window) => boolean, minSpan: number): Window {
  if (shown(current)) return current;
  let span = current[1] - current[0];
  const mid = (e.lo + Math.min(e.hi, e.lo + span)) / 2;
  let w: Window = [mid - span / 2, mid + span / 2];
  for (let i = 0; i < 40; i++) {
    w = [mid - span / 2, mid + span / 2];
    if (shown(w) || span < minSpan) break;
    span /= 2;
  }
  return w;
}

/**
 * The window that brings a keyboard-focused unit into view at the same zoom: `current` when enough of it is in view
 * (a whole small shape, or 24 px of a long one); else one with an event's middle (a long range: its first half-window)
 * in the middle, or a cluster's first event a quarter in from the left, so the cluster fits after it.
 */
export function followWindow(
  head: Pick<TimelineEvent, 'lo' | 'hi'>,
  kind: 'event' | 'group',
  box: { x: number; width: number } | undefined,
  current: Window,
  width: number,
): Window {
  if (box) {
    const shown = Math.min(box.x + box.width, width) - Math.max(box.x, 0);
    if (shown >= Math.min(box.width, 24)) return current;
  }
  const span = current[1] - current[0];
  const mid = kind === 'event' ? (head.lo + Math.min(head.hi, head.lo + span / 2)) / 2 : head.lo + span / 4;
  return [mid - span / 2, mid + span / 2];
}
