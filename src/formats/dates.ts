import { daysInMonth } from '../model/calendar.js';
/**
 * Turning other tools' date fields into EDTF / ISO strings at the precision they were given. Pure.
 * Years are astronomical (year 0 = 1 BCE), as in TimelineJS (which uses `Date#setFullYear`) and EDTF.
 */

/** A date split into fields, as TimelineJS stores it. Any field may be a number or a numeric string. */
export interface DateFields {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
}

/** Either the string, or why there is none. */
export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** `'2012'`, `'-0044'`, `'Y-12000'` (EDTF needs the `Y` prefix beyond four digits). */
export function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}


/**
 * A field as an integer: `undefined` when absent or empty, `NaN` when not an integer. Strings may carry
 * thousands separators, as spreadsheets write them (`'12,000'`), like TimelineJS's own `clean_integer`.
 */
export function integerField(value: unknown): number | undefined {
  if (value == null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value !== 'string') return NaN;
  const cleaned = value.replace(/[\s,]+/g, '');
  if (cleaned === '') return undefined;
  return /^[-+]?\d+$/.test(cleaned) ? Number(cleaned) : NaN;
}

const LIMITS = {
  month: [1, 12],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
} as const;

/**
 * A TimelineJS-style date object as an EDTF string at the precision given: `{year: 2012}` → `'2012'`,
 * `{year: 2012, month: 4}` → `'2012-04'`, with `day` → `'2012-04-05'`, with `hour` → `'2012-04-05T10:30:00Z'`
 * (times are read as UTC; TimelineJS shows them in the viewer's zone). A finer field needs the coarser ones.
 * Beyond ±9999 EDTF has years only, so month and day are dropped there (TimelineJS's cosmological scale also
 * shows only years).
 */
export function edtfFromFields(date: unknown): DateResult {
  if (date == null || typeof date !== 'object') return { ok: false, reason: 'date is not an object' };
  const d = date as DateFields;
  const year = integerField(d.year);
  if (year === undefined) return { ok: false, reason: 'date has no year' };
  if (Number.isNaN(year) || !Number.isSafeInteger(year)) return { ok: false, reason: `invalid year "${String(d.year)}"` };
  const fields: Record<string, number | undefined> = {};
  for (const key of ['month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const value = integerField(d[key]);
    if (Number.isNaN(value)) return { ok: false, reason: `invalid ${key} "${String(d[key])}"` };
    fields[key] = value;
  }
  const { month, day, hour, minute, second, millisecond } = fields;
  for (const key of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = fields[key];
    const [lo, hi] = LIMITS[key];
    if (value !== undefined && (value < lo || value > hi)) return { ok: false, reason: `${key} ${value} out of range` };
  }
  if (Math.abs(year) > 9999) return { ok: true, value: edtfYear(year) };
  if (month === undefined) {
    return day === undefined && hour === undefined ? { ok: true, value: edtfYear(year) } : { ok: false, reason: 'day or time without month' };
  }
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, reason: `day ${day} out of range for ${edtfYear(year)}-${pad(month, 2)}` };
  }
  const ym = `${edtfYear(year)}-${pad(month, 2)}`;
  if (day === undefined) return hour === undefined ? { ok: true, value: ym } : { ok: false, reason: 'time without day' };
  const ymd = `${ym}-${pad(day, 2)}`;
  if (hour === undefined) {
    return minute === undefined && second === undefined ? { ok: true, value: ymd } : { ok: false, reason: 'minutes without hour' };
  }
  const ms = millisecond ? `.${pad(millisecond, 3)}` : '';
  return { ok: true, value: `${ymd}T${pad(hour, 2)}:${pad(minute ?? 0, 2)}:${pad(second ?? 0, 2)}${ms}Z` };
}

/**
 * A time of day as spreadsheets write it (`'10:30'`, `'10:30:15.5'`, `'1030'`, `'2:05 PM'`), the way
 * TimelineJS's `parseTime` reads it.
 */
export function parseTimeOfDay(text: string): { hour: number; minute?: number; second?: number; millisecond?: number } | undefined {
  let s = text.trim();
  const period = /\s*([ap])\.?m\.?\s*$/i.exec(s);
  if (period) s = s.slice(0, period.index).trim();
  const m = /^(\d{1,2})(\d{2})$/.exec(s) ?? /^(\d{1,2})(?:[:.](\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,3}))?)?)?$/.exec(s);
  if (!m) return undefined;
  let hour = Number(m[1]);
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = period[1].toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const minute = m[2] === undefined ? undefined : Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  const millisecond = m[4] === undefined ? undefined : Number(m[4].padEnd(3, '0'));
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return { hour, minute, second, millisecond };
}

/** An instant as ISO 8601, without `.000` when the milliseconds are zero. */
export function isoInstant(ms: number): string | undefined {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

const EDTF_LIKE = /^(?:Y-?\d{5,}|-?\d{4}(?:-\d{2}(?:-\d{2})?)?)$/;
const ISO_DATE_TIME = /^(-?\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const ASP_NET_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;

/**
 * A vis-timeline date (`Date`, epoch ms, or string) as a string for `TimelineEventInput`. Date-only and
 * year(-month) strings keep their precision (`'2014-04-20'` stays a day); date-times become ISO 8601 with `T`
 * and keep their zone (none means local time, as moment.js reads it); other strings go through `Date.parse`.
 */
export function dateInputToString(value: unknown): DateResult {
  if (value instanceof Date || (typeof value === 'object' && value !== null && typeof (value as Date).toISOString === 'function')) {
    const iso = isoInstant((value as Date).getTime());
    return iso ? { ok: true, value: iso } : { ok: false, reason: 'invalid Date' };
  }
  if (typeof value === 'number') {
    const iso = Number.isFinite(value) ? isoInstant(value) : undefined;
    return iso ? { ok: true, value: iso } : { ok: false, reason: `invalid timestamp ${value}` };
  }
  if (typeof value !== 'string') return { ok: false, reason: value == null ? 'missing date' : 'date is not a string, number or Date' };
  const s = value.trim();
  if (!s) return { ok: false, reason: 'missing date' };
  if (EDTF_LIKE.test(s)) return checkCalendarDate(s);
  const iso = ISO_DATE_TIME.exec(s);
  if (iso) {
    const date = checkCalendarDate(iso[1]);
    if (!date.ok) return date;
    // `toJSON()` writes `.000` on every Date; it says nothing about precision.
    const time = iso[2].length === 5 ? `${iso[2]}:00` : iso[2].replace(/\.0+$/, '');
    return { ok: true, value: `${iso[1]}T${time}${iso[3] ? iso[3].toUpperCase() : ''}` };
  }
  const asp = ASP_NET_DATE.exec(s);
  if (asp) return dateInputToString(Number(asp[1]));
  if (/^-?\d+$/.test(s)) return { ok: false, reason: `ambiguous numeric date "${s}"` };
  const parsed = Date.parse(s);
  const out = Number.isNaN(parsed) ? undefined : isoInstant(parsed);
  return out ? { ok: true, value: out } : { ok: false, reason: `unreadable date "${s}"` };
}

function checkCalendarDate(s: string): DateResult {
  const m = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return { ok: true, value: s };
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `month out of range in "${s}"` };
  if (m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > daysInMonth(year, month))) {
    return { ok: false, reason: `day out of range in "${s}"` };
  }
  return { ok: true, value: s };
}
