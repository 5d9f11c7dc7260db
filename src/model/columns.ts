/** Events as columns: what `normalizeEvents` keeps beside the events it returns (no imports: the layout reads it too). */
import type { TimelineEvent } from './types.js';

/**
 * The events' sort keys and lanes as columns, by position in the sorted events: what `layoutLanes` and the model's
 * positions read instead of a million objects scattered over the heap (reading `e.lo` from each costs a cache miss).
 */
export interface EventColumns {
  lo: Float64Array;
  hi: Float64Array;
  /** Each event's `index` (its row in the input). */
  index: Int32Array;
  /** Each event's `group`, as a number into `groups` (numbered in the order groups first appear in the input). */
  group: Int32Array;
  groups: readonly string[];
}

export const COLUMNS = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** The columns of events `normalizeEvents` returned (`undefined` for any other array, a filtered one included). */
export const columnsOf = (events: readonly TimelineEvent[]): EventColumns | undefined => COLUMNS.get(events);

/** The columns of `events` as they are, read from the objects (groups numbered in the order they first appear). */
export function gather(events: readonly TimelineEvent[]): EventColumns {
  const n = events.length;
  const c = { lo: new Float64Array(n), hi: new Float64Array(n), index: new Int32Array(n), group: new Int32Array(n), groups: [] as string[] };
  const codes = new Map<string, number>();
  for (let p = 0; p < n; p++) {
    const e = events[p]!;
    c.lo[p] = e.lo;
    c.hi[p] = e.hi;
    c.index[p] = e.index;
    let code = codes.get(e.group);
    if (code === undefined) codes.set(e.group, (code = c.groups.push(e.group) - 1));
    c.group[p] = code;
  }
  return c;
}
