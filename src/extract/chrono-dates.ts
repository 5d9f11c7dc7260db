/** chrono-node as the first pass: full dates ("19. Mai 2025"), ranges, and day-level relative words ("gestern"). */
import * as chrono from 'chrono-node';
import type { Precision } from '../model/types.js';
import { dayEdtf, monthEdtf, yearEdtf } from './reference.js';
import type { DateMatch, ExtractLang, ReferenceDate, SkippedExpression } from './types.js';
import { monthNumber } from './words.js';

type Components = chrono.ParsedResult['start'];

/** Words chrono reads as a date that in news mean "nowadays" far more often than the publication day. */
const GENERIC = /^(?:heute|jetzt|nun|gerade|today|now|tonight|currently)$/i;
/** Plural units without a count: "vor Jahren", "in den vergangenen Monaten" — no date to resolve. */
const VAGUE = /^(?:vor|in|seit|den|vergangenen|letzten|kommenden|nächsten|past|recent|coming|for|in recent)\s+(?:\S+\s+)?(?:jahren|monaten|wochen|tagen|years|months|weeks|days)$/i;

export function chronoDates(
  text: string,
  lang: ExtractLang,
  ref: ReferenceDate | undefined,
): { matches: DateMatch[]; skipped: SkippedExpression[] } {
  // chrono reads the reference in local time; noon keeps the calendar day whatever the time zone.
  const instant = ref ? new Date(ref.year, (ref.month ?? 7) - 1, ref.day ?? 15, 12) : new Date();
  const matches: DateMatch[] = [];
  const skipped: SkippedExpression[] = [];
  for (const result of chrono[lang].parse(text, instant)) {
    // chrono sometimes takes the space before the words along.
    const words = result.text.trim();
    const start = result.index + result.text.indexOf(words);
    const end = start + words.length;
    if (GENERIC.test(words) || VAGUE.test(words) || /^\d+\s*$/.test(words)) continue;
    // A month name alone may be a name or a verb ("August Horch", "March on Washington"); the month rule
    // takes it when a preposition or a year says it is a date.
    if (monthNumber(lang, words) !== undefined) continue;
    // "in einem Jahr, das …" is "in a year that …", not "a year from now".
    if (/^in (?:einem|a) (?:jahr|year)$/i.test(words) && /^\s*,?\s*(?:das|in dem|wo|that|when|in which)\b/i.test(text.slice(end))) continue;
    const value = toValue(result.start);
    if (!value) continue; // weekday or time only: weekdays have their own rule
    const relative = !/\d{4}/.test(words);
    if (relative && !ref) {
      skipped.push({ expression: words, offsets: [start, end], reason: 'relative expression and no document date (pass docDate / --date)' });
      continue;
    }
    let { edtf, precision } = value;
    let approximate = /woche|week/i.test(words);
    // A day counted from a doc date known only to the month is only known to the month.
    if (relative && precision === 'day' && ref?.day === undefined) {
      if (ref?.month === undefined) continue;
      edtf = edtf.slice(0, 7);
      precision = 'month';
      approximate = true;
    }
    if (result.end) {
      const endValue = toValue(result.end);
      if (endValue && endValue.edtf !== edtf) edtf = `${edtf}/${endValue.edtf}`;
    }
    matches.push({ start, end, edtf: approximate && !edtf.includes('/') ? `${edtf}~` : edtf, precision, approximate, relative, source: 'chrono' });
  }
  return { matches, skipped };
}

function toValue(c: Components): { edtf: string; precision: Precision } | undefined {
  const year = c.get('year')!;
  const month = c.get('month')!;
  if (c.isCertain('day')) return { edtf: dayEdtf(year, month, c.get('day')!), precision: 'day' };
  if (c.isCertain('month')) return { edtf: monthEdtf(year, month), precision: 'month' };
  if (c.isCertain('year')) return { edtf: yearEdtf(year), precision: 'year' };
  return undefined;
}
