/**
 * The words dates are written with, beyond what `Intl` (CLDR) has: "c.", "since", "until", seasons, quarters and
 * halves, centuries, decades, and what is known of a date. English and German are here (in the bundle); each other
 * language adds its words when its interface module loads (`loadMessages`); a page may change any (`registerDateWords`).
 */
import type { DatePoint } from './types.js';

/** A date's phrase for one language. `date` is the date already written at its precision; `p` is the date. */
type Phrase = (date: string, p: DatePoint) => string;

/** The date words of one language. */
export interface DateWords {
  /** An approximate date: `c. March 2025`, `vers mars 2025`, `2025年3月頃`. */
  approximate: Phrase;
  /** A range with an open end after: `since 2012`, `depuis 2012`, `2012年以降`. */
  since: Phrase;
  /** A range with an open start: `until 2012`, `jusqu’en 2012`, `2012年まで`. */
  until: Phrase;
  /** Spring, summer, autumn, winter; the four quarters; the two halves of a year (the thirds come from `Intl`). */
  seasons: readonly [string, string, string, string, string, string, string, string, string, string];
  /** A season (quarter, half, third) of a year: `Autumn 2025`, `otoño de 2025`, `2025年秋`. */
  season: (name: string, year: string) => string;
  /** A year past 9999, its number written by `Intl`: `year 12,000`, `Jahr 12.000`. */
  farYear: (year: string) => string;
  /** A century, 1-based: `21st century`, `XXIe siècle`, `21世纪`. */
  century: (n: number) => string;
  /** The decade starting at `year`: `1990s`, `années 1990`, `1990年代`. */
  decade: (year: number) => string;
  /** What a date is known to: `known to the month`. */
  known: { year: string; season: string; month: string; decade: string; century: string };
  approximateWord: string;
  uncertainWord: string;
  /** Between the parts of a description (`known to the month, approximate`). */
  comma: string;
  /** Both ends of a range are known alike: `both ends known to the year`. */
  bothEnds: (known: string) => string;
  /** The ends differ: `start known to the year, end exact`. */
  startEnd: (start: string, end: string) => string;
  /** An end known to the day or finer, beside one that is not. */
  exact: string;
}

const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

const en: DateWords = {
  approximate: (d) => `c. ${d}`,
  since: (d) => `since ${d}`,
  until: (d) => `until ${d}`,
  seasons: ['Spring', 'Summer', 'Autumn', 'Winter', 'Q1', 'Q2', 'Q3', 'Q4', '1st half', '2nd half'],
  season: (name, year) => `${name} ${year}`,
  farYear: (y) => `year ${y}`,
  century: (c) => `${c}${SUFFIX[ordinals.select(c)] ?? 'th'} century`,
  decade: (y) => `${y}s`,
  known: { year: 'known to the year', season: 'known to the season', month: 'known to the month', decade: 'known to the decade', century: 'known to the century' },
  approximateWord: 'approximate',
  uncertainWord: 'uncertain',
  comma: ', ',
  bothEnds: (k) => `both ends ${k}`,
  startEnd: (a, b) => `start ${a}, end ${b}`,
  exact: 'exact',
};

const de: DateWords = {
  approximate: (d) => `ca. ${d}`,
  since: (d) => `seit ${d}`,
  until: (d) => `bis ${d}`,
  seasons: ['Frühling', 'Sommer', 'Herbst', 'Winter', 'Q1', 'Q2', 'Q3', 'Q4', '1. Halbjahr', '2. Halbjahr'],
  season: en.season,
  farYear: (y) => `Jahr ${y}`,
  century: (c) => `${c}. Jahrhundert`,
  decade: (y) => `${y}er`,
  known: { year: 'aufs Jahr genau', season: 'auf die Jahreszeit genau', month: 'auf den Monat genau', decade: 'aufs Jahrzehnt genau', century: 'aufs Jahrhundert genau' },
  approximateWord: 'ungefähr',
  uncertainWord: 'unsicher',
  comma: ', ',
  bothEnds: (k) => `beide Enden ${k}`,
  startEnd: (a, b) => `Beginn ${a}, Ende ${b}`,
  exact: 'genau',
};

// A language's own words (en, de here; the others from their modules), and a page's changes laid over them.
const own = new Map<string, DateWords>([
  ['en', en],
  ['de', de],
]);
const changes = new Map<string, Partial<DateWords>>();

const primary = (lang: string) => lang.trim().split(/[-_]/)[0]!.toLowerCase();

/** A language module's own words (`loadMessages` gives them when the module arrives). */
export function addDateWords(lang: string, words: DateWords): void {
  own.set(primary(lang), words);
}

/**
 * Changes a page makes to a language's date words (its primary subtag: `fr-CA` → `fr`), or words for a language
 * this package does not have (the rest stays English). They win over the language's own words, whenever those load:
 * `registerDateWords('fr', { approximate: (d) => `env. ${d}` })`.
 */
export function registerDateWords(lang: string, words: Partial<DateWords>): void {
  const code = primary(lang);
  changes.set(code, { ...changes.get(code), ...words });
}

/** The date words for `lang`: its own (once loaded) with a page's changes, else English. */
export function dateWords(lang: string): DateWords {
  const code = primary(lang);
  const base = own.get(code) ?? en;
  const change = changes.get(code);
  return change ? { ...base, ...change } : base;
}
