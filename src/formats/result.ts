import type { DataError, EraInput, GroupInput, TimelineEventInput } from '../model/types.js';

/**
 * What every adapter produces: the rows it could read, why it dropped the others, and the context layers its
 * format carries (eras drawn behind the lanes, and how the lanes are named and ordered).
 */
export interface ConversionResult {
  events: TimelineEventInput[];
  errors: DataError[];
  /** Spans drawn behind the lanes (TimelineJS eras, vis-timeline background items). */
  eras?: EraInput[];
  /** Lanes in the order the source gave them (vis-timeline groups). */
  groups?: GroupInput[];
}

/** A TimelineJS era (a shaded span behind the events). */
export interface TimelineJSEra {
  start: string;
  end: string;
  headline: string;
}

/** A TimelineJS title slide: `headline` as plain text, `text` as the (unsanitized) HTML it came with. */
export interface TimelineJSTitle {
  headline: string;
  text: string;
}

/**
 * TimelineJS data with its title slide and eras kept, the eras as TimelineJS has them (`convert` returns them
 * as `EraInput`).
 */
export interface TimelineJSResult extends Omit<ConversionResult, 'eras' | 'groups'> {
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
