import edtf, { parse as parseEDTF } from 'edtf';
import type { DateInput, DatePoint, Precision } from './types.js';
import { MS_PER_DAY, msFromParts } from './calendar.js';

export type ParseResult = { ok: true; start: DatePoint; end?: DatePoint } | { ok: false; error: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** A bare signed integer of five or more digits is a year in deep time (`-13800000000`); EDTF spells it `Y…`. */
const LONG_YEAR = /^[+-]?\d{5,}$/;

function point(min: number, max: number, precision: Precision, edtfString: string, approximate = false, uncertain = false, season?: number): DatePoint {
  // One object shape for every date keeps the hot path monomorphic.
  return { min, max, precision, approximate, uncertain, open: undefined, edtf: edtfString, season };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * Plain ISO 8601 shapes (EDTF level 0 without qualifiers) — by far the most common input — are read
 * directly; everything else goes through the `edtf` parser. The test suite checks that both agree.
 */
function parseFast(s: string): DatePoint | undefined | null {
  const n = s.length;
  let m = n === 4 ? YEAR.exec(s) : null;
  if (m) {
    const y = +m[1]!;
    return point(msFromParts(y), msFromParts(y + 1), 'year', s);
  }
  if (n === 7 && (m = MONTH.exec(s))) {
    const y = +m[1]!, mo = +m[2]!;
    return point(msFromParts(y, mo), msFromParts(y, mo + 1), 'month', s);
  }
  if (n === 10 && (m = DAY.exec(s))) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (d > daysInMonth(y, mo)) return null;
    const min = msFromParts(y, mo, d);
    return point(min, min + MS_PER_DAY, 'day', s);
  }
  if (n > 15 && (m = DATE_TIME.exec(s))) {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (d > daysInMonth(y, mo)) return null;
    const zone = m[8];
    let offset = 0;
    if (zone && zone !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offset = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
    }
    const ms = m[7] ? +m[7].padEnd(3, '0') : 0;
    const t = msFromParts(y, mo, d, +m[4]!, +m[5]!, m[6] ? +m[6] : 0, ms) - offset;
    const precision: Precision = m[7] ? 'millisecond' : m[6] ? 'second' : 'minute';
    return point(t, t, precision, s);
  }
  return undefined;
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
      const value = edtf(source) as unknown as { min: number; max: number };
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
      const value = edtf(source) as unknown as { min: number; max: number };
      return point(value.min, value.max + 1, node.type === 'Decade' ? 'decade' : 'century', source, a, u);
    }
    default:
      throw new Error(`EDTF ${node.type} values are not supported as event dates`);
  }
}

function describe(input: unknown): string {
  return typeof input === 'string' ? `"${input}"` : String(input);
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
