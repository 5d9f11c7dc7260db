/**
 * Context layers, validated: eras (spans drawn behind the lanes), markers (reference lines) and the options of a
 * lane (`GroupInput`). Pure, no DOM. Like `normalizeEvents`, nothing here throws: each row is read once, into plain
 * values, and a row that cannot be used is reported with why, while the others are kept.
 */
import type { DataError, DateInput, DatePoint, EraInput, LocalizedText, MarkerInput } from './types.js';
import { PRECISIONS } from './types.js';
export { plainColor } from './color.js';
import { parseEventDate } from './date.js';
import { plainColor } from './color.js';
import { kindOf, NOT_BLANK, plainText, read, UNREADABLE } from './read.js';

export interface Era {
  id: string;
  /** Input index. */
  index: number;
  title: LocalizedText;
  start: DatePoint;
  end: DatePoint;
  /** Earliest and latest instant the era may cover: `start.min`, `end.max`. */
  lo: number;
  hi: number;
  /** The part surely inside the era: `start.max` … `end.min` (`coreHi <= coreLo` when nothing is sure). */
  coreLo: number;
  coreHi: number;
  color?: string;
  group?: string;
  input: EraInput;
}

export interface Marker {
  id: string;
  index: number;
  title: LocalizedText;
  at: DatePoint;
  /** Where the line is drawn: the middle of `at`'s interval for a coarse date, `at.min` for a day or finer. */
  t: number;
  /** Extent of `at`. */
  lo: number;
  hi: number;
  input: MarkerInput;
}

export interface GroupOption {
  id: string;
  title?: LocalizedText;
  order?: number;
  color?: string;
  collapsed: boolean;
  index: number;
}

type Layer = 'eras' | 'markers' | 'groups';

/** Most rows a layer reads: context is a handful of spans and lines; past this the rest is reported, not read. */
export const MAX_CONTEXT_ROWS = 10_000;
const MAX_DATE_TEXT = 200;
const DAY = PRECISIONS.indexOf('day');



/** A date field (text, a number or a real `Date`), parsed; an interval is kept whole (`end` set); `undefined` when empty. */
function dateField(row: object, field: string): { start: DatePoint; end?: DatePoint } | { error: string } | undefined {
  const value = read(row, field);
  if (value === UNREADABLE) return { error: `${field} could not be read` };
  if (value == null || value === '') return undefined;
  let input: DateInput | undefined = typeof value === 'string' || typeof value === 'number' ? value : undefined;
  if (typeof value === 'string' && value.length > MAX_DATE_TEXT) return { error: `${field} is ${value.length} characters long, too long for a date` };
  if (value && typeof value === 'object') {
    try {
      // A real Date (from any realm) has a time; anything else, a Proxy of one included, throws.
      input = Date.prototype.getTime.call(value);
    } catch {
      input = undefined;
    }
  }
  if (input === undefined) return { error: `${field} could not be read as a date (${kindOf(value)}; expected EDTF text, a Date or epoch ms)` };
  const parsed = parseEventDate(input);
  return parsed.ok ? parsed : { error: `${field}: ${parsed.error}` };
}

type Fail = (reason: string) => DataError;
type Reader<T> = (row: object, index: number, id: string, fail: Fail) => T | DataError;
/** How a row's id is read: trimmed, with `<name>-<n>` for a missing one; or exactly as given (a lane's `group`). */
type IdMode = 'generate' | 'exact';

const isError = (x: unknown): x is DataError => typeof x === 'object' && x !== null && 'reason' in x;

/** One row: its id (unique in `seen`), then the rest through `toItem`. */
function readRow<T extends { id: string }>(row: unknown, index: number, name: string, mode: IdMode, seen: Set<string>, toItem: Reader<T>, layer: Layer): T | DataError {
  let id = '';
  const fail: Fail = (reason) => ({ ...(id ? { index, id } : { index }), reason: `${name} ${id ? `"${id}"` : `at index ${index}`}: ${reason}`, layer });
  if (!row || typeof row !== 'object') return fail(`row is not an object (${kindOf(row)})`);
  const rawId = read(row, 'id');
  if (rawId === UNREADABLE) return fail('id could not be read');
  if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  else if (typeof rawId === 'string') id = mode === 'exact' ? (NOT_BLANK.test(rawId) ? rawId : '') : rawId.trim();
  else if (rawId != null) return fail(`id could not be read as text (${kindOf(rawId)})`);
  if (!id) {
    if (mode === 'exact') return fail('missing id');
    id = `${name}-${index + 1}`;
  }
  if (seen.has(id)) return fail(`duplicate id "${id}"`);
  const item = toItem(row, index, id, fail);
  if (!isError(item)) seen.add(id);
  return item;
}

/** Every row of a layer, each failure reported; never throws. */
function readLayer<T extends { id: string }>(rows: unknown, layer: Layer, name: string, mode: IdMode, toItem: Reader<T>): { items: T[]; errors: DataError[] } {
  const items: T[] = [];
  const errors: DataError[] = [];
  let length: number;
  try {
    if (!Array.isArray(rows)) return { items, errors: [{ index: -1, reason: `${layer} must be an array, got ${kindOf(rows)}`, layer }] };
    length = rows.length;
  } catch {
    return { items, errors: [{ index: -1, reason: `${layer} could not be read`, layer }] };
  }
  const seen = new Set<string>();
  for (let index = 0; index < Math.min(length, MAX_CONTEXT_ROWS); index++) {
    let result: T | DataError;
    try {
      result = readRow((rows as unknown[])[index], index, name, mode, seen, toItem, layer);
    } catch {
      // Whatever else a hostile row does: it is reported, the others are read.
      result = { index, reason: `${name} at index ${index}: row could not be read`, layer };
    }
    if (isError(result)) errors.push(result);
    else items.push(result);
  }
  if (length > MAX_CONTEXT_ROWS) {
    const reason = `${layer} has ${length} rows, more than the ${MAX_CONTEXT_ROWS} read: the last ${length - MAX_CONTEXT_ROWS} are left out`;
    errors.push({ index: MAX_CONTEXT_ROWS, reason, layer });
  }
  return { items, errors };
}

/** Wrapped, so that a language map with a `reason` key is not taken for an error. */
function titleOf(row: object, fail: Fail): { title: LocalizedText } | DataError {
  const raw = read(row, 'title');
  if (raw === UNREADABLE) return fail('title could not be read');
  const title = plainText(raw);
  return title ? { title } : fail(raw == null || raw === '' || typeof raw === 'string' ? 'missing title' : `title could not be read as text (${kindOf(raw)})`);
}

const toEra: Reader<Era> = (row, index, id, fail) => {
  const named = titleOf(row, fail);
  if (isError(named)) return named;
  const { title } = named;
  const start = dateField(row, 'start');
  if (start && 'error' in start) return fail(start.error);
  const given = dateField(row, 'end');
  if (given && 'error' in given) return fail(given.error);
  if (!start) return fail('missing start date');
  if (start.end && given) return fail('start is an interval, so end must be left out');
  const end = start.end ?? (given && (given.end ?? given.start));
  if (!end) return fail('missing end date (or give start as an interval, such as "1914/1918")');
  if (end.min < start.start.min && end.max <= start.start.min) return fail(`end (${end.edtf}) is before start (${start.start.edtf})`);
  if (end.max <= start.start.min) return fail('starts and ends at the same instant');
  const group = read(row, 'group');
  return {
    id,
    index,
    title,
    start: start.start,
    end,
    lo: start.start.min,
    hi: end.max,
    coreLo: start.start.max,
    coreHi: end.min,
    color: plainColor(read(row, 'color')),
    group: typeof group === 'string' ? group : undefined,
    input: row as EraInput,
  };
};

const toMarker: Reader<Marker> = (row, index, id, fail) => {
  const named = titleOf(row, fail);
  if (isError(named)) return named;
  const { title } = named;
  const at = dateField(row, 'at');
  if (!at) return fail('missing date (at)');
  if ('error' in at) return fail(at.error);
  if (at.end) return fail('at is an interval; a marker stands at one date');
  const p = at.start;
  const t = PRECISIONS.indexOf(p.precision) >= DAY ? p.min : p.min + (p.max - p.min) / 2;
  return { id, index, title, at: p, t, lo: p.min, hi: p.max, input: row as MarkerInput };
};

const toGroup: Reader<GroupOption> = (row, index, id) => {
  const order = read(row, 'order');
  const collapsed = read(row, 'collapsed');
  return {
    id,
    title: plainText(read(row, 'title')),
    order: typeof order === 'number' && Number.isFinite(order) ? order : undefined,
    color: plainColor(read(row, 'color')),
    collapsed: collapsed === true || collapsed === 'true',
    index,
  };
};

/** Eras sorted by `lo`, then longest first, then input order. */
export function normalizeEras(rows: unknown): { eras: Era[]; errors: DataError[] } {
  const { items, errors } = readLayer(rows, 'eras', 'era', 'generate', toEra);
  return { eras: items.sort((a, b) => a.lo - b.lo || b.hi - a.hi || a.index - b.index), errors };
}

/** Markers sorted by `t`, then input order. */
export function normalizeMarkers(rows: unknown): { markers: Marker[]; errors: DataError[] } {
  const { items, errors } = readLayer(rows, 'markers', 'marker', 'generate', toMarker);
  return { markers: items.sort((a, b) => a.t - b.t || a.index - b.index), errors };
}

/** Lane options in input order; an `id` is required (a lane is named by the `group` of its events). */
export function normalizeGroups(rows: unknown): { groups: GroupOption[]; errors: DataError[] } {
  const { items, errors } = readLayer(rows, 'groups', 'group', 'exact', toGroup);
  return { groups: items, errors };
}

/** A bound known to a year or coarser, or marked `~`/`?`, or open: drawn fading. */
export function isSoft(p: DatePoint): boolean {
  return p.approximate || p.uncertain || !!p.open || PRECISIONS.indexOf(p.precision) <= PRECISIONS.indexOf('year');
}
