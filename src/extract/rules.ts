/**
 * Own rules for what chrono misses: each rule is a pattern with standard named groups and a `kind` that says
 * how to resolve them. The patterns live in `rules-de.ts` / `rules-en.ts`; the resolution is shared here.
 *
 * Named groups: `qual` (Anfang/Mitte/Ende, early/mid/late → approximate), `dir` (kommenden/letzten, next/last),
 * `month`, `season`, `year`, `wd` (weekday), `n` + `unit` (periods), `day`, `ana` (Vorjahr, the previous year).
 */
import type { Precision } from '../model/types.js';
import {
  addDays, addMonths, dayEdtf, monthEdtf, seasonOfMonth, weekday, yearEdtf,
} from './reference.js';
import type { DateMatch, ExtractLang, ReferenceDate, SkippedExpression } from './types.js';
import { monthNumber, numberValue, SEASONS, WEEKDAYS } from './words.js';

export type RuleKind = 'month' | 'season' | 'relative-year' | 'relative-month' | 'weekday' | 'period' | 'iso';

export interface Rule {
  kind: RuleKind;
  pattern: RegExp;
}

export interface RuleContext {
  lang: ExtractLang;
  ref?: ReferenceDate;
  /** The last explicit year named before `offset` in the same sentence ("2019 … gegenüber dem Vorjahr"). */
  anchorYear(offset: number): number | undefined;
}

type Groups = Record<string, string | undefined>;
type Resolved = Omit<DateMatch, 'start' | 'end' | 'source'> | string | undefined;

const NEEDS_DOC_DATE = 'relative expression and no document date (pass docDate / --date)';

/** -1, 0, +1 for direction words; `anaphoric` ones count from a year named earlier in the sentence. */
const DIRECTIONS: Record<string, { step: number; anaphoric?: boolean }> = {
  kommend: { step: 1 }, nächst: { step: 1 }, folgend: { step: 1, anaphoric: true }, next: { step: 1 },
  coming: { step: 1 }, following: { step: 1, anaphoric: true },
  vergangen: { step: -1 }, letzt: { step: -1 }, vorig: { step: -1 }, zurückliegend: { step: -1 }, last: { step: -1 },
  past: { step: -1 }, previous: { step: -1, anaphoric: true }, prior: { step: -1, anaphoric: true },
  dies: { step: 0 }, laufend: { step: 0 }, this: { step: 0 }, current: { step: 0 },
  vorjahr: { step: -1, anaphoric: true }, folgejahr: { step: 1, anaphoric: true }, vormonat: { step: -1 },
  'a year earlier': { step: -1, anaphoric: true }, 'the year before': { step: -1, anaphoric: true },
  'a year later': { step: 1, anaphoric: true }, 'the year after': { step: 1, anaphoric: true },
};

function direction(word: string | undefined): { step: number; anaphoric?: boolean } | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/(?:e[nmrs]?)$/, '');
  return DIRECTIONS[w] ?? DIRECTIONS[word.toLowerCase()];
}

/** Runs every rule over the text; hits that need a document date we lack are returned as skipped. */
export function runRules(text: string, rules: readonly Rule[], ctx: RuleContext): { matches: DateMatch[]; skipped: SkippedExpression[] } {
  const matches: DateMatch[] = [];
  const skipped: SkippedExpression[] = [];
  for (const { kind, pattern } of rules) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const resolved = RESOLVERS[kind](m.groups ?? {}, ctx, start);
      if (typeof resolved === 'string') skipped.push({ expression: m[0], offsets: [start, end], reason: resolved });
      else if (resolved) matches.push({ ...resolved, start, end, source: 'rule' });
    }
  }
  return { matches, skipped };
}

const value = (edtf: string, precision: Precision, approximate: boolean, relative: boolean) => ({
  edtf: approximate && !edtf.includes('/') ? `${edtf}~` : edtf, precision, approximate, relative,
});

const RESOLVERS: Record<RuleKind, (g: Groups, ctx: RuleContext, offset: number) => Resolved> = {
  iso(g) {
    return value(g.iso!, g.iso!.length > 7 ? 'day' : 'month', false, false);
  },

  month(g, ctx) {
    const month = monthNumber(ctx.lang, g.month!);
    if (!month) return undefined;
    const approximate = Boolean(g.qual);
    if (!g.year && !g.qual && !g.prep && !g.dir) return undefined; // "August" may be a name
    if (g.year) return value(monthEdtf(Number(g.year), month), 'month', approximate, false);
    if (!ctx.ref) return NEEDS_DOC_DATE;
    const { year: refYear, month: refMonth } = ctx.ref;
    let year = refYear;
    const dir = direction(g.dir);
    if (refMonth !== undefined) {
      if (dir?.step === 1) year = month > refMonth ? refYear : refYear + 1;
      else if (dir?.step === -1) year = month < refMonth ? refYear : refYear - 1;
      // Without a direction: the closest such month, past on a tie (news mostly reports).
      else if (month - refMonth > 6) year = refYear - 1;
      else if (refMonth - month > 6) year = refYear + 1;
    }
    return value(monthEdtf(year, month), 'month', approximate, true);
  },

  season(g, ctx) {
    const season = SEASONS[ctx.lang][g.season!.toLowerCase().replace(/e?s$/, '')] ?? SEASONS[ctx.lang][g.season!.toLowerCase()];
    if (!season) return undefined;
    if (g.year) return value(`${yearEdtf(Number(g.year))}-${season}`, 'season', Boolean(g.qual), false);
    if (!g.prep && !g.dir) return undefined;
    if (!ctx.ref) return NEEDS_DOC_DATE;
    const step = direction(g.dir)?.step ?? 0;
    const current = ctx.ref.month !== undefined ? seasonOfMonth(ctx.ref.year, ctx.ref.month) : { year: ctx.ref.year, season };
    const index = (y: number, s: number) => y * 4 + (s - 21);
    const now = index(current.year, current.season);
    let target = index(current.year, season);
    if (step === 1 && target <= now) target += 4;
    if (step === -1 && target >= now) target -= 4;
    return value(`${yearEdtf(Math.floor(target / 4))}-${(target % 4) + 21}`, 'season', Boolean(g.qual), true);
  },

  'relative-year'(g, ctx, offset) {
    const dir = direction(g.dir ?? g.ana) ?? { step: 0 };
    const anchor = dir.anaphoric ? ctx.anchorYear(offset) : undefined;
    const base = anchor ?? ctx.ref?.year;
    if (base === undefined) return NEEDS_DOC_DATE;
    return value(yearEdtf(base + dir.step), 'year', Boolean(g.qual), true);
  },

  'relative-month'(g, ctx) {
    if (!ctx.ref) return NEEDS_DOC_DATE;
    if (ctx.ref.month === undefined) return 'relative month and the document date has no month';
    const { year, month } = addMonths(ctx.ref.year, ctx.ref.month, direction(g.dir ?? g.ana)?.step ?? 0);
    if (g.day) return value(dayEdtf(year, month, Number(g.day)), 'day', false, true);
    return value(monthEdtf(year, month), 'month', Boolean(g.qual), true);
  },

  weekday(g, ctx) {
    const wd = WEEKDAYS[ctx.lang][g.wd!.toLowerCase()];
    if (wd === undefined) return undefined;
    if (!ctx.ref) return NEEDS_DOC_DATE;
    const { year, month, day } = ctx.ref;
    if (month === undefined) return 'weekday and the document date has no month';
    // Known only to the month: the weekday falls in that month, as far as we can tell.
    if (day === undefined) return value(monthEdtf(year, month), 'month', true, true);
    const refWd = weekday(year, month, day);
    const step = direction(g.dir)?.step;
    let delta: number;
    if (step === 1) delta = (wd - refWd + 7) % 7 || 7;
    else if (step === 0) delta = (wd - refWd + 7) % 7;
    else if (step === -1) delta = -((refWd - wd + 7) % 7 || 7);
    else delta = -((refWd - wd + 7) % 7); // plain "am Dienstag": news reports, so on or before the doc date
    const d = addDays(year, month, day, delta);
    return value(dayEdtf(d.year, d.month, d.day), 'day', false, true);
  },

  period(g, ctx) {
    const n = numberValue(ctx.lang, g.n!);
    const step = direction(g.dir)?.step;
    if (!n || !step) return undefined;
    if (!ctx.ref) return NEEDS_DOC_DATE;
    if (/^(jahr|year)/i.test(g.unit!)) {
      const [a, b] = step > 0 ? [ctx.ref.year, ctx.ref.year + n - 1] : [ctx.ref.year - n + 1, ctx.ref.year];
      return value(`${yearEdtf(a)}/${yearEdtf(b)}`, 'year', false, true);
    }
    if (ctx.ref.month === undefined) return 'period in months and the document date has no month';
    const from = step > 0 ? 0 : -(n - 1);
    const a = addMonths(ctx.ref.year, ctx.ref.month, from);
    const b = addMonths(ctx.ref.year, ctx.ref.month, from + n - 1);
    return value(`${monthEdtf(a.year, a.month)}/${monthEdtf(b.year, b.month)}`, 'month', false, true);
  },
};
