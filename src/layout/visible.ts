/** What is drawn, and where on screen: the public map of the canvas (`visibleItems()`), pure. */
import type { Scene } from './scene.js';

/** Something drawn in the plot: an event, a cluster of events, or a lane's density strip. */
export interface VisibleItem {
  type: 'event' | 'cluster' | 'density';
  /** The event's id (events only). */
  id?: string;
  /** Events it stands for (1 for an event). */
  count: number;
  /** The time it covers, in ms since 1970. */
  startMs: number;
  endMs: number;
  /** Its lane's group. */
  group: string;
  /** Where it is drawn, in viewport px (like `getBoundingClientRect()`). */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * The items of `scene` drawn within the plot's `width`, with their boxes moved from plot px to viewport px by the
 * plot's `origin` (its top-left on screen, scrolling included).
 */
export function visibleItemsOf(scene: Scene, width: number, origin: { left: number; top: number }): VisibleItem[] {
  return scene.items
    .filter((item) => item.type !== 'event' || (item.x1 >= 0 && item.x0 <= width))
    .map((item) => {
      const b = item.box;
      const x0 = Math.max(0, b.x);
      const box = { x: origin.left + x0, y: origin.top + b.y, width: Math.max(0, Math.min(b.x + b.width, width) - x0), height: b.height };
      const group = scene.lanes[item.lane]?.group ?? '';
      return item.type === 'event'
        ? { type: item.type, id: item.event.id, count: 1, startMs: item.event.lo, endMs: item.event.hi, group, box }
        : { type: item.type, count: item.count, startMs: item.lo, endMs: item.hi, group, box };
    });
}
