import type { DatePoint, TimelineEvent } from './types.js';
import { civilFromMs, inDateRange, MS_PER_DAY } from './calendar.js';
import type { TimeZone } from './zone.js';
import { dateWords, type DateWords } from './date-words.js';

export { localize } from './localize.js';

/** A season's name (21–24 generic, 25–28 north, 29–32 south named like the northern one in the same months,
 * 33–36 quarters, 37–39 thirds, 40–41 halves); the thirds are month ranges written by `Intl` (`Jan – Apr`). */
function seasonName(season: number, lang: string): string {
  const index = season <= 28 ? (season - 21) % 4 : season <= 32 ? (season - 29 + 2) % 4 : season - 29;
  if (index >= 8 && index <= 10) {
    const month = (index - 8) * 4;
    return dateFormat(lang, { month: 'short' }).formatRange(new Date(Date.UTC(2000, month, 1)), new Date(Date.UTC(2000, month + 3, 1)));
  }
  return dateWords(lang).seasons[index > 10 ? index - 3 : index] ?? '';
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` in UTC, or in `zone`. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions, zone?: TimeZone): Intl.DateTimeFormat {
  const timeZone = zone?.id ?? 'UTC';
  const key = lang + timeZone + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { ...options, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone });
    }
    formatters.set(key, f);
  }
  return f;
}

// Languages whose long compact numbers read as a plain count before "years" ("13.8 billion years ago",
// "13,8 miliarda lat temu"). French, Spanish, Italian and Portuguese need a "de" between "milliards" and the noun,
// which Intl's relative format does not add, so they (and German, whose tests pin "Mrd.") get the short form.
const LONG_COMPACT = new Set(['en', 'nl', 'pl', 'sv', 'tr', 'uk', 'ar', 'he', 'zh', 'ja', 'ko']);

const deepTimeFormats = new Map<string, { count: Intl.NumberFormat; ago: Intl.RelativeTimeFormat }>();
const eraFormats = new Map<string, Intl.DateTimeFormat>();

/** `13.8 billion years ago`, `vor 13,8 Mrd. Jahren`, `138億 年前`: CLDR's "years ago" around a compact number. */
function yearsAgo(ago: number, lang: string): string {
  let f = deepTimeFormats.get(lang);
  if (!f) {
    const base = lang.split('-')[0]!.toLowerCase();
    const options: Intl.NumberFormatOptions = { notation: 'compact', compactDisplay: LONG_COMPACT.has(base) ? 'long' : 'short', maximumFractionDigits: 2 };
    try {
      f = { count: new Intl.NumberFormat(lang, options), ago: new Intl.RelativeTimeFormat(lang, { numeric: 'always' }) };
    } catch {
      f = { count: new Intl.NumberFormat('en', { ...options, compactDisplay: 'long' }), ago: new Intl.RelativeTimeFormat('en', { numeric: 'always' }) };
    }
    deepTimeFormats.set(lang, f);
  }
  // The number's parts carry `unit`; the compact number takes their place once.
  let text = '';
  let placed = false;
  for (const part of f.ago.formatToParts(-ago, 'year')) {
    if (!('unit' in part) || part.unit === undefined) text += part.value;
    else if (!placed) {
      text += f.count.format(ago);
      placed = true;
    }
  }
  return text;
}

/** `45 BC`, `45 v. Chr.`, `公元前45年`: Intl's era pattern for the language, with the year written by `count`. */
function yearBC(year: number, lang: string, count: Intl.NumberFormat): string {
  let f = eraFormats.get(lang);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { era: 'short', year: 'numeric', timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { era: 'short', year: 'numeric', timeZone: 'UTC' });
    }
    eraFormats.set(lang, f);
  }
  // Any year before 1 gives the pattern; the real one may lie beyond what a Date holds, so it is written apart.
  const sample = new Date(0);
  sample.setUTCFullYear(-44, 6, 1);
  return f
    .formatToParts(sample)
    .map((part) => (part.type === 'year' ? count.format(1 - year) : part.value))
    .join('');
}

/** A year for people: `2012`, `45 BC`, `2.5 million years ago`, `vor 13,8 Mrd. Jahren`, `il y a 13,8 Md ans`. */
export function formatYear(year: number, lang: string): string {
  if (year >= 1 && year < 10000) return String(year);
  if (year >= 10000) return dateWords(lang).farYear(new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(year));
  const ago = -year;
  if (ago >= 1e6) return yearsAgo(ago, lang);
  return yearBC(year, lang, new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));
}

/** Whether `Intl` can format this instant with a normal year (1–9999). */
function plainYear(ms: number): boolean {
  const { year } = civilFromMs(ms);
  return year >= 1 && year <= 9999;
}

function formatCore(p: DatePoint, lang: string, zone: TimeZone | undefined): string {
  const w = dateWords(lang);
  const { year } = civilFromMs(p.min);
  const d = new Date(p.min);
  // Beyond what a Date holds only the year can be written (Intl cannot format it).
  const precision = inDateRange(p.min) ? p.precision : 'year';
  switch (precision) {
    case 'billion-years':
    case 'million-years':
    case 'millennium':
    case 'year':
      // Intl writes a year alone as the language does (`2012`, `2012年`, `2012년`).
      return plainYear(p.min) ? dateFormat(lang, { year: 'numeric' }).format(d) : formatYear(year, lang);
    case 'century':
      return w.century(Math.floor(year / 100) + 1);
    case 'decade':
      return w.decade(year);
    case 'season':
      return w.season(seasonName(p.season ?? 21, lang), formatYear(year, lang));
    case 'month':
      return plainYear(p.min)
        ? dateFormat(lang, { month: 'long', year: 'numeric' }).format(d)
        : `${dateFormat(lang, { month: 'long' }).format(d)} ${formatYear(year, lang)}`;
    case 'day':
      return plainYear(p.min)
        ? dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(d)
        : `${dateFormat(lang, { day: 'numeric', month: 'long' }).format(d)} ${formatYear(year, lang)}`;
    default: {
      // An instant: in the zone, named by Intl's short name ("20:15 MEZ", "8:15 PM EST", "GMT+1"), which tells
      // summer from winter time — and so the two 02:30 of the night the clocks go back from each other.
      const withSeconds = p.precision === 'second' || p.precision === 'millisecond';
      const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) };
      return zone ? dateFormat(lang, { ...options, timeZoneName: 'short' }, zone).format(d) : `${dateFormat(lang, options).format(d)} UTC`;
    }
  }
}

/**
 * One date at its precision: `2012`, `April 2018`, `c. March 2025`, `Herbst 2025`, `2019?`. An instant (a time of
 * day) is written in `zone` (UTC when none) and names it; a date without a time is the same date in every zone.
 */
export function formatDatePoint(p: DatePoint, lang: string, zone?: TimeZone): string {
  let text = formatCore(p, lang, zone);
  if (p.approximate) text = dateWords(lang).approximate(text, p);
  if (p.uncertain) text += '?';
  return text;
}

/** The date line of an event: a point, or `start – end`, `since …`, `until …`. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end'>, lang: string, zone?: TimeZone): string {
  const { start, end } = event;
  if (!end) return formatDatePoint(start, lang, zone);
  if (end.open === 'after') return dateWords(lang).since(formatDatePoint(start, lang, zone), start);
  if (start.open === 'before') return dateWords(lang).until(formatDatePoint(end, lang, zone), end);
  return `${formatDatePoint(start, lang, zone)} – ${formatDatePoint(end, lang, zone)}`;
}

/** What the precision means, for the legend and screen readers. */
export function describePrecision(p: DatePoint, lang: string): string {
  const w = dateWords(lang);
  const parts: string[] = [];
  const known = w.known[p.precision as keyof DateWords['known']] as string | undefined;
  if (known) parts.push(known);
  if (p.approximate) parts.push(w.approximateWord);
  if (p.uncertain) parts.push(w.uncertainWord);
  return parts.join(w.comma);
}

/**
 * What is known of an event's dates, for screen readers and the card: a point's precision (`known to the month,
 * approximate`), or each end's for a range (`start known to the year, end known to the month`; `both ends known
 * to the year`). '' when everything is known to the day or finer.
 */
export function describeDates(event: Pick<TimelineEvent, 'start' | 'end'>, lang: string): string {
  const { start, end } = event;
  if (!end) return describePrecision(start, lang);
  // An open end says nothing about precision ("since 2012"): only the other end counts.
  if (end.open) return describePrecision(start, lang);
  if (start.open) return describePrecision(end, lang);
  const a = describePrecision(start, lang);
  const b = describePrecision(end, lang);
  if (!a && !b) return '';
  const w = dateWords(lang);
  return a === b ? w.bothEnds(a) : w.startEnd(a || w.exact, b || w.exact);
}

/** The unit a span of time is best written in: years over two years, months over two months, else days or hours. */
function spanPrecision(ms: number): 'year' | 'month' | 'day' | 'hour' {
  return ms > 2 * 365 * MS_PER_DAY ? 'year' : ms > 60 * MS_PER_DAY ? 'month' : ms > 2 * MS_PER_DAY ? 'day' : 'hour';
}

const SPAN_FORMAT: Record<'year' | 'month' | 'day' | 'hour', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  hour: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

/**
 * A stretch of time `[lo, hi)` in words, as finely as its length needs: `2016 – 2020`, `January – June 2021`,
 * `March 2 – 7, 2020`, `2.–7. März 2020` (Intl's range format, which leaves out what both ends share), in `zone`.
 */
export function formatSpan(lo: number, hi: number, lang: string, zone?: TimeZone): string {
  const last = Math.max(lo, hi - 1);
  const precision = spanPrecision(last - lo);
  const [wlo, wlast] = zone ? [zone.wall(lo), zone.wall(last)] : [lo, last];
  if (inDateRange(lo) && inDateRange(last) && plainYear(wlo) && plainYear(wlast)) {
    const hour = precision === 'hour';
    const f = dateFormat(lang, hour && zone ? { ...SPAN_FORMAT.hour, timeZoneName: 'short' } : SPAN_FORMAT[precision], zone);
    // Across a change of offset each end names its own (Intl's range names one zone for both).
    if (hour && zone && zone.offset(lo) !== zone.offset(last)) return `${f.format(lo)} – ${f.format(last)}`;
    const text = f.formatRange(new Date(lo), new Date(last));
    return hour && !zone ? `${text} UTC` : text;
  }
  const a = formatYear(civilFromMs(wlo).year, lang);
  const b = formatYear(civilFromMs(wlast).year, lang);
  return a === b ? a : `${a} – ${b}`;
}

/** An instant written as finely as a window of `span` ms needs: its year, month, day (in `zone`), or hour and minute. */
export function formatInstant(t: number, span: number, lang: string, zone?: TimeZone): string {
  const precision = spanPrecision(span);
  const min = precision === 'hour' || !zone ? t : zone.wall(t);
  return formatDatePoint({ min, max: min, precision, approximate: false, uncertain: false, edtf: '' }, lang, zone);
}
