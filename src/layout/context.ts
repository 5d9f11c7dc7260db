/**
 * Where eras and markers go in a window, in px: rows for the eras (laid out once, at the opening view, so they do
 * not change while panning or zooming), and per frame only what is in view, found by binary search. Pure, no DOM.
 */
import type { LocalizedText } from '../model/types.js';
import { isSoft, type Era, type Marker } from '../model/context.js';
import { fitLabel } from './scene.js';

export interface ContextLayoutOptions {
  width: number;
  /** Measured width of text in the era label font. */
  measure: (text: string) => number;
  label: (title: LocalizedText) => string;
  /** Px reserved per era row. */
  rowHeight: number;
  /** Rows beyond which an era's name no longer opens a row: it shares one where only its band is free (cut there). */
  maxRows?: number;
}

export interface SceneEra {
  type: 'era';
  era: Era;
  key: string;
  row: number;
  x0: number;
  x1: number;
  coreX0: number;
  coreX1: number;
  y: number;
  height: number;
  label: string;
  labelX: number;
  labelWidth: number;
  /** Soft ends: the bound is known only to a year or coarser (or roughly) → drawn fading. */
  softStart: boolean;
  softEnd: boolean;
}

export interface SceneMarker {
  type: 'marker';
  marker: Marker;
  key: string;
  x: number;
  label: string;
  labelX: number;
  labelWidth: number;
  /** Label drawn left of the line (no room on the right). */
  left: boolean;
}

export interface ContextScene {
  eras: SceneEra[];
  markers: SceneMarker[];
  /** Px of the strip at the top: era rows × rowHeight, + one row when there are markers; 0 when neither. */
  height: number;
  rows: number;
}

/** Gap between a band's start and its name. */
const LABEL_INSET = 4;
/** Gap after a name before the next era of its row. */
const LABEL_GAP = 8;
/** Gap between a marker's line and its name, and between a name and the next line or name. */
const MARKER_GAP = 4;
/** Far beyond any plot, near enough that a canvas still draws a gradient to it exactly. */
const FAR = 1e6;
/** Rounding between the rows' time units and the scene's px must not cut a name the rows made room for. */
const EPSILON = 0.01;

const clampFar = (x: number) => Math.max(-FAR, Math.min(FAR, x));

/** Positions of `list` in the order of `key` (ties by position); `null` when it is in that order already. */
function orderBy<T>(list: readonly T[], key: (a: T, b: T) => number): Uint32Array | null {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = key(list[i - 1]!, list[i]!) <= 0;
  return sorted ? null : Uint32Array.from(list.keys()).sort((a, b) => key(list[a]!, list[b]!) || a - b);
}

const eraOrder = (a: Era, b: Era) => a.lo - b.lo || b.hi - a.hi;

/**
 * Rows for eras: greedy first fit, so that no two eras of a row overlap in time, nor in their name's extent at the
 * opening view `[f0, f1]` drawn `width` px wide (a name wider than its band takes name + 12 px from where it is
 * drawn). `rowOf` is in the order of `eras`.
 */
export function eraRows(eras: readonly Era[], f0: number, f1: number, o: ContextLayoutOptions): { rowOf: Int32Array; rows: number } {
  const rowOf = new Int32Array(eras.length);
  const k = f1 > f0 && o.width > 0 ? o.width / (f1 - f0) : 0;
  // Per row: where its last name or band ends, and where its last band ends.
  const ends: number[] = [];
  const bandEnds: number[] = [];
  const order = orderBy(eras, eraOrder);
  for (let j = 0; j < eras.length; j++) {
    const i = order ? order[j]! : j;
    const e = eras[i]!;
    const name = k ? o.label(e.title) : '';
    // The name is drawn from the visible start of the band (sticky at the left edge).
    const from = e.hi > f0 ? Math.max(e.lo, f0) : e.lo;
    const end = name ? Math.max(e.hi, from + (o.measure(name) + LABEL_INSET + LABEL_GAP) / k) : e.hi;
    let r = ends.findIndex((x) => x <= e.lo);
    if (r < 0 && o.maxRows !== undefined && ends.length >= o.maxRows) r = bandEnds.findIndex((x) => x <= e.lo);
    if (r < 0) r = ends.length;
    rowOf[i] = r;
    ends[r] = Math.max(ends[r] ?? -Infinity, end);
    bandEnds[r] = Math.max(bandEnds[r] ?? -Infinity, e.hi);
  }
  return { rowOf, rows: ends.length };
}

interface EraIndex {
  order: Uint32Array | null;
  lo: Float64Array;
  /** Running maximum of `hi` in that order: the first era that may reach into a window is a binary search away. */
  maxHi: Float64Array;
}

const eraIndexes = new WeakMap<readonly Era[], EraIndex>();
const markerOrders = new WeakMap<readonly Marker[], Uint32Array | null>();

function eraIndex(eras: readonly Era[]): EraIndex {
  let index = eraIndexes.get(eras);
  if (index) return index;
  const order = orderBy(eras, eraOrder);
  const lo = new Float64Array(eras.length), maxHi = new Float64Array(eras.length);
  let max = -Infinity;
  for (let j = 0; j < eras.length; j++) {
    const e = eras[order ? order[j]! : j]!;
    lo[j] = e.lo;
    maxHi[j] = max = Math.max(max, e.hi);
  }
  eraIndexes.set(eras, (index = { order, lo, maxHi }));
  return index;
}

/** First position whose value is above (or, `orEqual`, at least) `t`. */
function search(n: number, value: (j: number) => number, t: number, orEqual: boolean): number {
  let a = 0, b = n;
  while (a < b) {
    const m = (a + b) >>> 1;
    const v = value(m);
    if (v > t || (orEqual && v === t)) b = m;
    else a = m + 1;
  }
  return a;
}

function sceneEras(eras: readonly Era[], rowOf: Int32Array, t0: number, t1: number, k: number, o: ContextLayoutOptions): SceneEra[] {
  const { order, lo, maxHi } = eraIndex(eras);
  const sx = (t: number) => clampFar((t - t0) * k);
  const out: SceneEra[] = [];
  // Per row: the last era placed, whose name may run up to this one's start.
  const last: number[] = [];
  const nextX: number[] = [];
  for (let j = search(eras.length, (m) => maxHi[m]!, t0, false); j < eras.length && lo[j]! < t1; j++) {
    const i = order ? order[j]! : j;
    const era = eras[i]!;
    if (era.hi <= t0) continue;
    const row = rowOf[i] ?? 0;
    const x0 = sx(era.lo);
    if (last[row] !== undefined) nextX[last[row]!] = x0;
    last[row] = out.length;
    nextX.push(Infinity);
    const y = row * o.rowHeight;
    const item: SceneEra = { type: 'era', era, key: `tl-era-${era.index}`, row, x0, x1: sx(era.hi), coreX0: sx(era.coreLo), coreX1: sx(era.coreHi), y, height: o.rowHeight, label: '', labelX: 0, labelWidth: 0, softStart: isSoft(era.start), softEnd: isSoft(era.end) };
    out.push(item);
  }
  out.forEach((item, j) => {
    const name = o.label(item.era.title);
    item.labelX = Math.max(item.x0, 0) + LABEL_INSET;
    const limit = Math.min(nextX[j]! - LABEL_GAP, o.width);
    // A whole name may run past a narrow band into free space; a cut one stays inside its band.
    item.label = name && o.measure(name) <= limit - item.labelX + EPSILON ? name : fitLabel(name, Math.min(limit, item.x1 - LABEL_INSET) - item.labelX, o.measure);
    item.labelWidth = item.label ? o.measure(item.label) : 0;
  });
  return out;
}

function sceneMarkers(markers: readonly Marker[], t0: number, t1: number, k: number, o: ContextLayoutOptions): SceneMarker[] {
  let order = markerOrders.get(markers);
  if (order === undefined) markerOrders.set(markers, (order = orderBy(markers, (a, b) => a.t - b.t)));
  const at = (j: number) => markers[order ? order[j]! : j]!;
  const out: SceneMarker[] = [];
  const n = markers.length;
  for (let j = search(n, (m) => at(m).t, t0 - 1 / k, true); j < n && at(j).t <= t1 + 1 / k; j++) {
    const marker = at(j);
    const x = (marker.t - t0) * k;
    const name = o.label(marker.title);
    const width = name ? o.measure(name) : 0;
    const prev = out[out.length - 1];
    const right = Math.min(j + 1 < n ? (at(j + 1).t - t0) * k - MARKER_GAP : Infinity, o.width) - (x + MARKER_GAP);
    const left = x - MARKER_GAP - (prev ? Math.max(prev.x, prev.labelX + prev.labelWidth) + MARKER_GAP : 0);
    const onLeft = width > right && (width <= left || left > right);
    const label = width <= (onLeft ? left : right) ? name : fitLabel(name, onLeft ? left : right, o.measure);
    const labelWidth = label ? o.measure(label) : 0;
    const labelX = onLeft ? x - MARKER_GAP - labelWidth : x + MARKER_GAP;
    out.push({ type: 'marker', marker, key: `tl-marker-${marker.index}`, x, label, labelX, labelWidth, left: onLeft });
  }
  return out;
}

/**
 * What to draw of eras and markers in the window `[t0, t1]`: eras that reach into it, markers in it (± 1 px), with
 * their names placed. The strip's height depends on `rows` and on whether there are markers at all, not on what is
 * in view, so the lanes below do not jump while panning.
 */
export function contextScene(eras: readonly Era[], rowOf: Int32Array, rows: number, markers: readonly Marker[], t0: number, t1: number, o: ContextLayoutOptions): ContextScene {
  const height = (rows + (markers.length ? 1 : 0)) * o.rowHeight;
  if (!(t1 > t0) || !(o.width > 0)) return { eras: [], markers: [], height, rows };
  const k = o.width / (t1 - t0);
  return { eras: sceneEras(eras, rowOf, t0, t1, k, o), markers: sceneMarkers(markers, t0, t1, k, o), height, rows };
}
