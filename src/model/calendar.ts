/**
 * Proleptic Gregorian calendar arithmetic on plain numbers, so that years far outside the range of a
 * JavaScript `Date` (±275,760 years) still map to a time axis. Times are ms since 1970-01-01T00:00Z.
 * Algorithms after Howard Hinnant's `days_from_civil` / `civil_from_days`, which are exact for any
 * integer year a double can hold.
 */

export const MS_PER_DAY = 86_400_000;
/** The span a JavaScript `Date` can represent, either side of the epoch. */
export const MAX_DATE_MS = 8.64e15;

/** Days since 1970-01-01 for year `y`, month `m` (1–12), day `d` (1–31). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `daysFromCivil`. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Calendar date of the day an instant (ms) falls on. */
export function civilFromMs(ms: number): { year: number; month: number; day: number } {
  return civilFromDays(Math.floor(ms / MS_PER_DAY));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `month` (1–12) of proleptic Gregorian year `year` (any integer, year 0 is a leap year). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Start of a calendar moment in ms. `month` is 1–12; any component may overflow (month 13 → next year). */
export function msFromParts(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return daysFromCivil(y, m, 1) * MS_PER_DAY + (day - 1) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
}

/** Whether `ms` can be turned into a valid `Date`. */
export function inDateRange(ms: number): boolean {
  return Math.abs(ms) <= MAX_DATE_MS;
}

/**
 * The time base's bound: years from −10^15 to +10^15 (about 70,000 times the age of the universe either way).
 * Within it every year boundary is a distinct, ordered number of ms (a double's resolution there is under two
 * months), so scales, ticks and zoom limits still work; beyond it a date is a data error, not a blank view.
 */
export const MAX_YEAR = 1e15;
/** The start of year −`MAX_YEAR` and the end of year `MAX_YEAR`, in ms: dates are read within them. */
export const MIN_TIME = daysFromCivil(-MAX_YEAR, 1, 1) * MS_PER_DAY;
export const MAX_TIME = daysFromCivil(MAX_YEAR + 1, 1, 1) * MS_PER_DAY;

/** Whether an instant lies within the time base's bound (finite, and within ±10^15 years). */
export function inTimeBase(ms: number): boolean {
  return ms >= MIN_TIME && ms <= MAX_TIME;
}
