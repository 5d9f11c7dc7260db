import type { DataError, EraInput, GroupInput, MediaInput, TimelineEventInput } from '../model/types.js';

/**
 * What every adapter produces: the rows it could read, why it dropped the others (and, as warnings, what it read
 * but could not carry over), and the context layers its format carries (eras drawn behind the lanes, how the lanes
 * are named and ordered, a title card, the view a page asked to start with).
 */
export interface ConversionResult {
  events: TimelineEventInput[];
  /** Dropped rows, and `warning: true` entries for rows kept with something left out; `index: -1` is the input. */
  errors: DataError[];
  /** Spans drawn behind the lanes (TimelineJS eras, vis-timeline background items). */
  eras?: EraInput[];
  /** Lanes in the order the source gave them (vis-timeline groups). */
  groups?: GroupInput[];
  /** A card shown before the first event (TimelineJS's title slide). */
  title?: TitleCard;
  /** How the timeline starts, from the options a page passed (TimelineJS's `start_at_slide` …). */
  options?: StoryOptions;
}

/** The card before the first event: a heading, HTML text (unsanitized), media and an accent colour. */
export interface TitleCard {
  heading: string;
  text?: string;
  media?: MediaInput;
  /** A plain CSS colour (TimelineJS's `background.color`). */
  accent?: string;
}

/** How a story starts, read from TimelineJS's options. */
export interface StoryOptions {
  /** Id of the event to start on (`start_at_slide`; absent: the title card, or the first event). */
  startAt?: string;
  /** Start on the last event (`start_at_end`, or a `start_at_slide` past the last slide). */
  startAtEnd?: boolean;
  /** Give each step its URL (`hash_bookmark`). */
  hashLinks?: boolean;
  /** TimelineJS's zoom level (`initial_zoom`: a position in its `zoom_sequence`, from 0). */
  initialZoom?: number;
  /** BCP 47 language of the labels (`language`, or its alias `lang`). */
  lang?: string;
}

/**
 * The options a page passes to `new TL.Timeline(el, data, options)`. The ones read are listed; any other is
 * reported as a warning (`index: -1`), as it is not carried over.
 */
export interface TimelineJSOptions {
  start_at_slide?: number | string;
  start_at_end?: boolean | string | number;
  hash_bookmark?: boolean | string | number;
  initial_zoom?: number | string;
  language?: string;
  lang?: string;
  [option: string]: unknown;
}

/** A TimelineJS era (a shaded span behind the events). */
export interface TimelineJSEra {
  start: string;
  end: string;
  headline: string;
}

/**
 * A TimelineJS title slide: `headline` as plain text, `text` as the (unsanitized) HTML it came with, its media and
 * its background colour.
 */
export interface TimelineJSTitle {
  headline: string;
  text: string;
  media?: MediaInput;
  accent?: string;
}

/**
 * TimelineJS data with its title slide and eras kept as TimelineJS has them (`convert` returns them as a
 * `TitleCard` and `EraInput`s), and the options read when some were passed.
 */
export interface TimelineJSResult extends Omit<ConversionResult, 'eras' | 'groups' | 'title'> {
  title?: TimelineJSTitle;
  eras: TimelineJSEra[];
}

export type Row = Record<string, unknown>;

export function isRecord(value: unknown): value is Row {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    // A revoked Proxy: nothing can be read from it.
    return false;
  }
}

/**
 * Runs a row's conversion; whatever it throws (a getter, a Proxy trap, a `toString` of `null`) becomes that row's
 * error, so one hostile row never costs the others.
 */
export function readRow<T>(index: number, convert: () => T): T | DataError {
  try {
    return convert();
  } catch {
    return { index, reason: 'row could not be read' };
  }
}

/** A non-empty string from a string or number field. */
export function stringField(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed || undefined;
}

/** An array from an array or a vis `DataSet`/`DataView`-like object with `get()`. */
export function listOf(value: unknown): unknown[] | undefined {
  try {
    if (Array.isArray(value)) return value;
  } catch {
    return undefined;
  }
  if (isRecord(value)) {
    try {
      if (typeof value.get !== 'function') return undefined;
      const all: unknown = (value.get as () => unknown)();
      return Array.isArray(all) ? all : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
