/**
 * Bare years ("2012", "im Jahr 2012", "seit 2018", "bis 2045", "2010–2015") — the commonest date in news that
 * chrono skips — and the guards that keep counts, prices and phone numbers out.
 */
import type { DateMatch, ExtractLang } from './types.js';
import { END, START } from './words.js';

const YEAR = '(?:1[6-9]|20)\\d{2}';
const CUES: Record<ExtractLang, string> = {
  de: '(?:[Ii]m\\s+Jahre?|[Ss]eit|[Bb]is(?:\\s+zum\\s+Jahr|\\s+Ende|\\s+Anfang)?|[Aa]b|[Vv]on|[Vv]or|[Nn]ach|[Uu]m|[Ii]n|[Zz]wischen|[Aa]nfang|[Mm]itte|[Ee]nde|[Ss]tand|[Jj]ahr|[Jj]ahres)',
  en: '(?:[Ii]n(?:\\s+the\\s+year)?|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round|[Bb]etween|[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd\\s+of|[Tt]he\\s+year|[Aa]s\\s+of)',
};
const APPROXIMATE = /^(anfang|mitte|ende|bis ende|bis anfang|early|mid|late|end of|around|um)$/i;

/** Words after a number that make it a count or an amount, not a year. */
const UNITS =
  /^\s*(?:%|‰|°|prozent|percent|euro|eur|€|dollar|us-dollar|usd|\$|yuan|franken|pfund|pounds?|yen|uhr|h\b|meter|quadratmeter|qm|m²|km|kilometer|kilo|kg|tonnen|tons?|mio|mrd|millionen|milliarden|million|billion|tausend|thousand|stück|einwohner|menschen|personen|people|mitarbeiter|beschäftigte|employees|workers|fahrzeuge|autos|cars|vehicles|units|kunden|customers|unternehmen|companies|punkte|points|seiten|pages|mal|times|ps|kw|mw|gw|watt|volt|x\b)/i;
/** Labels before a number that make it an identifier. */
const LABELS = /(?:nr\.?|nummer|no\.?|number|tel\.?|telefon|phone|fax|plz|seite|s\.|page|p\.|artikel|art\.|§|zimmer|raum|room|linie|line|bus|gleis|modell|model|typ|type|kapitel|chapter|version|v\.)\s*$/i;

export function bareYears(text: string, lang: ExtractLang): DateMatch[] {
  const pattern = new RegExp(
    `${START}(?:(?<cue>${CUES[lang]})\\s+)?(?<year>${YEAR})(?:\\s*(?:–|—|-|/|bis|und|to|and|until)\\s*(?<year2>${YEAR}))?${END}`,
    'gu',
  );
  const matches: DateMatch[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const yearStart = start + m[0].lastIndexOf(g.year, m[0].length - (g.year2?.length ?? 0) - 1);
    const firstEnd = yearStart + g.year.length;
    const cued = Boolean(g.cue);
    const approximate = Boolean(g.cue && APPROXIMATE.test(g.cue.replace(/\s+/g, ' ')));
    const between = text.slice(firstEnd, end - (g.year2?.length ?? 0));
    // "2010 und 2015" without "zwischen" is two years, not a span; "2015–2010" is no span either.
    const span = g.year2 && Number(g.year2) > Number(g.year) && (/[–—\-/]|bis|to|until/.test(between) || /zwischen|between/i.test(g.cue ?? ''));
    if (g.year2 && !span) {
      // Take the first year alone and look at the second one on its own.
      pattern.lastIndex = firstEnd;
      if (isYear(text, yearStart, firstEnd, cued, lang)) matches.push(year(start, firstEnd, g.year, approximate));
      continue;
    }
    if (!isYear(text, yearStart, end, cued, lang)) continue;
    matches.push(span ? { ...year(start, end, g.year, false), edtf: `${g.year}/${g.year2}` } : year(start, end, g.year, approximate));
  }
  return matches;
}

function year(start: number, end: number, value: string, approximate: boolean): DateMatch {
  return { start, end, edtf: approximate ? `${value}~` : value, precision: 'year', approximate, relative: false, source: 'rule' };
}

/** False for numbers that only look like years: parts of bigger numbers, amounts, phone numbers, identifiers. */
function isYear(text: string, yearStart: number, end: number, cued: boolean, lang: ExtractLang): boolean {
  const before = text.slice(Math.max(0, yearStart - 12), yearStart);
  const after = text.slice(end, end + 24);
  if (/[\d.,+\-−/:€$£#@]$|\d\s+$/.test(before)) return false; // 1.2012, +49 2012, 12 2012
  if (/^(?:[.,:]\d|-\d|\d|\s+\d)/.test(after)) return false; // 2012,5  2012-34  2012 33
  if (UNITS.test(after)) return false;
  if (LABELS.test(before)) return false;
  if (/^-?(?:grad|jährig|prozent|mal|fach|er\b|ern\b|s\b)/i.test(after)) return false; // 360-Grad, 2000er
  // German capitalises nouns: "2000 Mitarbeiter" is a count; a year stands before verbs and particles.
  if (lang === 'de' && !cued && /^\s+\p{Lu}\p{Ll}/u.test(after) && !/\p{Lu}[\p{L}-]*\s+$/u.test(before)) return false;
  return true;
}
