import { Century, Date as EdtfDate, Decade, parse as parseEDTF } from 'edtf';
import type { DateInput, DatePoint, Precision } from './types.js';
import { MS_PER_DAY, daysInMonth, inTimeBase, MAX_YEAR, msFromParts } from './calendar.js';

export type ParseResult = { ok: true; start: DatePoint; end?: DatePoint } | { ok: false; error: string };

/** A bare signed integer of five or more digits is a year in deep time (`-13800000000`); EDTF spells it `Y…`. */
const LONG_YEAR = /^[+-]?\d{5,}$/;

function point(min: number, max: number, precision: Precision, edtfString: string, approximate = false, uncertain = false, season?: number): DatePoint {
  // One object shape for every date keeps the hot path monomorphic.
  return { min, max, precision, approximate, uncertain, open: undefined, edtf: edtfString, season };
}


/** Value of the `count` ASCII digits of `s` from `at`, or -1 when one of them is not a digit. */
function digits(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48; // NaN past the end
    if (!(c >= 0 && c <= 9)) return -1;
    value = value * 10 + c;
  }
  return value;
}

/** What the last `scanFast` that returned 1 read: the bounds and precision of a plain ISO date. */
export const scanned = { min: 0, max: 0, precision: 'year' as Precision };

/**
 * Plain ISO 8601 shapes (EDTF level 0 without qualifiers) — by far the most common input — are read
 * directly, character by character (no regular expression, no substrings, no object: at a million events the
 * allocations cost more than the parsing); everything else goes through the `edtf` parser. The shapes are
 * `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYY-MM-DD[T ]hh:mm[:ss[.fff…]][Z|±hh[:]mm]`; a test checks this
 * reader against the equivalent regular expressions on random near-miss strings, and against `edtf`.
 * Returns 1 with the result in `scanned`, 0 for other shapes and -1 for a well-formed day that does not exist (Feb 30).
 */
export function scanFast(s: string): 1 | 0 | -1 {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10 && n <= 15) return 0;
  const y = digits(s, 0, 4);
  if (y < 0) return 0;
  if (n === 4) return found(msFromParts(y), msFromParts(y + 1), 'year');
  if (s.charCodeAt(4) !== 45 /* - */) return 0;
  const mo = digits(s, 5, 2);
  if (mo < 1 || mo > 12) return 0;
  if (n === 7) return found(msFromParts(y, mo), msFromParts(y, mo + 1), 'month');
  if (s.charCodeAt(7) !== 45) return 0;
  const d = digits(s, 8, 2);
  if (d < 1 || d > 31) return 0;
  if (n === 10) {
    if (d > daysInMonth(y, mo)) return -1;
    const min = msFromParts(y, mo, d);
    return found(min, min + MS_PER_DAY, 'day');
  }
  const sep = s.charCodeAt(10);
  if (sep !== 84 /* T */ && sep !== 32 /* space */) return 0;
  const h = digits(s, 11, 2);
  const mi = s.charCodeAt(13) === 58 /* : */ ? digits(s, 14, 2) : -1;
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return 0;
  let i = 16;
  let sec = -1;
  let ms = 0;
  let precision: Precision = 'minute';
  if (s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 59) return 0;
    i += 3;
    precision = 'second';
    if (s.charCodeAt(i) === 46 /* . */) {
      // One to three digits count (as ms); more are allowed and ignored.
      let count = 0;
      i++;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
        if (count < 3) ms = ms * 10 + (s.charCodeAt(i) - 48);
        count++;
        i++;
      }
      if (count === 0) return 0;
      for (let k = Math.min(count, 3); k < 3; k++) ms *= 10;
      precision = 'millisecond';
    }
  }
  let offset = 0;
  if (i < n) {
    const z = s.charCodeAt(i);
    if (z === 90 /* Z */) {
      if (i + 1 !== n) return 0;
    } else if (z === 43 /* + */ || z === 45 /* - */) {
      const oh = digits(s, i + 1, 2);
      const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
      const om = digits(s, i + 3 + colon, 2);
      if (oh < 0 || om < 0 || i + 5 + colon !== n) return 0;
      offset = (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else return 0;
  }
  if (d > daysInMonth(y, mo)) return -1;
  const t = msFromParts(y, mo, d, h, mi, sec < 0 ? 0 : sec, ms) - offset;
  return found(t, t, precision);
}

function found(min: number, max: number, precision: Precision): 1 {
  scanned.min = min;
  scanned.max = max;
  scanned.precision = precision;
  return 1;
}

/** `scanFast` as a date: `undefined` for other shapes, `null` for a day that does not exist. */
export function parseFast(s: string): DatePoint | undefined | null {
  const r = scanFast(s);
  return r > 0 ? point(scanned.min, scanned.max, scanned.precision, s) : r < 0 ? null : undefined;
}

/**
 * Seasons as drawn on the axis. EDTF numbers 21–24 (spring…winter) and 25–28 (northern hemisphere) are
 * meteorological seasons in the north (spring = March–May); 29–32 are the southern ones; 33–36 quarters,
 * 37–39 quadrimesters, 40–41 semesters. `[first month, number of months]`.
 */
const SEASONS: Record<number, [number, number]> = {
  21: [3, 3], 22: [6, 3], 23: [9, 3], 24: [12, 3],
  25: [3, 3], 26: [6, 3], 27: [9, 3], 28: [12, 3],
  29: [9, 3], 30: [12, 3], 31: [3, 3], 32: [6, 3],
  33: [1, 3], 34: [4, 3], 35: [7, 3], 36: [10, 3],
  37: [1, 4], 38: [5, 4], 39: [9, 4],
  40: [1, 6], 41: [7, 6],
};

interface EdtfNode {
  type: string;
  values: (number | EdtfNode | null)[];
  approximate?: boolean | number;
  uncertain?: boolean | number;
  unspecified?: number;
  significant?: number;
}

/**
 * What `edtf(source)` gives for the three kinds of value read through it here, built from the classes themselves:
 * `edtf()` looks its class up by name among all of them, so a bundle that calls it carries seasons, intervals,
 * lists and sets it never builds (≈ 1.5 kB gzip).
 */
const EDTF_CLASSES: Record<string, typeof EdtfDate> = { Date: EdtfDate, Decade, Century };
function edtfValue(source: string): { min: number; max: number } {
  if (/^\d{5,}$/.test(source)) return new EdtfDate(Number(source));
  const node = parseEDTF(source) as EdtfNode;
  const Class = EDTF_CLASSES[node.type];
  if (!Class) throw new Error(`EDTF ${node.type} values are not supported as event dates`);
  return new Class(node);
}

const PRECISION_BY_LENGTH: Precision[] = ['year', 'year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];

function fromNode(node: EdtfNode, source: string): DatePoint {
  const a = !!node.approximate, u = !!node.uncertain;
  const nums = node.values as number[];
  switch (node.type) {
    case 'Year': {
      const y = nums[0]!;
      return point(msFromParts(y), msFromParts(y + 1), 'year', source, a, u);
    }
    case 'Season': {
      const [y, s] = nums as [number, number];
      const [first, months] = SEASONS[s]!;
      return point(msFromParts(y, first), msFromParts(y, first + months), 'season', source, a, u, s);
    }
    case 'Date': {
      // edtf computes bounds for unspecified digits (`201X`, `2019-XX`); max is inclusive there.
      const value = edtfValue(source);
      const x = node.unspecified ?? 0;
      let precision = PRECISION_BY_LENGTH[nums.length] ?? 'millisecond';
      if (x & 0b1100) precision = x & 0b0100 ? 'century' : 'decade';
      else if (x & 0b110000) precision = 'year';
      else if (x & 0b11000000) precision = 'month';
      const instant = nums.length > 3;
      return point(value.min, instant ? value.min : value.max + 1, precision, source, a, u);
    }
    case 'Decade':
    case 'Century': {
      const value = edtfValue(source);
      return point(value.min, value.max + 1, node.type === 'Decade' ? 'decade' : 'century', source, a, u);
    }
    default:
      throw new Error(`EDTF ${node.type} values are not supported as event dates`);
  }
}

/** A value for an error message, without calling anything on it (a hostile object's `toString` may throw). */
function describe(input: unknown): string {
  if (typeof input === 'string') return `"${input.length > 60 ? `${input.slice(0, 60)}…` : input}"`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return input === null ? 'null' : typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** The EDTF text of one end of an interval string (`'2012/2014-06'` → `'2012'`). */
function intervalPart(s: string, index: 0 | 1): string {
  return s.split('/')[index] ?? '';
}

function fromInstant(t: number): DatePoint {
  const d = new Date(t);
  const precision: Precision = d.getUTCMilliseconds()
    ? 'millisecond'
    : d.getUTCSeconds()
      ? 'second'
      : d.getUTCHours() || d.getUTCMinutes()
        ? 'minute'
        : 'day';
  return point(t, t, precision, d.toISOString());
}

/**
 * Reads an event date: EDTF (ISO 8601-2) strings — `'2012'`, `'2018-04'`, `'2025-03-26'`, `'2025-23'`,
 * `'2025-03~'`, `'2019?'`, `'2012/2014-06'`, `'Y-13800000000'` (or `'-13800000000'`) — ISO date-times
 * (UTC when no zone is given), `Date`s and epoch milliseconds. Never throws.
 */
export function parseEventDate(input: DateInput | null | undefined): ParseResult {
  let result: ParseResult;
  try {
    result = readDate(input);
  } catch {
    return { ok: false, error: `cannot read date ${describe(input)}` };
  }
  if (!result.ok) return result;
  // Within the time base, or not a date at all: an absurd year must not leave the view blank.
  const ends = [result.start, result.end].filter((p): p is DatePoint => !!p);
  for (const p of ends) {
    if (!inTimeBase(p.min) || !inTimeBase(p.max)) {
      return { ok: false, error: `date ${describe(input)} is beyond ±10^${Math.log10(MAX_YEAR)} years, what the time base holds` };
    }
  }
  return result;
}

function readDate(input: DateInput | null | undefined): ParseResult {
  if (input == null || input === '') return { ok: false, error: 'missing date' };
  if (input instanceof Date || typeof input === 'number') {
    const t = typeof input === 'number' ? input : input.getTime();
    if (!Number.isFinite(t)) return { ok: false, error: `invalid date ${describe(input)}` };
    if (Math.abs(t) > 8.64e15) return { ok: false, error: `date ${t} is outside the range of a JavaScript Date; use an EDTF year such as "Y-13800000000"` };
    return { ok: true, start: fromInstant(t) };
  }
  if (typeof input !== 'string') return { ok: false, error: `unsupported date value ${describe(input)}` };
  const s = input.trim();
  const fast = parseFast(s);
  if (fast) return { ok: true, start: fast };
  if (fast === null) return { ok: false, error: `no such day: "${s}"` };
  const text = LONG_YEAR.test(s) ? `Y${s.replace(/^\+/, '')}` : s.replace(/^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)$/, '$1T$2Z');
  try {
    const node = parseEDTF(text) as unknown as EdtfNode;
    if (node.type === 'Interval') {
      // Open (`..`) and unknown (empty) ends come back as Infinity or undefined, not as nodes.
      const [a, b] = (node.values as unknown[]).map((v) => (v && typeof v === 'object' ? (v as EdtfNode) : null));
      if (!a && !b) return { ok: false, error: `interval ${describe(s)} has no known end` };
      const start = a ? fromNode(a, intervalPart(text, 0)) : undefined;
      const end = b ? fromNode(b, intervalPart(text, 1)) : undefined;
      if (start && end) return { ok: true, start, end };
      // An open or unknown end (`2012/..`, `../2020`) is drawn at the known end, marked open.
      if (start) return { ok: true, start, end: { ...start, open: 'after', edtf: '..' } };
      return { ok: true, start: { ...end!, open: 'before', edtf: '..' }, end: end! };
    }
    return { ok: true, start: fromNode(node, text) };
  } catch (e) {
    const detail = e instanceof Error && /not supported/.test(e.message) ? `: ${e.message}` : '';
    return {
      ok: false,
      error: `cannot read date ${describe(s)}${detail} (expected EDTF such as "2018-04", "2025-23", "2019?" or "2012/2014")`,
    };
  }
}
