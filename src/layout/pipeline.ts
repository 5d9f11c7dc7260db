/**
 * The steps from rows to a drawing, memoized on their inputs: the same rows give the same normalized events, the
 * same events the same lanes, the same lanes, window, size and text the same scene — the very same objects, so an
 * update that changes none of them builds nothing, and one data change builds one scene.
 */
import { normalizeEvents } from '../model/normalize.js';
import type { NormalizeResult, TimelineEvent } from '../model/types.js';
import { layoutLanes, type Lane, type LaneLayout, type Row } from './lanes.js';
import { LABEL_LAYOUT_MAX, labelRows, levelOf, scaleOfLevel } from './label-rows.js';
import { rowsInRoom, shareRows } from './budget.js';
import { buildScene, laneHeaderOf, type Scene, type SceneOptions } from './scene.js';

/** `fn` remembering its last call: called again with the same arguments (by `===`), it returns the same result. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const NO_ORDER: readonly string[] = Object.freeze([]);

/** Rows a lane may want when nothing limits it (its need is counted up to this). */
const MOST_ROWS = 40;
/**
 * Label-aware row layouts kept per lane (levels × row counts × text styles), the least recently used going first:
 * 40 levels are ten octaves, so zooming from 20 years to a week and back builds each level once (with 24, first in
 * first out, every sweep in built most levels again).
 */
const KEPT_LAYOUTS = 40;

export type SceneInputs = Omit<SceneOptions, 'width' | 'yRange' | 'laneRows' | 'rowsOf'>;

export interface Pipeline {
  /** Rows → events and errors (by the identity of the rows). */
  normalize(rows: unknown): NormalizeResult;
  /** Events → lanes and time-only rows. */
  layout(events: readonly TimelineEvent[], maxRows: number, groupOrder?: readonly string[]): LaneLayout;
  /**
   * Rows per lane: what each needs for whole labels in the opening view `[f0, f1]`, shared in `roomPx` of lanes
   * (`Infinity`: no limit) and at most `cap` each. Lanes too big for label-aware rows keep their time-only rows.
   */
  laneRows(layout: LaneLayout, f0: number, f1: number, width: number, roomPx: number, cap: number, textKey: string, options: SceneInputs): readonly number[];
  /**
   * Lanes, window, size, the lanes in view, the rows per lane and the text (language and label style, as one key:
   * the label and measure functions in `options` follow it) → what to draw.
   */
  scene(layout: LaneLayout, t0: number, t1: number, width: number, yTop: number, yBottom: number, textKey: string, laneRows: readonly number[], options: SceneInputs): Scene;
  /** The rows a lane's events are drawn in at scale `k` (px per ms) with `o`'s labels: built once per level. */
  rowsOf(lane: Lane, rows: number, k: number, o: Omit<SceneOptions, 'width'>): readonly Row[];
}

export function createPipeline(): Pipeline {
  const normalize = memoLast((rows: unknown) => normalizeEvents(rows));
  const layoutOf = memoLast((events: readonly TimelineEvent[], maxRows: number, groupOrder: readonly string[]) => layoutLanes(events, maxRows, groupOrder));
  const layout = (events: readonly TimelineEvent[], maxRows: number, groupOrder: readonly string[] = NO_ORDER) => layoutOf(events, maxRows, groupOrder);
  let options: SceneInputs | undefined;
  // Label-aware rows per lane and (level, rows, text): built when a zoom reaches a new level, then reused.
  const kept = new WeakMap<Lane, Map<string, readonly Row[]>>();
  const rowsOf = (lane: Lane, rows: number, k: number, o: Omit<SceneOptions, 'width'>): readonly Row[] => {
    if (lane.count > LABEL_LAYOUT_MAX) return lane.rows;
    const level = levelOf(k);
    const at = `${level}|${o.textKey ?? ''}|${o.rightEdge ?? ''}|${o.leftEdge ?? ''}`;
    const id = `${rows}|${at}`;
    let byLevel = kept.get(lane);
    if (!byLevel) kept.set(lane, (byLevel = new Map()));
    let found = byLevel.get(id);
    if (found) byLevel.delete(id);
    else {
      if (byLevel.size >= KEPT_LAYOUTS) byLevel.delete(byLevel.keys().next().value!);
      // Laid out with room for every row it needs (fewer than MOST_ROWS), a lane has the same rows with any room
      // that holds them: first fit opens a row only where none is free (laneRows asks for those first).
      const roomy = byLevel.get(`${MOST_ROWS}|${at}`);
      found = roomy && roomy.length < MOST_ROWS && roomy.length <= rows ? roomy : labelRows(lane.all.events, scaleOfLevel(level), { ...o, rows });
    }
    byLevel.set(id, found);
    return found;
  };
  // The same rows per lane as before come back as the same array, so the scene is not built again for nothing.
  let lastRows: readonly number[] = [];
  const same = (next: readonly number[]) => (next.length === lastRows.length && next.every((n, i) => n === lastRows[i]) ? lastRows : (lastRows = next));
  const laneRows = memoLast((l: LaneLayout, f0: number, f1: number, width: number, roomPx: number, cap: number, _textKey: string, _collapsed: unknown) => {
    const k = width / Math.max(1, f1 - f0);
    const o = options!;
    const collapsed = (lane: Lane) => o.collapsed?.has(lane.group) ?? false;
    const needs = l.lanes.map((lane) => (collapsed(lane) ? 1 : lane.count > LABEL_LAYOUT_MAX ? lane.rows.length : rowsOf(lane, MOST_ROWS, k, o).length));
    const room = Number.isFinite(roomPx) ? rowsInRoom(roomPx, l.lanes.length, { ...o, laneHeader: laneHeaderOf(l, o.laneHeader) }) : Infinity;
    const shared = shareRows(needs, room, cap);
    // A lane too big for label-aware rows keeps all its time-only rows (its events are in them).
    return same(l.lanes.map((lane, i) => (collapsed(lane) ? 1 : lane.count > LABEL_LAYOUT_MAX ? lane.rows.length : shared[i]!)));
  });
  const scene = memoLast((l: LaneLayout, t0: number, t1: number, width: number, yTop: number, yBottom: number, _textKey: string, rows: readonly number[], _collapsed: unknown) =>
    buildScene(l, t0, t1, { ...options!, width, yRange: [yTop, yBottom], laneRows: rows, rowsOf }),
  );
  return {
    normalize,
    layout,
    rowsOf,
    laneRows(l, f0, f1, width, roomPx, cap, textKey, o) {
      options = { ...o, textKey };
      return laneRows(l, f0, f1, width, roomPx, cap, textKey, o.collapsed);
    },
    scene(l, t0, t1, width, yTop, yBottom, textKey, rows, o) {
      options = { ...o, textKey };
      return scene(l, t0, t1, width, yTop, yBottom, textKey, rows, o.collapsed);
    },
  };
}
