/** German patterns for what chrono's `de` locale misses in news text (resolved in `rules.ts`). */
import type { Rule } from './rules.js';
import { END, monthPattern, numberPattern, START } from './words.js';

const MONTH = monthPattern('de');
const QUAL = '(?<qual>[Aa]nfang|[Mm]itte|[Ee]nde)';
const DIR = '(?<dir>[Kk]ommend|[Nn]ächst|[Ff]olgend|[Vv]ergangen|[Ll]etzt|[Ll]aufend|[Vv]orig|[Dd]ies)(?:e[nmrs]?)?';
const PREP = '(?<prep>[Ii]m|[Ii]n|[Ss]eit(?:\\s+dem)?|[Bb]is(?:\\s+zum)?|[Aa]b(?:\\s+dem)?|[Vv]om|[Zz]um|[Dd]es|[Dd]iesen|[Dd]iesem)';
const WEEKDAY = '(?<wd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?';
const SEASON = '(?<season>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?';
const YEAR = '(?<year>(?:1[6-9]|20)\\d{2})';

const re = (source: string) => new RegExp(`${START}${source}${END}`, 'gu');

export const RULES_DE: readonly Rule[] = [
  // 2025-03, 2025-03-26 (chrono reads neither reliably as a whole)
  { kind: 'iso', pattern: re('(?<iso>(?:1[6-9]|20)\\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)') },
  // im Februar, Im April 2018, Mitte März, bis Ende Mai, im vergangenen Oktober, September 2024
  { kind: 'month', pattern: re(`(?:${PREP}\\s+)?(?:${QUAL}\\s+)?(?:(?<dir>kommenden|nächsten|vergangenen|letzten)\\s+)?(?<month>${MONTH})(?:\\s+${YEAR})?`) },
  // im Herbst 2025, im Frühjahr, kommenden Sommer, Winter 2025/26
  { kind: 'season', pattern: re(`(?:${PREP}\\s+)?(?:${DIR}\\s+)?${SEASON}(?:\\s+${YEAR}(?:/\\d{2}(?:\\d{2})?)?)?`) },
  // im kommenden Jahr, ab dem kommenden Jahr, nächstes Jahr, Ende dieses Jahres, im laufenden Jahr
  { kind: 'relative-year', pattern: re(`(?:${QUAL}\\s+)?(?:${PREP}\\s+)?${DIR}\\s+Jahr(?:es|s|e)?`) },
  { kind: 'relative-year', pattern: re(`${QUAL}\\s+des\\s+Jahres`) },
  // letztjährige, diesjährigen, nächstjährige; vorjährig counts from a year named earlier in the sentence
  { kind: 'relative-year', pattern: re('(?<dir>[Ll]etzt|[Dd]ies|[Nn]ächst|[Vv]ergangen)jährig(?:e[nmrs]?)?') },
  { kind: 'relative-year', pattern: re('(?<ana>[Vv]orjahr|[Ff]olgejahr)(?:es|s)?') },
  { kind: 'relative-year', pattern: re('(?<ana>[Vv]or)jährig(?:e[nmrs]?)?') },
  // Anfang dieses Monats, im kommenden Monat, am 5. dieses Monats, Ende des Monats, im Vormonat
  { kind: 'relative-month', pattern: re(`(?:(?:am\\s+)?(?<day>\\d{1,2})\\.\\s+|${QUAL}\\s+)?(?:${PREP}\\s+)?${DIR}\\s+Monat(?:es|s)?`) },
  { kind: 'relative-month', pattern: re(`${QUAL}\\s+des\\s+Monats`) },
  { kind: 'relative-month', pattern: re('(?:im\\s+)?(?<ana>Vormonat)(?:es|s)?') },
  // am Dienstag, Mittwochabend, vergangenen Freitag, kommenden Montag
  { kind: 'weekday', pattern: re(`(?:(?<prep>[Aa]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]om)\\s+)?(?:${DIR}\\s+)?${WEEKDAY}`) },
  // in den kommenden drei Jahren, die nächsten 6 Monate, in den vergangenen zwei Jahren
  {
    kind: 'period',
    pattern: re(`(?:(?:[Ii]n|[Ww]ährend|[Ii]nnerhalb|[Üü]ber|[Bb]innen|[Ff]ür)\\s+)?(?:den|der|die)\\s+(?<dir>kommenden|nächsten|folgenden|vergangenen|letzten|zurückliegenden)\\s+(?<n>${numberPattern('de')})\\s+(?<unit>Jahren|Jahre|Monaten|Monate)`),
  },
];
