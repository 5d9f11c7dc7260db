/**
 * Time zones without a library: a zone's offset from UTC at an instant, read from `Intl.DateTimeFormat`'s parts
 * (cached per zone and hour). The zone `''` is UTC, as everything was before zones existed, and costs nothing.
 * "Wall time" is an instant's civil time in the zone, written as if it were UTC (`t + offset`), so the proleptic
 * calendar arithmetic of `calendar.ts` works on it unchanged. Outside what a `Date` holds the zone is ignored.
 */
import { inDateRange } from './calendar.js';

const H = 3_600_000;
const partsFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const warned = new Set<string>();

/**
 * The zone a `time-zone` value names: `''` (UTC) for `''` or `UTC`, the reader's for `local`, else the IANA name as
 * `Intl` spells it. A name `Intl` does not know is UTC, with one console warning per name (never a throw).
 */
export function resolveZone(name: string | null | undefined): string {
  const value = (name ?? '').trim();
  if (!value) return '';
  try {
    const zone = new Intl.DateTimeFormat('en', value === 'local' ? {} : { timeZone: value }).resolvedOptions().timeZone;
    return zone === 'UTC' || zone === 'Etc/UTC' ? '' : zone;
  } catch {
    if (!warned.has(value)) {
      warned.add(value);
      console.warn(`<tl-timeline>: time-zone="${value}" is not a time zone this browser knows (an IANA name such as Europe/Berlin, or local); times are shown in UTC.`);
    }
    return '';
  }
}

/** Offset of `zone` from UTC at instant `t`, in ms (Berlin in winter: 3,600,000); 0 for UTC and beyond a `Date`'s range. */
export function zoneOffset(zone: string, t: number): number {
  if (!zone || !inDateRange(t) || !Number.isFinite(t)) return 0;
  // Zones change their offset on whole seconds (local mean times) and, since 1900, on whole quarter hours; an
  // offset is the same for all of a second, and is read once per second asked for (the cache is bounded).
  const s = Math.floor(t / 1000);
  const key = zone + s;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let f = partsFormats.get(zone);
    if (!f) partsFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
    const p: Record<string, string> = {};
    for (const { type, value } of f.formatToParts(s * 1000)) p[type] = value;
    const year = p['era'] === 'BC' ? 1 - +p['year']! : +p['year']!;
    const wall = new Date(0);
    wall.setUTCFullYear(year, +p['month']! - 1, +p['day']!);
    wall.setUTCHours(+p['hour']!, +p['minute']!, +p['second']!);
    offset = wall.getTime() - s * 1000;
    if (offsets.size > 4096) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall time of instant `t` in `zone` (`t` itself in UTC). */
export const toWall = (zone: string, t: number): number => t + zoneOffset(zone, t);

/** The first instant at or after `lo` (up to `hi`) whose offset is not `offset`, by bisection. */
function change(zone: string, lo: number, hi: number, offset: number): number {
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffset(zone, mid) === offset) lo = mid;
    else hi = mid;
  }
  return Math.max(lo, Math.floor(hi / 1000) * 1000);
}

/**
 * The instant wall time `w` starts at in `zone`: the earlier one where it comes twice (the hour repeated in
 * autumn), and where it never comes (the hour skipped in spring) the instant the clocks jump — so a day that
 * starts in a gap starts when it starts.
 */
export function fromWall(zone: string, w: number): number {
  const before = zoneOffset(zone, w - 24 * H);
  const after = zoneOffset(zone, w + 24 * H);
  const a = w - before;
  const b = w - after;
  if (zoneOffset(zone, a) === before) return before === after ? a : Math.min(a, zoneOffset(zone, b) === after ? b : a);
  if (zoneOffset(zone, b) === after) return b;
  return change(zone, Math.min(a, b), Math.max(a, b), before);
}

/**
 * `[from, to)` stretches of `[t0, t1]` with one offset each, for ticks finer than a day. A window with fine ticks
 * spans days at most; offsets that change twice within a week without a difference at its ends are not seen.
 */
export function zoneSegments(zone: string, t0: number, t1: number): [number, number, number][] {
  const o0 = zoneOffset(zone, t0);
  const o1 = zoneOffset(zone, t1);
  if (o0 === o1 && t1 - t0 <= 7 * 24 * H) return [[t0, t1, o0]];
  if (o0 === o1) {
    const mid = t0 + Math.floor((t1 - t0) / 2);
    return [...zoneSegments(zone, t0, mid), ...zoneSegments(zone, mid, t1)];
  }
  const at = change(zone, t0, t1, o0);
  return [[t0, at, o0], ...zoneSegments(zone, at, t1)];
}
