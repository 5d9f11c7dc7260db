/** Reference dates and EDTF string building: the small calendar arithmetic the rules share. */
import type { Precision } from '../model/types.js';
import type { ReferenceDate } from './types.js';
import { daysInMonth } from '../model/calendar.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Reads `'2025'`, `'2025-03'`, `'2025-03-26'` (or an ISO date-time) into a reference date; else undefined. */
export function parseReferenceDate(value: string | undefined): ReferenceDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ~?].*)?$/.exec(value?.trim() ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}


export function yearEdtf(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function monthEdtf(year: number, month: number): string {
  return `${yearEdtf(year)}-${pad(month)}`;
}

export function dayEdtf(year: number, month: number, day: number): string {
  return `${monthEdtf(year, month)}-${pad(day)}`;
}

/** `year`/`month` shifted by `delta` months. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** Day of the week, 0 = Sunday (UTC calendar, so no time zone can move it). */
export function weekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The date `delta` days from the given one. */
export function addDays(year: number, month: number, day: number, delta: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + delta));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The precision a reference date is known to. */
export function referencePrecision(ref: ReferenceDate): Extract<Precision, 'year' | 'month' | 'day'> {
  return ref.day !== undefined ? 'day' : ref.month !== undefined ? 'month' : 'year';
}

/** EDTF season numbers (21 spring … 24 winter) for a month, northern meteorological seasons. */
export function seasonOfMonth(year: number, month: number): { year: number; season: number } {
  if (month <= 2) return { year: year - 1, season: 24 };
  if (month === 12) return { year, season: 24 };
  return { year, season: 21 + Math.floor((month - 3) / 3) };
}
