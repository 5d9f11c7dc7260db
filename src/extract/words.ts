/** Word lists for the rules: months, weekdays, seasons, small numbers — German and English. */
import type { ExtractLang } from './types.js';

/** Letters and digits around a match must not continue a word (works for umlauts, unlike `\b`). */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

const MONTHS_DE: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, maerz: 3, mär: 3, mrz: 3,
  april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};

const MONTHS_EN: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTHS: Record<ExtractLang, Record<string, number>> = { de: MONTHS_DE, en: MONTHS_EN };

/** Month names as a regex alternative: full names, and abbreviations only with a full stop. */
export function monthPattern(lang: ExtractLang): string {
  const names = Object.keys(MONTHS[lang]).sort((a, b) => b.length - a.length);
  const full = names.filter((n) => n.length > 3 && n !== 'sept' && n !== 'maerz');
  const short = names.filter((n) => !full.includes(n) && n !== 'mai' && n !== 'may');
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
  const always = lang === 'de' ? ['Mai', 'Maerz'] : ['May'];
  return `(?:${[...full.map(cap), ...always].join('|')}|(?:${short.map(cap).join('|')})\\.)`;
}

export function monthNumber(lang: ExtractLang, word: string): number | undefined {
  return MONTHS[lang][word.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS: Record<ExtractLang, Record<string, number>> = {
  de: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  en: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
};

export const SEASONS: Record<ExtractLang, Record<string, number>> = {
  de: { frühjahr: 21, frühling: 21, sommer: 22, herbst: 23, winter: 24 },
  en: { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 },
};

const NUMBERS: Record<ExtractLang, Record<string, number>> = {
  de: {
    ein: 1, eine: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20,
  },
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  },
};

export function numberPattern(lang: ExtractLang): string {
  return `(?:\\d{1,2}|${Object.keys(NUMBERS[lang]).sort((a, b) => b.length - a.length).join('|')})`;
}

export function numberValue(lang: ExtractLang, word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[lang][word.toLowerCase()];
}

/** Case-insensitive alternative of a word list (only the first letter may vary, like sentence starts). */
export function wordsPattern(words: readonly string[]): string {
  return words
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0].toLowerCase()}${w[0].toUpperCase()}]${w.slice(1)}`)
    .join('|');
}
