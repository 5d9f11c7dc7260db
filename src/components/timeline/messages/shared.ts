// Helpers for the language modules: counts through CLDR's plural rules, and the load-failure reasons.
import type { Messages } from '../messages.js';

/** The phrase for each plural category of a language; `#` is the count, written by `Intl.NumberFormat`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `plural('pl', { one: '# wydarzenie', few: '# wydarzenia', many: '# wydarzeń', other: '# wydarzenia' })(22)` → `22 wydarzenia`. */
export function plural(lang: string, forms: PluralForms): (n: number) => string {
  const rules = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  return (n) => (forms[rules.select(n)] ?? forms.other).replace('#', number.format(n));
}

/** A count alone, in the language's digits and grouping. */
export function numbers(lang: string): (n: number) => string {
  const number = new Intl.NumberFormat(lang);
  return (n) => number.format(n);
}

/** Why a load failed, one phrase per kind. */
export interface Reasons {
  http: (detail: string, notFound: boolean) => string;
  network: string;
  interrupted: string;
  /** The parser's message, without the English "not valid JSON (…)" around it. */
  parse: (detail: string) => string;
  format: (detail: string) => string;
}

export function loadReason(r: Reasons): Messages['loadReason'] {
  return (kind, status, detail) =>
    kind === 'http'
      ? r.http(detail, status === 404)
      : kind === 'network'
        ? r.network
        : kind === 'interrupted'
          ? r.interrupted
          : kind === 'parse'
            ? r.parse(detail.replace(/^not valid JSON \(|\)$/g, ''))
            : r.format(detail);
}

/** A century or an ordinal in Roman numerals (`21` → `XXI`), as French, Spanish, Polish … write centuries. */
export function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let text = '';
  for (const [value, digits] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    for (; n >= value; n -= value) text += digits;
  }
  return text;
}

/**
 * A month and year with the month in the case a day gives it (Polish `marca 2025`, Ukrainian `березня 2025`): what
 * "since", "until" and "about" take in languages that decline. `Intl` writes it; only the day is left out.
 */
export function monthOf(lang: string): (ms: number) => string {
  const f = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (ms) =>
    f
      .formatToParts(new Date(ms))
      .filter((part) => part.type !== 'day')
      .map((part) => part.value)
      .join('')
      .trim();
}
