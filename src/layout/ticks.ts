import { civilFromMs, inDateRange, MS_PER_DAY, msFromParts } from '../model/calendar.js';
import { dateFormat, formatYear } from '../model/text.js';
import type { TimeZone } from '../model/zone.js';

/** One tick of the time axis: where, its label, and a second line (the larger unit) where that changes. */
export interface Tick {
  t: number;
  label: string;
  context?: string;
}

export type TickUnit = 'millisecond' | 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

interface Interval {
  unit: TickUnit;
  /** Nominal length in ms (months and years vary; the shortest is used to check spacing). */
  ms: number;
  step: number;
}

const S = 1000, MIN = 60 * S, H = 60 * MIN;
const FIXED: Interval[] = [
  ...[1, 5, 10, 50, 100, 500].map((step) => ({ unit: 'millisecond' as const, ms: step, step })),
  ...[1, 5, 15, 30].map((step) => ({ unit: 'second' as const, ms: step * S, step })),
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, ms: step * MIN, step })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, ms: step * H, step })),
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, ms: step * MS_PER_DAY, step })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, ms: step * 28 * MS_PER_DAY, step })),
];


/**
 * Tick instants for an interval over `[t0, t1]` at the civil boundaries of `zone` (see `TimeZone.ticks`), or of UTC
 * without one and beyond a `Date`'s range (proleptic Gregorian, any year).
 */
export function tickTimes(interval: Interval, t0: number, t1: number, limit = 400, zone?: TimeZone): number[] {
  return zone && inDateRange(t0) && inDateRange(t1)
    ? zone.ticks(interval.ms, t0, t1, limit, (w0, w1) => utcTimes(interval, w0, w1, limit))
    : utcTimes(interval, t0, t1, limit);
}

function utcTimes(interval: Interval, t0: number, t1: number, limit: number): number[] {
  const out: number[] = [];
  const { unit, step } = interval;
  if (unit === 'month' || unit === 'year') {
    const c = civilFromMs(t0);
    let y = c.year;
    let m = unit === 'year' ? 1 : c.month - ((c.month - 1) % step);
    if (unit === 'year') y = Math.floor(y / step) * step;
    for (let t = msFromParts(y, m); t <= t1 && out.length < limit; ) {
      if (t >= t0) out.push(t);
      if (unit === 'year') y += step;
      else m += step;
      t = msFromParts(y, m);
    }
    return out;
  }
  const ms = interval.ms;
  for (let t = Math.ceil(t0 / ms) * ms; t <= t1 && out.length < limit; t += ms) out.push(t);
  return out;
}

/**
 * d3-array's `tickStep(0, span, count)` where it is at least 1 (what a step of years needs): 1, 2 or 5 times a power
 * of ten, the one nearest `span / count` on a log scale. Below 1 it gives less than 1.
 */
export function yearStep(span: number, count: number): number {
  const step = span / count;
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  return Math.pow(10, power) * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

function yearInterval(span: number, width: number, minSpacing: number): Interval {
  const years = span / (365.2425 * MS_PER_DAY);
  const step = Math.max(1, yearStep(years, Math.max(1, width / minSpacing)));
  return { unit: 'year', ms: step * 365 * MS_PER_DAY, step };
}

/** Labels for ticks of a unit (in `zone`'s civil time), with the larger unit as a second line where it changes. */
export function labelTicks(times: number[], unit: TickUnit, lang: string, longMonths = false, zone?: TimeZone): Tick[] {
  let previousContext = '';
  return times.map((t) => {
    const w = zone ? zone.wall(t) : t;
    const c = civilFromMs(w);
    // Month, day and time of day are written from the same moment in the year 2000 (a leap year): Intl cannot
    // format a Date beyond ±275,000 years, and a zoomed-in view of deep time still needs its labels. The year is
    // written on its own (formatYear).
    const timeOfDay = ((w % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    const d = new Date(Date.UTC(2000, c.month - 1, c.day) + timeOfDay);
    let label: string;
    let context: string;
    switch (unit) {
      case 'year':
        return { t, label: formatYear(c.year, lang) };
      case 'month':
        label = dateFormat(lang, { month: longMonths ? 'long' : 'short' }).format(d);
        context = formatYear(c.year, lang);
        break;
      case 'day':
        label = dateFormat(lang, { day: 'numeric' }).format(d);
        context = `${dateFormat(lang, { month: 'long' }).format(d)} ${formatYear(c.year, lang)}`;
        break;
      default:
        label = dateFormat(lang, {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          ...(unit === 'second' || unit === 'millisecond' ? { second: '2-digit' } : {}),
        }).format(d);
        if (unit === 'millisecond') label += `.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
        context = `${dateFormat(lang, { day: 'numeric', month: 'short' }).format(d)} ${formatYear(c.year, lang)}`;
    }
    const tick: Tick = { t, label };
    if (context !== previousContext) tick.context = context;
    previousContext = context;
    return tick;
  });
}

/** Estimated rendered width of a label at the axis font (12px system sans). */
export function estimateLabelWidth(text: string): number {
  return text.length * 7 + 4;
}

/**
 * Ticks for the visible window `[t0, t1]` drawn `width` px wide: the finest interval at least `minSpacing` px
 * apart whose labels fit between ticks without overlapping. Works for any span, from milliseconds to billions of
 * years. In `zone` (`createZone`; UTC without) ticks sit on and are labelled in its civil time.
 */
export function computeTicks(t0: number, t1: number, width: number, lang: string, gap = 12, minSpacing = 90, zone?: TimeZone): { ticks: Tick[]; unit: TickUnit } {
  const span = t1 - t0;
  if (!(span > 0) || !(width > 0)) return { ticks: [], unit: 'year' };
  const pxPerMs = width / span;
  // About one tick per `minSpacing` px (d3's default density), more only if labels are that short.
  const candidates = FIXED.filter((i) => i.ms * pxPerMs >= minSpacing);
  for (const interval of candidates) {
    const times = tickTimes(interval, t0, t1, 400, zone);
    const spacing = interval.ms * pxPerMs;
    for (const longMonths of interval.unit === 'month' ? [true, false] : [false]) {
      const ticks = labelTicks(times, interval.unit, lang, longMonths, zone);
      const widest = Math.max(0, ...ticks.map((k) => estimateLabelWidth(k.label)));
      if (spacing >= widest + gap) return { ticks, unit: interval.unit };
    }
  }
  // Years: pick a step whose widest label fits (deep-time labels are long).
  let yearSpacing = minSpacing;
  for (let attempt = 0; attempt < 6; attempt++) {
    const interval = yearInterval(span, width, yearSpacing);
    const ticks = labelTicks(tickTimes(interval, t0, t1, 400, zone), 'year', lang, false, zone);
    const widest = Math.max(0, ...ticks.map((k) => estimateLabelWidth(k.label)));
    const spacing = interval.step * 365.2425 * MS_PER_DAY * pxPerMs;
    if (spacing >= widest + gap || attempt === 5) return { ticks, unit: 'year' };
    yearSpacing = widest + gap + 1;
  }
  return { ticks: [], unit: 'year' };
}
