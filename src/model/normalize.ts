import type { DataError, LocalizedText, NormalizeResult, TimelineEvent, TimelineEventInput } from './types.js';
import { parseEventDate } from './date.js';

/** Lane of events that name no group. */
export const DEFAULT_GROUP = '';

const NOT_BLANK = /\S/;
const NONE: readonly string[] = Object.freeze([]);

function isText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return NOT_BLANK.test(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.values(value as Record<string, unknown>);
  return entries.length > 0 && entries.every((v) => typeof v === 'string') && entries.some((v) => NOT_BLANK.test(v as string));
}

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : NONE;
}

/** The event a valid row becomes, or why the row cannot be drawn. */
function toEvent(row: unknown, index: number, seen: Set<string>): TimelineEvent | DataError {
  if (!row || typeof row !== 'object') return { index, reason: 'row is not an object' };
  const input = row as TimelineEventInput;
  const rawId = (input as { id?: unknown }).id;
  const id = typeof rawId === 'number' ? String(rawId) : typeof rawId === 'string' ? rawId.trim() : '';
  const fail = (reason: string): DataError => (id ? { index, id, reason } : { index, reason });
  if (!id) return fail('missing id');
  if (seen.has(id)) return fail(`duplicate id "${id}"`);
  if (!isText(input.title)) return fail('missing title');
  const start = parseEventDate(input.start);
  if (!start.ok) return fail(input.start == null || input.start === '' ? 'missing start date' : `start: ${start.error}`);
  let end = start.end;
  if (input.end != null && input.end !== '') {
    if (end) return fail('start is an interval, so end must be left out');
    const parsedEnd = parseEventDate(input.end);
    if (!parsedEnd.ok) return fail(`end: ${parsedEnd.error}`);
    end = parsedEnd.end ?? parsedEnd.start;
  }
  if (end && end.min < start.start.min && end.max <= start.start.min) return fail(`end (${end.edtf}) is before start (${start.start.edtf})`);
  seen.add(id);
  const lo = start.start.min;
  const hi = Math.max(end ? end.max : start.start.max, lo);
  const source = input.source;
  // Every field is set, in one order, so all events share one object shape.
  return {
    id,
    index,
    title: input.title,
    summary: isText(input.summary) ? input.summary : undefined,
    summaryHtml: isText(input.summaryHtml) ? input.summaryHtml : undefined,
    group: typeof input.group === 'string' ? input.group : DEFAULT_GROUP,
    tags: strings(input.tags),
    actors: strings(input.actors),
    url: typeof input.url === 'string' && input.url ? input.url : undefined,
    source: source && typeof source === 'object' && typeof source.doc === 'string' ? source : undefined,
    start: start.start,
    end,
    lo,
    hi,
    kind: !end && hi - lo <= 86_400_000 ? 'point' : 'range',
    input,
  };
}

/**
 * Validates and normalises input rows. Never throws: rows that cannot be drawn (not an object, missing id or
 * title, unreadable date, end before start, duplicate id) are reported in `errors` and left out; every other row
 * becomes a `TimelineEvent`. Events come back sorted by start, then end, then input order.
 */
export function normalizeEvents(rows: unknown): NormalizeResult {
  const events: TimelineEvent[] = [];
  const errors: DataError[] = [];
  if (!Array.isArray(rows)) {
    if (rows != null) errors.push({ index: -1, reason: `events must be an array, got ${typeof rows}` });
    return { events, errors };
  }
  const seen = new Set<string>();
  for (let index = 0; index < rows.length; index++) {
    const result = toEvent(rows[index], index, seen);
    if ('reason' in result) errors.push(result);
    else events.push(result);
  }
  return { events: sortByTime(events), errors };
}

/**
 * Sorts by start, then end, then input order. Data that comes sorted is only checked (O(n)); otherwise the keys
 * go into typed arrays and an index array is sorted — twice as fast as sorting the objects at a million events.
 */
function sortByTime(events: TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    const a = events[i - 1]!, b = events[i]!;
    sorted = a.lo < b.lo || (a.lo === b.lo && a.hi <= b.hi);
  }
  if (sorted) return events;
  const lo = new Float64Array(n), hi = new Float64Array(n), order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = events[i]!.lo;
    hi[i] = events[i]!.hi;
    order[i] = i;
  }
  order.sort((a, b) => lo[a]! - lo[b]! || hi[a]! - hi[b]! || a - b);
  return Array.from(order, (i) => events[i]!);
}
