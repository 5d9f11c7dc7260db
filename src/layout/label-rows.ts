/**
 * Rows that leave room for labels. `layoutLanes` puts events into rows by their time alone; here a lane's events
 * are put into rows by what they take up when drawn at a zoom level — shape and whole label, as the scene places
 * them — so a label is cut only where no row is free. Pure; the pipeline caches the result per level.
 *
 * Levels are quarter octaves of the scale (px per ms): rows are laid out for the smallest scale of a level, so they
 * hold at every scale in it and do not change while a zoom stays inside one (nothing jumps on small steps).
 */
import type { TimelineEvent } from '../model/types.js';
import { toRow, type Row } from './lanes.js';

/** A lane with more events than this keeps its time-only rows: per level, its cost would grow with N. */
export const LABEL_LAYOUT_MAX = 600;
/** Gap after a label before the next shape (the scene leaves 6 px). */
const LABEL_GAP = 8;

export interface LabelRowOptions {
  /** Most rows to use; events that find none free go to the row that frees first (there, labels are cut). */
  rows: number;
  markerPx: number;
  clusterPx: number;
  label: (e: TimelineEvent) => string;
  measure: (text: string) => number;
  /**
   * The right edge of the widest view (the data's end and its margin): a label that would run past it is laid out
   * on the left of its shape, where the scene then puts it.
   */
  rightEdge?: number;
  /** The left edge of the widest view: a label is laid out on the left of its shape only where it fits after it. */
  leftEdge?: number;
}

/** The level of a scale (px per ms): quarter octaves. */
export const levelOf = (k: number): number => Math.floor(Math.log2(k) * 4);
/** The smallest scale of a level. */
export const scaleOfLevel = (level: number): number => 2 ** (level / 4);

/**
 * How far right of its start (px) an event reaches when drawn at scale `k` with its whole label, where the scene
 * puts labels: right of a marker; inside a bar from its start, or after a bar too short for it. At least
 * `clusterPx`, so the next event of its row does not merge with it into a cluster.
 */
export function reachPx(e: Pick<TimelineEvent, 'lo' | 'hi'>, labelWidth: number, k: number, o: Pick<LabelRowOptions, 'markerPx' | 'clusterPx'>): number {
  const w = (e.hi - e.lo) * k;
  if (!labelWidth) return Math.max(w, o.clusterPx);
  const labelX = w < o.markerPx ? w / 2 + 8 : w - 6 < Math.min(labelWidth, 80) ? w + 4 : 6;
  return Math.max(w, labelX + labelWidth + LABEL_GAP, o.clusterPx);
}

/**
 * `events` (one lane's, sorted by start) in rows for scale `k`: each to the first row whose last event, label
 * included, ends before it starts (first fit, O(n · rows)). With `o.rows` large, the number of rows returned is
 * what the lane needs at that scale.
 */
export function labelRows(events: readonly TimelineEvent[], k: number, o: LabelRowOptions): Row[] {
  const lists: TimelineEvent[][] = [];
  const lefts: number[][] = [];
  // Per row: where its last label ends, and where its last shape ends (a label may be cut, a shape never hidden).
  const ends: number[] = [];
  const shapeEnds: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const text = o.label(e);
    const labelWidth = text ? o.measure(text) : 0;
    const shapeEnd = Math.max(e.hi, e.lo + 1);
    // Its label on the right (where the scene puts it first), or on the left, with the room each needs.
    const right = { from: e.lo, end: Math.max(shapeEnd, e.lo + reachPx(e, labelWidth, k, o) / k) };
    const w = (e.hi - e.lo) * k;
    const left = { from: e.lo + ((w < o.markerPx ? w / 2 - 8 : -4) - labelWidth - LABEL_GAP) / k, end: Math.max(shapeEnd, e.lo + o.clusterPx / k) };
    // A label that would run past the widest view's right edge can only go left.
    const rightOk = !labelWidth || o.rightEdge === undefined || right.end <= o.rightEdge;
    let place = right;
    let r = rightOk ? ends.findIndex((x) => x <= right.from) : -1;
    if (r < 0 && labelWidth) {
      r = ends.findIndex((x) => x <= left.from);
      if (r >= 0 || !rightOk) place = left;
    }
    if (r < 0 && ends.length < o.rows) {
      r = ends.length;
      // A new row: where the next event would run into this label on the right, and the left is free up to the
      // view's edge, the label goes left — the next one can then share this row (a crowded stretch takes half
      // the rows).
      const next = events[i + 1];
      const leftOk = o.leftEdge !== undefined && left.from >= o.leftEdge;
      if (labelWidth && leftOk && next && next.lo < right.end) place = left;
    }
    if (r < 0) {
      // No row is free for the label: one where only a label is in the way (it gets cut), the one freeing first.
      let best = -1;
      for (let i = 0; i < ends.length; i++) if (shapeEnds[i]! <= e.lo && (best < 0 || ends[i]! < ends[best]!)) best = i;
      // Not even a shape's room: the row whose shapes end first (the scene merges what crowds there).
      if (best < 0) for (let i = 0; i < shapeEnds.length; i++) if (best < 0 || shapeEnds[i]! < shapeEnds[best]!) best = i;
      r = best;
    }
    (lists[r] ??= []).push(e);
    (lefts[r] ??= []).push(place === left ? 1 : 0);
    ends[r] = Math.max(ends[r] ?? -Infinity, place.end);
    shapeEnds[r] = Math.max(shapeEnds[r] ?? -Infinity, shapeEnd);
  }
  // The scene keeps a label on the left where the layout put it there (at a larger scale it might fit on the right,
  // over what this layout placed after it).
  return lists.map((list, r) => ({ ...toRow(list), left: Uint8Array.from(lefts[r]!) }));
}
