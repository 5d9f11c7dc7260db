/** The types of the shared model's API: what subscribers are told, what colours events, the readers of eras and markers. */
import type { TimelineEvent } from '../model/types.js';
import type { normalizeEras, normalizeMarkers } from '../model/context.js';

/** What changed, for subscribers. */
export interface ModelChange {
  data?: boolean;
  window?: boolean;
  /** The window changed by a reader's action (a gesture, a key, a button, a companion's control). */
  user?: boolean;
  selection?: boolean;
  focus?: boolean;
  /** The language or the time zone dates are written in changed. */
  lang?: boolean;
  /** Time now runs the other way (`direction`, `dir` or the language changed it). */
  direction?: boolean;
  /** Eras, markers or group options changed. */
  context?: boolean;
  /** A category was shown or hidden, or what colours (and groups) the events changed. */
  categories?: boolean;
  /** The query, the filter or the filter mode changed (and with them which events match). */
  query?: boolean;
}

/** The readers of eras and markers, loaded on demand (they are not in most timelines). */
export interface ContextReaders {
  normalizeEras: typeof normalizeEras;
  normalizeMarkers: typeof normalizeMarkers;
}

/** What colours events (and what the legend toggles): their lane, their `category`, or their first tag. */
export type ColorBy = 'group' | 'category' | 'tag';
export const COLOR_BY = ['group', 'category', 'tag'] as const satisfies readonly ColorBy[];

/** The key an event is coloured and filtered by. */
export const keyOf = (e: TimelineEvent, by: ColorBy): string => (by === 'category' ? e.category : by === 'tag' ? (e.tags[0] ?? '') : e.group);

export type ModelListener = (change: ModelChange) => void;
