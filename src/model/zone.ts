/**
 * Time zones without a library: a zone's offset from UTC at an instant, read from `Intl.DateTimeFormat`'s parts
 * (cached per second). Loaded only when a page sets a `time-zone` (UTC, the default, needs none of this).
 * "Wall time" is an instant's civil time in the zone, written as if it were UTC (`t + offset`), so the proleptic
 * calendar arithmetic of `calendar.ts` works on it unchanged. Outside what a `Date` holds the zone is ignored.
 */
import { inDateRange } from './calendar.js';

/** A time zone other than UTC, as `createZone` makes it. */
export interface TimeZone {
  /** The IANA name, as `Intl` spells it (`Europe/Berlin`). */
  readonly id: string;
  /** Offset from UTC at instant `t`, in ms (Berlin in winter: 3,600,000); 0 beyond a `Date`'s range. */
  offset(t: number): number;
  /** The wall time of instant `t`. */
  wall(t: number): number;
  /**
   * The instant wall time `w` starts at: the earlier one where it comes twice (the hour repeated in autumn), and
   * where it never comes (the hour skipped in spring) the instant the clocks jump, so a day starts when it starts.
   */
  fromWall(w: number): number;
  /**
   * Tick instants `ms` apart over `[t0, t1]` on the zone's civil boundaries (at most `limit`). A day or longer:
   * `civil` gives the wall times (midnights, firsts of months) over a wall window, each starting when the zone's
   * day does. Finer: the zone's full hours, minutes…, stretch by stretch of one offset, so the hour the clocks skip
   * has no tick (00, 01, 03) and the hour they repeat has two (02, 02).
   */
  ticks(ms: number, t0: number, t1: number, limit: number, civil: (w0: number, w1: number) => number[]): number[];
}

const H = 3_600_000;
const warned = new Set<string>();

/**
 * The zone a `time-zone` value names: an IANA name, or `local` for the reader's. `undefined` for UTC — and for a
 * name `Intl` does not know, with one console warning per name (never a throw).
 */
export function createZone(name: string): TimeZone | undefined {
  const value = name.trim();
  if (!value) return undefined;
  let f: Intl.DateTimeFormat;
  try {
    const id = new Intl.DateTimeFormat('en', value === 'local' ? {} : { timeZone: value }).resolvedOptions().timeZone;
    if (/^(Etc\/)?(UTC|GMT)$/.test(id)) return undefined;
    f = new Intl.DateTimeFormat('en', { timeZone: id, timeZoneName: 'longOffset' });
  } catch {
    if (!warned.has(value)) console.warn(`time-zone="${value}" is not a time zone this browser knows; times are shown in UTC.`);
    warned.add(value);
    return undefined;
  }
  const cache = new Map<number, number>();
  const offset = (t: number): number => {
    if (!inDateRange(t)) return 0;
    const s = Math.floor(t / 1000);
    let o = cache.get(s);
    if (o === undefined) {
      // "GMT+05:30", "GMT-04:00", "GMT+00:53:28" (a local mean time), "GMT".
      const m = /([+-])(\d+):(\d+):?(\d*)/.exec(f.formatToParts(s * 1000).find((p) => p.type === 'timeZoneName')!.value);
      o = m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * H + +m[3]! * 60_000 + +m[4]! * 1000) : 0;
      if (cache.size > 4096) cache.clear();
      cache.set(s, o);
    }
    return o;
  };
  /** The first second after `lo` (up to `hi`) whose offset is not `o`, by bisection. */
  const change = (lo: number, hi: number, o: number): number => {
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offset(mid) === o) lo = mid;
      else hi = mid;
    }
    return Math.max(lo, Math.floor(hi / 1000) * 1000);
  };
  const zone: TimeZone = {
    id: f.resolvedOptions().timeZone,
    offset,
    wall: (t) => t + offset(t),
    fromWall(w) {
      const before = offset(w - 24 * H);
      const after = offset(w + 24 * H);
      const [a, b] = [w - before, w - after];
      const okA = offset(a) === before;
      const okB = offset(b) === after;
      return okA && okB ? Math.min(a, b) : okA ? a : okB ? b : change(Math.min(a, b), Math.max(a, b), before);
    },
    ticks(ms, t0, t1, limit, civil) {
      if (ms >= 24 * H) return civil(zone.wall(t0), zone.wall(t1)).map(zone.fromWall).filter((t) => t >= t0 && t <= t1);
      const out: number[] = [];
      for (const [a, b, o] of segments(t0, t1)) {
        for (let t = Math.ceil((a + o) / ms) * ms - o; (t < b || (b === t1 && t === t1)) && out.length < limit; t += ms) out.push(t);
      }
      return out;
    },
  };
  /** `[from, to, offset]` stretches of `[t0, t1]` with one offset each (two changes within a week that cancel out are not seen). */
  const segments = (t0: number, t1: number): [number, number, number][] => {
    const [o0, o1] = [offset(t0), offset(t1)];
    if (o0 === o1 && t1 - t0 <= 168 * H) return [[t0, t1, o0]];
    const at = o0 === o1 ? t0 + Math.floor((t1 - t0) / 2) : change(t0, t1, o0);
    return [...(o0 === o1 ? segments(t0, at) : [[t0, at, o0] as [number, number, number]]), ...segments(at, t1)];
  };
  return zone;
}
