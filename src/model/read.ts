/**
 * Reading values from rows that may be hostile (getters that throw, Proxies, revoked Proxies, objects with a
 * `toString` of `null`): each property once, into plain values; what cannot be read is a value of its own
 * (`UNREADABLE`), never a throw. Shared by `normalizeEvents` and the context layers' readers.
 */
import type { LocalizedText } from './types.js';

export const NOT_BLANK = /\S/;
/** Most keys of a language map, items of a list, read. */
const MAX_ENTRIES = 1000;

/** A field that could not be read at all (a getter that throws, a revoked Proxy, a trap that throws). */
export const UNREADABLE = Symbol('unreadable');
export type Read<T> = T | typeof UNREADABLE;

/** Reads one property, once; a throw becomes `UNREADABLE`. */
export function read(row: object, key: string): Read<unknown> {
  try {
    return (row as Record<string, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** What a value is, for an error message, without calling anything on it (no `toString` of a hostile object). */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    return 'a revoked Proxy';
  }
  const type = typeof value;
  return type === 'object' ? 'an object' : type === 'bigint' ? 'a bigint' : type === 'symbol' ? 'a symbol' : type === 'function' ? 'a function' : `a ${type}`;
}

/**
 * Text as a plain value: a non-blank string, or a map of language → string copied into a new plain object
 * (own enumerable string keys only; a null-prototype object or a Proxy is read through, once). Anything else, or
 * a map that cannot be read, is `undefined`.
 */
export function plainText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return NOT_BLANK.test(value) ? value : undefined;
  if (!value || typeof value !== 'object') return undefined;
  try {
    if (Array.isArray(value)) return undefined;
    const entries: [string, string][] = [];
    for (const key of Object.keys(value).slice(0, MAX_ENTRIES)) {
      const text = (value as Record<string, unknown>)[key];
      if (typeof text !== 'string') return undefined;
      entries.push([key, text]);
    }
    // Own properties only, whatever the keys (`__proto__` included): fromEntries defines, it does not assign.
    return entries.length && entries.some(([, t]) => NOT_BLANK.test(t)) ? Object.fromEntries(entries) : undefined;
  } catch {
    return undefined;
  }
}

