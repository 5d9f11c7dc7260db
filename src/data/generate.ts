/**
 * Seeded synthetic events for benchmarks, stories and tests. Pure: no DOM, no `Math.random`, no clock —
 * the same options give the same array on every machine, so every library in `bench/` gets the same instants.
 */
import type { TimelineEventInput } from '../model/types.js';

export interface GenerateOptions {
  /** Number of events. */
  n: number;
  /** PRNG seed (any 32-bit integer). Default 1. */
  seed?: number;
  /** Length of the span the starts fall in, in years. Default 20. */
  years?: number;
  /** Number of groups, named `Lane 1` … `Lane k`. Default 8. */
  lanes?: number;
  /** Share of events that are ranges (the rest are points). Default 0.3. */
  rangeShare?: number;
  /** First year of the span (starts fall in `[startYear-01-01, startYear + years - 01-01)` UTC). Default 2005. */
  startYear?: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Shortest and longest range. Durations are log-uniform between them, so every zoom level has bars. */
const MIN_RANGE = HOUR;
const MAX_RANGE = 90 * 24 * HOUR;

/** mulberry32: a tiny, fast 32-bit PRNG, good enough for test data. Returns floats in `[0, 1)`. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `[start, end)` in epoch ms of the span `generateEvents` draws starts from, for the same options. */
export function generatedSpan(options: Omit<GenerateOptions, 'n'> = {}): [number, number] {
  const { years = 20, startYear = 2005 } = options;
  return [Date.UTC(startYear, 0, 1), Date.UTC(startYear + years, 0, 1)];
}

/** ISO 8601 date-time to the second, UTC (`2011-03-04T05:06:00Z`): valid EDTF level 0 as well. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `n` events: points and ranges (1 h … 90 days) with starts uniform over the span, in random order,
 * spread evenly over `lanes` groups. Ids are `e1 … en`, titles `Event 1 … Event n`. Times fall on whole minutes.
 */
export function generateEvents(options: GenerateOptions): TimelineEventInput[] {
  const { n, seed = 1, lanes = 8, rangeShare = 0.3 } = options;
  const [lo, hi] = generatedSpan(options);
  const random = mulberry32(seed);
  const minutes = Math.floor((hi - lo) / MINUTE);
  const logMin = Math.log(MIN_RANGE);
  const logSpan = Math.log(MAX_RANGE) - logMin;
  const events: TimelineEventInput[] = new Array(n);
  for (let i = 0; i < n; i++) {
    // Draw every number for every event, so an event's values do not depend on the kinds drawn before it.
    const start = lo + Math.floor(random() * minutes) * MINUTE;
    const lane = 1 + Math.floor(random() * lanes);
    const isRange = random() < rangeShare;
    const duration = Math.round(Math.exp(logMin + random() * logSpan) / MINUTE) * MINUTE;
    const event: TimelineEventInput = {
      id: `e${i + 1}`,
      start: isoSeconds(start),
      title: `Event ${i + 1}`,
      group: `Lane ${lane}`,
    };
    if (isRange) event.end = isoSeconds(start + duration);
    events[i] = event;
  }
  return events;
}
