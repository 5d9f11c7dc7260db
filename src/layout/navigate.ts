/**
 * Where the keyboard focus goes, as pure functions of the events, their lanes and the scene in view. The focus
 * rests on what a reader can see: an event drawn on its own, or the cluster or density strip it is merged into at
 * this zoom ("focus follows an event into its cluster"); an event out of view stands for itself until it is
 * brought into view.
 */
import type { TimelineEvent } from '../model/types.js';
import { bisectLeft, placementOf, type LaneLayout } from './lanes.js';
import type { Members, Scene, SceneItem } from './scene.js';

/** What the focus can rest on: an item of the scene, or an event that is not in it. */
export type FocusUnit = SceneItem | TimelineEvent;

export type FocusMove = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

interface SceneIndex {
  events: Map<TimelineEvent, SceneItem>;
  groups: Map<number, SceneItem[]>;
}

const indexes = new WeakMap<Scene, SceneIndex>();

/** Event items by event, clusters and density strips by lane: built once per scene, on first use. */
function indexOf(scene: Scene): SceneIndex {
  let index = indexes.get(scene);
  if (!index) {
    index = { events: new Map(), groups: new Map() };
    for (const item of scene.items) {
      if (item.type === 'event') index.events.set(item.event, item);
      else {
        const list = index.groups.get(item.lane) ?? [];
        list.push(item);
        index.groups.set(item.lane, list);
      }
    }
    indexes.set(scene, index);
  }
  return index;
}

/** Whether `e` is one of the events a cluster or density strip stands for (a binary search in its row). */
export function holds(m: Members, e: TimelineEvent): boolean {
  const { source, from, to } = m;
  for (let i = bisectLeft(source.los, e.lo, from, to); i < to && source.los[i] === e.lo; i++) if (source.events[i] === e) return true;
  return false;
}

/** The item of the scene that shows `e`: its own, or the cluster or density strip it is merged into. */
export function containerOf(scene: Scene, layout: LaneLayout, e: TimelineEvent): SceneItem | undefined {
  const index = indexOf(scene);
  const own = index.events.get(e);
  if (own) return own;
  const lane = placementOf(layout, e).lane;
  return index.groups.get(lane)?.find((item) => item.type !== 'event' && holds(item, e));
}

/** The event a unit starts with: the event itself, or the first of a cluster's. */
export function headOf(unit: FocusUnit): TimelineEvent {
  return 'type' in unit ? (unit.type === 'event' ? unit.event : unit.head) : unit;
}

/** The event nearest to `t` (by start) among a row's events sorted by start. */
function nearestIn(events: readonly TimelineEvent[], los: Float64Array, t: number): TimelineEvent | undefined {
  const i = bisectLeft(los, t);
  const before = events[i - 1];
  const after = events[i];
  if (!before || !after) return before ?? after;
  return t - before.lo <= after.lo - t ? before : after;
}

/**
 * The unit a key moves the focus to. Units are in the order of their first event among all events (`position`),
 * so ← → step through time across lanes, and a cluster is one stop between the events before and after it.
 * ↑ ↓ go to what holds the event nearest in time in the lane above or below; Home and End to what holds the
 * first and the last event. With nothing focused yet, what holds the event nearest `around`.
 */
export function moveFocus(
  events: readonly TimelineEvent[],
  layout: LaneLayout,
  scene: Scene,
  position: (e: TimelineEvent) => number,
  current: TimelineEvent | undefined,
  move: FocusMove,
  around: number,
): FocusUnit | undefined {
  const n = events.length;
  if (!n) return undefined;
  const unit = (e: TimelineEvent): FocusUnit => containerOf(scene, layout, e) ?? e;
  if (move === 'first') return unit(events[0]!);
  if (move === 'last') return unit(events[n - 1]!);
  if (!current) {
    const los = Float64Array.from(events, (e) => e.lo);
    return unit(nearestIn(events, los, around)!);
  }
  const from = unit(current);
  const p = position(headOf(from));
  if (move === 'next' || move === 'previous') {
    // The first unit that starts after (before) this one: a unit "starts" at the place of its first event. Events
    // of units that started earlier (a cluster that this one lies inside, in time) are passed over.
    const step = move === 'next' ? 1 : -1;
    for (let i = p + step; i >= 0 && i < n; i += step) {
      const u = unit(events[i]!);
      if (position(headOf(u)) === i) return u;
    }
    return from;
  }
  const lane = Math.max(0, placementOf(layout, current).lane);
  const target = layout.lanes[lane + (move === 'down' ? 1 : -1)];
  if (!target) return from;
  const near = nearestIn(target.all.events, target.all.los, current.lo);
  return near ? unit(near) : from;
}
