import type { DataError, DateInput, DatePoint, EventSource, LocalizedText, MediaInput, NormalizeResult, TimelineEvent, TimelineEventInput } from './types.js';
import { parseEventDate, parseFast, scanFast, scanned } from './date.js';
import { kindOf, plainText, read, UNREADABLE, type Read } from './read.js';
import { isPlainColor } from './color.js';
import { readMediaList } from './media-basics.js';
import { COLUMNS, gather, type EventColumns } from './columns.js';

/** Lane of events that name no group. */
export const DEFAULT_GROUP = '';
const NO_MEDIA: readonly MediaInput[] = Object.freeze([]);

const NONE: readonly string[] = Object.freeze([]);
/** Most entries read from a list field (`tags`, `actors`) or keys from a text map: a row is data, not a database. */
const MAX_ENTRIES = 1000;
/** Longest date text read: the longest EDTF an event needs is about 60 characters (an interval of date-times). */
const MAX_DATE_TEXT = 200;
/** Most rows read: far more than a timeline can mean; beyond it the array is not read at all. */
export const MAX_ROWS = 10_000_000;

/** The strings of a list field, copied; anything that cannot be read gives none. */
function strings(value: unknown): readonly string[] {
  try {
    if (!Array.isArray(value)) return NONE;
    const out: string[] = [];
    const n = Math.min(value.length, MAX_ENTRIES);
    for (let i = 0; i < n; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') out.push(v);
    }
    return out;
  } catch {
    return NONE;
  }
}

/** A string field, or `undefined`. */
const text = (value: Read<unknown>): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A date field as a plain value `parseEventDate` can read — a string (at most 200 characters), a finite number, or
 * the time of a real `Date` — or why it cannot be one.
 */
function plainDate(value: Read<unknown>, field: 'start' | 'end'): { value: DateInput | undefined } | { error: string } {
  if (value === UNREADABLE) return { error: `${field} could not be read as a date` };
  if (value == null || value === '') return { value: undefined };
  if (typeof value === 'string') return value.length <= MAX_DATE_TEXT ? { value } : { error: `${field} is ${value.length} characters long, too long for a date` };
  if (typeof value === 'number') return { value };
  if (typeof value === 'object') {
    // A real Date (from any realm): its own getTime works; anything else, a Proxy of one included, throws.
    try {
      return { value: Date.prototype.getTime.call(value) };
    } catch {
      return { error: `${field} could not be read as a date (${kindOf(value)}; expected EDTF text, a Date or epoch ms)` };
    }
  }
  return { error: `${field} could not be read as a date (${kindOf(value)}; expected EDTF text, a Date or epoch ms)` };
}

/** Where a fact comes from, as a new plain object: text fields only, offsets as two finite numbers. */
function plainSource(value: Read<unknown>): EventSource | undefined {
  if (!value || typeof value !== 'object') return undefined;
  try {
    const v = value as Record<string, unknown>;
    const doc = text(v.doc);
    if (doc === undefined) return undefined;
    const source: EventSource = { doc };
    for (const key of ['publisher', 'author', 'published', 'url'] as const) {
      const field = text(v[key]);
      if (field) source[key] = field;
    }
    const offsets = v.offsets;
    if (Array.isArray(offsets) && offsets.length === 2 && offsets.every((o) => typeof o === 'number' && Number.isFinite(o))) {
      source.offsets = [offsets[0] as number, offsets[1] as number];
    }
    return source;
  } catch {
    return undefined;
  }
}

/** Something in a shown row that cannot be used or is missing. */
const warning = (index: number, id: string, reason: string): DataError => ({ index, id, reason, warning: true });
const failure = (index: number, id: string, reason: string): DataError => (id ? { index, id, reason } : { index, reason });

/**
 * A normalized event. A plain ISO start or end (most dates) is kept as its text and read into a `DatePoint` when
 * first asked for — the layout needs only `lo` and `hi`, and at a million events the two or three objects per event
 * are a third of the heap.
 */
class NormalizedEvent implements TimelineEvent {
  declare id: string;
  declare index: number;
  declare title: LocalizedText;
  declare group: string;
  declare category: string;
  declare lo: number;
  declare hi: number;
  declare kind: 'point' | 'range';
  declare input: TimelineEventInput;
  /** The start: its plain ISO text, or the date read. */
  declare private s: string | DatePoint;
  declare private e: string | DatePoint | undefined;
  /** The fields most rows leave out (read through getters, see `RARE`). */
  declare private x: Rare;
  declare readonly summary: LocalizedText | undefined;
  declare readonly summaryHtml: LocalizedText | undefined;
  declare readonly tags: readonly string[];
  declare readonly actors: readonly string[];
  declare readonly url: string | undefined;
  declare readonly source: EventSource | undefined;
  declare readonly media: readonly MediaInput[];
  declare readonly displayDate: LocalizedText | undefined;
  declare readonly accent: string | undefined;

  get start(): DatePoint {
    const s = this.s;
    return typeof s === 'string' ? (this.s = parseFast(s)!) : s;
  }

  get end(): DatePoint | undefined {
    const e = this.e;
    return typeof e === 'string' ? (this.e = parseFast(e)!) : e;
  }

  /** Every field as plain data, for `JSON.stringify` (the dates and the rare fields are getters). */
  toJSON(): object {
    const { s: _s, e: _e, x, ...own } = this;
    return { ...own, ...x, start: this.start, end: this.end };
  }

  // Every field is set, in one order, so all events share one object shape; the row's fields are read in the order
  // they always were (summary, summaryHtml, group, category, tags, actors, source).
  constructor(id: string, index: number, row: object, title: LocalizedText, s: string | DatePoint, e: string | DatePoint | undefined, lo: number, hi: number, url: string | undefined, media: readonly MediaInput[], displayDate: LocalizedText | undefined, accent: string | undefined) {
    const summary = plainText(read(row, 'summary'));
    const summaryHtml = plainText(read(row, 'summaryHtml'));
    this.id = id;
    this.index = index;
    this.title = title;
    this.group = text(read(row, 'group')) ?? DEFAULT_GROUP;
    this.category = text(read(row, 'category')) ?? '';
    const tags = strings(read(row, 'tags'));
    const actors = strings(read(row, 'actors'));
    const source = plainSource(read(row, 'source'));
    this.lo = lo;
    this.hi = hi;
    this.kind = e === undefined && hi - lo <= 86_400_000 ? 'point' : 'range';
    this.input = row as TimelineEventInput;
    this.s = s;
    this.e = e;
    const none = !summary && !summaryHtml && tags === NONE && actors === NONE && !url && !source && media === NO_MEDIA && !displayDate && !accent;
    this.x = none ? NO_RARE : { summary, summaryHtml, tags, actors, url, source, media, displayDate, accent };
  }
}

/**
 * Fields most rows leave out: kept in one object per event that has any (rows with none share `NO_RARE`), read
 * through getters — at a million events, nine fields fewer on each is 36 MB of heap.
 */
const RARE = ['summary', 'summaryHtml', 'tags', 'actors', 'url', 'source', 'media', 'displayDate', 'accent'] as const;
type Rare = Pick<TimelineEvent, (typeof RARE)[number]>;
const NO_RARE: Rare = Object.freeze({ summary: undefined, summaryHtml: undefined, tags: NONE, actors: NONE, url: undefined, source: undefined, media: NO_MEDIA, displayDate: undefined, accent: undefined });
for (const key of RARE) Object.defineProperty(NormalizedEvent.prototype, key, { get(this: { x: Rare }) { return this.x[key]; } });

/** A plain ISO date's text, trimmed, when `scanFast` reads it (its bounds are then in `scanned`); else ''. */
function fastText(value: DateInput): string {
  if (typeof value !== 'string') return '';
  const s = value.trim();
  return scanFast(s) > 0 ? s : '';
}

const edtfOf = (date: string | DatePoint): string => (typeof date === 'string' ? date : date.edtf);

/**
 * The event a valid row becomes, or why the row cannot be drawn. Every field is read once, into plain values, so a
 * row whose fields throw, lie or change between reads (getters, Proxies, Symbols, BigInts, `{ toString: null }`,
 * null-prototype objects, cycles) is reported with the field named, and nothing of it reaches the drawing.
 */
function toEvent(row: unknown, index: number, seen: ReturnType<typeof idTable>, warnings: DataError[]): TimelineEvent | DataError {
  if (!row || typeof row !== 'object') return { index, reason: 'row is not an object' };
  const rawId = read(row, 'id');
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : typeof rawId === 'string' ? rawId.trim() : '';
  if (rawId === UNREADABLE) return failure(index, id, 'id could not be read');
  if (!id) return failure(index, id, rawId == null || rawId === '' ? 'missing id' : `id could not be read as text (${kindOf(rawId)})`);
  if (seen.has(id)) return failure(index, id, `duplicate id "${id}"`);
  const rawTitle = read(row, 'title');
  if (rawTitle === UNREADABLE) return failure(index, id, 'title could not be read');
  const title = plainText(rawTitle);
  if (!title) return failure(index, id, rawTitle == null || rawTitle === '' ? 'missing title' : `title could not be read as text (${kindOf(rawTitle)})`);
  const rawStart = plainDate(read(row, 'start'), 'start');
  if ('error' in rawStart) return failure(index, id, rawStart.error);
  const rawEnd = plainDate(read(row, 'end'), 'end');
  if ('error' in rawEnd) return failure(index, id, rawEnd.error);
  if (rawStart.value === undefined) return failure(index, id, 'missing start date');
  // A plain ISO date is read without making an object (see NormalizedEvent); anything else through parseEventDate.
  let start: string | DatePoint = fastText(rawStart.value);
  let end: string | DatePoint | undefined;
  let startMin = scanned.min, startMax = scanned.max, endMin = 0, endMax = 0;
  if (!start) {
    const parsed = parseEventDate(rawStart.value);
    if (!parsed.ok) return failure(index, id, `start: ${parsed.error}`);
    start = parsed.start;
    startMin = start.min;
    startMax = start.max;
    if (parsed.end) {
      end = parsed.end;
      endMin = end.min;
      endMax = end.max;
    }
  }
  if (rawEnd.value !== undefined) {
    if (end) return failure(index, id, 'start is an interval, so end must be left out');
    end = fastText(rawEnd.value);
    endMin = scanned.min;
    endMax = scanned.max;
    if (!end) {
      const parsedEnd = parseEventDate(rawEnd.value);
      if (!parsedEnd.ok) return failure(index, id, `end: ${parsedEnd.error}`);
      end = parsedEnd.end ?? parsedEnd.start;
      endMin = end.min;
      endMax = end.max;
    }
  }
  if (end !== undefined && endMin < startMin && endMax <= startMin) return failure(index, id, `end (${edtfOf(end)}) is before start (${edtfOf(start)})`);
  seen.add(id);
  const lo = startMin;
  const hi = Math.max(end !== undefined ? endMax : startMax, lo);
  const url = text(read(row, 'url'));
  // Rows without media, a display date or an accent (most rows) pay one property read for each, nothing more.
  const rawMedia = read(row, 'media');
  let media = NO_MEDIA;
  if (rawMedia === UNREADABLE) warnings.push(warning(index, id, 'media could not be read'));
  else if (rawMedia != null) {
    const list = readMediaList(rawMedia);
    if (list.media.length) media = list.media;
    for (const problem of list.problems) warnings.push(warning(index, id, problem));
  }
  const rawDisplayDate = read(row, 'displayDate');
  const displayDate = rawDisplayDate == null ? undefined : plainText(rawDisplayDate);
  if (rawDisplayDate != null && rawDisplayDate !== '' && !displayDate) warnings.push(warning(index, id, 'displayDate is not text (left out)'));
  const rawAccent = read(row, 'accent');
  const accent = typeof rawAccent === 'string' && isPlainColor(rawAccent.trim()) ? rawAccent.trim() : undefined;
  if (rawAccent != null && rawAccent !== '' && !accent) warnings.push(warning(index, id, 'accent is not a CSS colour (left out)'));
  return new NormalizedEvent(id, index, row, title, start, end, lo, hi, url || undefined, media, displayDate, accent);
}

/**
 * The ids seen so far: an open-addressing hash table (FNV-1a) of numbers into `ids`, sized for every row once, so it
 * never grows. At a million rows a `Set<string>` spent more time growing and hashing than everything else
 * `normalizeEvents` does per row.
 */
function idTable(rows: number): { has(id: string): boolean; add(id: string): void } {
  const ids: string[] = [];
  // 1 + the number of the id in `ids`, or 0 for a free slot; at most half of them taken.
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(rows * 2 + 16)));
  const mask = slots.length - 1;
  /** The slot holding `id`, or the free slot where it goes. */
  const find = (id: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = slots[i]!;
      if (!at || ids[at - 1] === id) return i;
    }
  };
  return { has: (id) => slots[find(id)]! > 0, add: (id) => void (slots[find(id)] = ids.push(id)) };
}

/**
 * Validates and normalises input rows. Never throws: rows that cannot be drawn (not an object, missing id or
 * title, unreadable date, end before start, duplicate id) are reported in `errors` and left out; every other row
 * becomes a `TimelineEvent`. What a shown row has that cannot be used (a media item without a usable url, an image
 * without alt text, an accent that is not a plain colour) is in `errors` too, flagged `warning: true`, in row order.
 * Events come back sorted by start, then end, then input order.
 */
export function normalizeEvents(rows: unknown): NormalizeResult {
  const events: TimelineEvent[] = [];
  const errors: DataError[] = [];
  let length: number;
  try {
    if (!Array.isArray(rows)) {
      if (rows != null) errors.push({ index: -1, reason: `events must be an array, got ${kindOf(rows)}` });
      return { events, errors };
    }
    length = rows.length;
  } catch {
    return { events, errors: [{ index: -1, reason: 'events could not be read' }] };
  }
  if (length > MAX_ROWS) return { events, errors: [{ index: -1, reason: `events has ${length} rows, more than the ${MAX_ROWS} a timeline reads` }] };
  const seen = idTable(length);
  for (let index = 0; index < length; index++) {
    let result: TimelineEvent | DataError;
    try {
      result = toEvent((rows as unknown[])[index], index, seen, errors);
    } catch {
      // Whatever else a hostile row does: it is reported, the others are read.
      result = { index, reason: 'row could not be read' };
    }
    if ('reason' in result) errors.push(result);
    else events.push(result);
  }
  return { events: sortByTime(events), errors };
}

/**
 * Sorts by start, then end, then input order, and keeps the keys as columns (`columnsOf`). Data that comes sorted
 * is only checked (O(n)); otherwise the starts are radix-sorted (stable, so equal starts keep input order) and
 * runs of equal starts then sorted by end.
 */
function sortByTime(events: TimelineEvent[]): TimelineEvent[] {
  const n = events.length;
  const c = gather(events);
  const { lo, hi } = c;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = lo[i - 1]! < lo[i]! || (lo[i - 1] === lo[i] && hi[i - 1]! <= hi[i]!);
  if (sorted) {
    COLUMNS.set(events, c);
    return events;
  }
  const order = sortOrder(lo, hi);
  const out = new Array<TimelineEvent>(n);
  const columns: EventColumns = { lo: new Float64Array(n), hi: new Float64Array(n), index: new Int32Array(n), group: new Int32Array(n), groups: c.groups };
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    out[p] = events[i]!;
    columns.lo[p] = lo[i]!;
    columns.hi[p] = hi[i]!;
    columns.index[p] = c.index[i]!;
    columns.group[p] = c.group[i]!;
  }
  COLUMNS.set(out, columns);
  return out;
}

/** From this many events on, `sortOrder` radix-sorts. */
export const RADIX_FROM = 20_000;

/**
 * The order (positions into `lo`) that sorts by `lo`, then `hi`, then position: an LSD radix sort of the starts'
 * IEEE bits in 16-bit digits (digits all keys share are skipped), then each run of equal starts by `hi`.
 */
export function sortOrder(lo: Float64Array, hi: Float64Array): Uint32Array {
  const n = lo.length;
  // Few events: a comparator sort is cheaper than the radix sort's four passes over 65,536 counts.
  if (n < RADIX_FROM) return Uint32Array.from(lo, (_, i) => i).sort((a, b) => lo[a]! - lo[b]! || hi[a]! - hi[b]! || a - b);
  // The bits of each start, turned so that unsigned order is numeric order (-0 counts as 0, as `<` has it).
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = lo[i]! + 0;
  // Little-endian (every platform a browser runs on): word 2i is the low half of key i, 2i + 1 the high half.
  const words = new Uint32Array(keys.buffer);
  for (let i = 1; i < 2 * n; i += 2) {
    const h = words[i]!;
    if (h & 0x80000000) {
      words[i] = ~h;
      words[i - 1] = ~words[i - 1]!;
    } else words[i] = h | 0x80000000;
  }
  let order = new Uint32Array(n), next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1, shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(words[2 * i + word]! >>> shift) & 0xffff]!++;
    if (n && counts[(words[word]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      next[counts[(words[2 * i + word]! >>> shift) & 0xffff]!++] = i;
    }
    [order, next] = [next, order];
  }
  // Equal starts: by end, then position (the radix sort kept their positions in order).
  for (let p = 0; p < n; ) {
    let q = p + 1;
    while (q < n && lo[order[q]!] === lo[order[p]!]) q++;
    if (q - p > 1) order.subarray(p, q).sort((a, b) => hi[a]! - hi[b]! || a - b);
    p = q;
  }
  return order;
}
