import type { DatePoint, TimelineEvent } from './types.js';
import { civilFromMs, inDateRange, MS_PER_DAY } from './calendar.js';

export { localize } from './localize.js';

/** `'de'` or `'en'`: the languages this package has words for. Dates and numbers use any language `Intl` knows. */
export function messageLang(lang: string): 'de' | 'en' {
  return lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

const SEASON_NAMES = {
  en: ['spring', 'summer', 'autumn', 'winter', 'Q1', 'Q2', 'Q3', 'Q4', 'Jan–Apr', 'May–Aug', 'Sep–Dec', '1st half', '2nd half'],
  de: ['Frühling', 'Sommer', 'Herbst', 'Winter', 'Q1', 'Q2', 'Q3', 'Q4', 'Jan.–Apr.', 'Mai–Aug.', 'Sep.–Dez.', '1. Halbjahr', '2. Halbjahr'],
} as const;

function seasonName(season: number, lang: 'de' | 'en'): string {
  // 21–24 generic, 25–28 north, 29–32 south (named like the northern one in the same months).
  const index = season <= 28 ? (season - 21) % 4 : season <= 32 ? (season - 29 + 2) % 4 : season - 29;
  const name = SEASON_NAMES[lang][index] ?? '';
  return lang === 'en' && index < 4 ? name[0]!.toUpperCase() + name.slice(1) : name;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` in UTC. */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
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
  const l = messageLang(lang);
  const nf = (v: number, digits = 0) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(v);
  if (year >= 1 && year < 10000) return String(year);
  if (year >= 10000) return l === 'de' ? `Jahr ${nf(year)}` : `year ${nf(year)}`;
  const ago = -year;
  if (ago >= 1e6) return yearsAgo(ago, lang);
  return yearBC(year, lang, new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));
}

/** Whether `Intl` can format this instant with a normal year (1–9999). */
function plainYear(ms: number): boolean {
  const { year } = civilFromMs(ms);
  return year >= 1 && year <= 9999;
}

function formatCore(p: DatePoint, lang: string): string {
  const l = messageLang(lang);
  const { year } = civilFromMs(p.min);
  const d = new Date(p.min);
  // Beyond what a Date holds only the year can be written (Intl cannot format it).
  const precision = inDateRange(p.min) ? p.precision : 'year';
  switch (precision) {
    case 'billion-years':
    case 'million-years':
    case 'millennium':
    case 'year':
      return formatYear(year, lang);
    case 'century': {
      const c = Math.floor(year / 100) + 1;
      return l === 'de' ? `${c}. Jahrhundert` : `${c}${ordinal(c)} century`;
    }
    case 'decade':
      return l === 'de' ? `${year}er` : `${year}s`;
    case 'season':
      return `${seasonName(p.season ?? 21, l)} ${formatYear(year, lang)}`;
    case 'month':
      return plainYear(p.min)
        ? dateFormat(lang, { month: 'long', year: 'numeric' }).format(d)
        : `${dateFormat(lang, { month: 'long' }).format(d)} ${formatYear(year, lang)}`;
    case 'day':
      return plainYear(p.min)
        ? dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(d)
        : `${dateFormat(lang, { day: 'numeric', month: 'long' }).format(d)} ${formatYear(year, lang)}`;
    default: {
      const withSeconds = p.precision === 'second' || p.precision === 'millisecond';
      return `${dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) }).format(d)} UTC`;
    }
  }
}

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** One date at its precision: `2012`, `April 2018`, `c. March 2025`, `Herbst 2025`, `2019?`. */
export function formatDatePoint(p: DatePoint, lang: string): string {
  const l = messageLang(lang);
  let text = formatCore(p, lang);
  if (p.approximate) text = `${l === 'de' ? 'ca.' : 'c.'} ${text}`;
  if (p.uncertain) text += '?';
  return text;
}

/** The date line of an event: a point, or `start – end`, `since …`, `until …`. */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end'>, lang: string): string {
  const l = messageLang(lang);
  const { start, end } = event;
  if (!end) return formatDatePoint(start, lang);
  if (end.open === 'after') return `${l === 'de' ? 'seit' : 'since'} ${formatDatePoint(start, lang)}`;
  if (start.open === 'before') return `${l === 'de' ? 'bis' : 'until'} ${formatDatePoint(end, lang)}`;
  return `${formatDatePoint(start, lang)} – ${formatDatePoint(end, lang)}`;
}

/** What the precision means, for the legend and screen readers. */
export function describePrecision(p: DatePoint, lang: string): string {
  const l = messageLang(lang);
  const parts: string[] = [];
  const known: Record<string, [string, string]> = {
    year: ['known to the year', 'aufs Jahr genau'],
    season: ['known to the season', 'auf die Jahreszeit genau'],
    month: ['known to the month', 'auf den Monat genau'],
    decade: ['known to the decade', 'aufs Jahrzehnt genau'],
    century: ['known to the century', 'aufs Jahrhundert genau'],
  };
  const k = known[p.precision];
  if (k) parts.push(k[l === 'de' ? 1 : 0]);
  if (p.approximate) parts.push(l === 'de' ? 'ungefähr' : 'approximate');
  if (p.uncertain) parts.push(l === 'de' ? 'unsicher' : 'uncertain');
  return parts.join(', ');
}

/**
 * What is known of an event's dates, for screen readers and the card: a point's precision (`known to the month,
 * approximate`), or each end's for a range (`start known to the year, end known to the month`; `both ends known
 * to the year`). '' when everything is known to the day or finer.
 */
export function describeDates(event: Pick<TimelineEvent, 'start' | 'end'>, lang: string): string {
  const { start, end } = event;
  if (!end) return describePrecision(start, lang);
  const de = messageLang(lang) === 'de';
  // An open end says nothing about precision ("since 2012"): only the other end counts.
  if (end.open) return describePrecision(start, lang);
  if (start.open) return describePrecision(end, lang);
  const a = describePrecision(start, lang);
  const b = describePrecision(end, lang);
  if (!a && !b) return '';
  if (a === b) return de ? `beide Enden ${a}` : `both ends ${a}`;
  const exact = de ? 'genau' : 'exact';
  return de ? `Beginn ${a || exact}, Ende ${b || exact}` : `start ${a || exact}, end ${b || exact}`;
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
 * `March 2 – 7, 2020`, `2.–7. März 2020` (Intl's range format, which leaves out what both ends share).
 */
export function formatSpan(lo: number, hi: number, lang: string): string {
  const last = Math.max(lo, hi - 1);
  const precision = spanPrecision(last - lo);
  if (inDateRange(lo) && inDateRange(last) && plainYear(lo) && plainYear(last)) {
    const f = dateFormat(lang, SPAN_FORMAT[precision]);
    const text = f.formatRange(new Date(lo), new Date(last));
    return precision === 'hour' ? `${text} UTC` : text;
  }
  const a = formatYear(civilFromMs(lo).year, lang);
  const b = formatYear(civilFromMs(last).year, lang);
  return a === b ? a : `${a} – ${b}`;
}

/** An instant written as finely as a window of `span` ms needs: its year, month, day, or hour and minute. */
export function formatInstant(t: number, span: number, lang: string): string {
  return formatDatePoint({ min: t, max: t, precision: spanPrecision(span), approximate: false, uncertain: false, edtf: '' }, lang);
}
