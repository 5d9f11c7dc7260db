/** English patterns for what chrono's `en` locale misses or reads too precisely (resolved in `rules.ts`). */
import type { Rule } from './rules.js';
import { END, monthPattern, numberPattern, START } from './words.js';

const MONTH = monthPattern('en');
const QUAL = '(?<qual>[Ee]arly|[Ee]arlier|[Mm]id|[Ll]ate|[Ll]ater|[Ee]nd of|[Bb]eginning of|[Ss]tart of|[Tt]he end of|[Tt]he beginning of|[Tt]he start of)';
const PREP = '(?<prep>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring)';
const DIR = '(?<dir>[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Cc]oming|[Cc]urrent|[Pp]revious|[Ff]ollowing|[Pp]rior)';
const YEAR = '(?<year>(?:1[6-9]|20)\\d{2})';

const re = (source: string) => new RegExp(`${START}${source}${END}`, 'gu');

export const RULES_EN: readonly Rule[] = [
  { kind: 'iso', pattern: re('(?<iso>(?:1[6-9]|20)\\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)') },
  // in March, early March, mid-March 2024, late May, last October, March 2025
  { kind: 'month', pattern: re(`(?:${PREP}\\s+)?(?:${QUAL}(?:-|\\s+))?(?:(?<dir>last|next|this|past|coming)\\s+)?(?<month>${MONTH})(?:,?\\s+${YEAR})?`) },
  // in the fall of 2025, this spring, next winter, summer 2024
  { kind: 'season', pattern: re(`(?:${PREP}\\s+)?(?:the\\s+)?(?:${DIR}\\s+)?(?:${QUAL}(?:-|\\s+))?(?<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\\s+(?:of\\s+)?${YEAR})?`) },
  // next year, earlier this year, by the end of this year, the previous year, a year earlier
  { kind: 'relative-year', pattern: re(`(?:${QUAL}(?:-|\\s+))?(?:${PREP}\\s+)?(?:the\\s+)?${DIR}\\s+year`) },
  { kind: 'relative-year', pattern: re('(?<ana>a year earlier|a year later|the year before|the year after)') },
  // earlier this month, next month, on the 5th of this month
  { kind: 'relative-month', pattern: re(`(?:${QUAL}(?:-|\\s+))?(?:${PREP}\\s+)?(?:the\\s+)?${DIR}\\s+month`) },
  // on Tuesday, last Friday, next Monday
  { kind: 'weekday', pattern: re(`(?:(?<prep>[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom)\\s+)?(?:${DIR}\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`) },
  // in the next three years, over the past two years, the coming 6 months
  {
    kind: 'period',
    pattern: re(`(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ww]ithin|[Ff]or)\\s+)?the\\s+(?<dir>next|coming|following|past|last|previous)\\s+(?<n>${numberPattern('en')})\\s+(?<unit>years?|months?)`),
  },
];
