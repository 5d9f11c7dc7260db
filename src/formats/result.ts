import type { DataError, TimelineEventInput } from '../model/types.js';

/** What every adapter produces: the rows it could read, and why it dropped the others. */
export interface ConversionResult {
  events: TimelineEventInput[];
  errors: DataError[];
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

/** TimelineJS data with its title slide and eras kept. */
export interface TimelineJSResult extends ConversionResult {
  title?: TimelineJSTitle;
  eras: TimelineJSEra[];
}

export type Row = Record<string, unknown>;

export function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (Array.isArray(value)) return value;
  if (isRecord(value) && typeof value.get === 'function') {
    try {
      const all: unknown = (value.get as () => unknown)();
      return Array.isArray(all) ? all : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
