import type { TimelineEvent } from '../model/types.js';
import { ROW_INSET, shapeHeight, type Box } from './metrics.js';
import { firstReaching, firstStartingAfter, firstStartingFrom, type Lane, type LaneLayout, type Row } from './lanes.js';

/** What every item of a scene carries, worked out once when the scene is built. */
export interface Placed {
  /** DOM id of its option (for `aria-activedescendant`); see `itemKey`. */
  key: string;
  /** Its shape's box in plot px, as drawn (the rows' insets included). */
  box: Box;
}

/** An event drawn on its own. x values are px in the plot; `core` is the part known exactly (may be empty). */
export interface SceneEvent extends Placed {
  type: 'event';
  event: TimelineEvent;
  lane: number;
  row: number;
  x0: number;
  x1: number;
  /** Start and end of the exactly-known part (`coreX1 <= coreX0` when nothing is known exactly). */
  coreX0: number;
  coreX1: number;
  /** Drawn as a marker (narrower than `markerPx`) rather than a bar. */
  marker: boolean;
  y: number;
  label: string;
  labelX: number;
  /** Width of `label` as drawn (0 when there is none). */
  labelWidth: number;
}

/** The events a cluster or density strip stands for: `source.events[from … to)`, the first of them `head`. */
export interface Members {
  source: Row;
  from: number;
  to: number;
  /** The first of them in time order (also first among all events: rows keep the data's order). */
  head: TimelineEvent;
}

/** Events that crowd at this zoom, merged; zooming into `[lo, hi]` splits them. */
export interface SceneCluster extends Members, Placed {
  type: 'cluster';
  lane: number;
  row: number;
  x0: number;
  x1: number;
  y: number;
  count: number;
  lo: number;
  hi: number;
}

/**
 * A lane too dense even for a strip of clusters (thousands of events in view): drawn as a histogram of event
 * starts per `binPx` column, one shape for the whole lane, so the cost stays the same at any number of events.
 */
export interface SceneDensity extends Members, Placed {
  type: 'density';
  lane: number;
  row: number;
  y: number;
  /** Events starting in each column, left to right. */
  bins: number[];
  binPx: number;
  /** Events of the lane in view. */
  count: number;
  lo: number;
  hi: number;
}

export type SceneItem = SceneEvent | SceneCluster | SceneDensity;

export interface SceneLane {
  group: string;
  index: number;
  y: number;
  /** Space for its name above its rows (0: it has none to show). */
  header: number;
  height: number;
  rows: number;
  count: number;
}

export interface Scene {
  items: SceneItem[];
  lanes: SceneLane[];
  height: number;
}

export interface SceneOptions {
  width: number;
  rowHeight: number;
  lanePadding: number;
  /** Space above the rows of each lane for its name. */
  laneHeader: number;
  /** Events closer than this (px) in a row merge into a cluster. */
  clusterPx: number;
  /** Below this width (px) an event is drawn as a marker. */
  markerPx: number;
  maxRows: number;
  /** Rows of each lane (by lane index), when the room for them was worked out (see `layout/budget.ts`). */
  laneRows?: readonly number[];
  /** The rows to draw a lane's events in at this scene's scale (label-aware, `layout/label-rows.ts`); else its time-only rows. */
  rowsOf?: (lane: Lane, rows: number, k: number, o: SceneOptions) => readonly Row[];
  /** The language and label style `label` and `measure` follow, as one key (label-aware rows are kept per key). */
  textKey?: string;
  /** The right edge of the widest view: labels that would run past it are laid out on the left of their shape. */
  rightEdge?: number;
  /** The left edge of the widest view: labels are laid out on the left of their shape only where they fit after it. */
  leftEdge?: number;
  /** Text of an event's label. */
  label: (e: TimelineEvent) => string;
  /** Rendered width of a label in px. */
  measure: (text: string) => number;
  /** Groups whose lane is drawn collapsed: one density strip of all its events, whatever the zoom. */
  collapsed?: ReadonlySet<string>;
  /** Vertical px range in view (the plot may scroll): lanes outside it get no items. Default: all. */
  yRange?: readonly [number, number];
}

const MIN_LABEL_PX = 28;

/** A lane becomes a density histogram once a strip of clusters would hold more than this many events per cluster. */
const DENSITY_FACTOR = 8;
const BIN_PX = 4;

/**
 * Events of a row starting in each of `columns` equal columns of `[t0, t1]`: one binary search per column, so
 * O(columns · log n) whatever the number of events — or, with fewer than 4 events a column in view, one walk over
 * them. The density strips and `<tl-overview>` are drawn from it.
 */
export function binsOf(row: Row, t0: number, t1: number, columns: number): number[] {
  const bins = new Array<number>(columns).fill(0);
  const step = (t1 - t0) / columns;
  const end = (c: number) => (c === columns - 1 ? t1 : t0 + (c + 1) * step);
  let from = firstStartingFrom(row, t0);
  const to = firstStartingAfter(row, t1, from);
  // Each event to the first column whose end it does not pass, as the searches below count them.
  if (to - from < 4 * columns) for (let c = 0; from < to; bins[c]!++, from++) while (row.los[from]! > end(c)) c++;
  else
    for (let c = 0; c < columns; c++) {
      const next = firstStartingAfter(row, end(c), from);
      bins[c] = next - from;
      from = next;
    }
  return bins;
}

function densityOf(row: Row, lane: number, y: number, t0: number, t1: number, k: number, pad: number, count: number, rows: number, rowHeight: number): SceneDensity {
  const columns = Math.ceil(((t1 - t0) * k) / BIN_PX);
  const bins = binsOf(row, t0, t0 + (columns * BIN_PX) / k, columns);
  // The events it stands for: those of the lane that reach into the window.
  const first = firstReaching(row, t0 - pad);
  const last = firstStartingAfter(row, t1 + pad, first);
  const box = { x: 0, y: y + ROW_INSET, width: columns * BIN_PX, height: rows * rowHeight - 2 * ROW_INSET };
  return { type: 'density', key: `d-${lane}`, box, lane, row: 0, y, bins, binPx: BIN_PX, count, lo: t0, hi: t1, source: row, from: first, to: last, head: row.events[first]! };
}

/** The space above a lane's rows for its name: none when the data has one lane without a name. */
export function laneHeaderOf(layout: Pick<LaneLayout, 'lanes'>, laneHeader: number): number {
  return layout.lanes.length === 1 && !layout.lanes[0]!.group ? 0 : laneHeader;
}

/** Heights of lanes: they depend on the data and the room, not on the zoom, so nothing jumps while zooming. */
export function laneGeometry(layout: LaneLayout, o: Pick<SceneOptions, 'rowHeight' | 'lanePadding' | 'laneHeader' | 'maxRows' | 'laneRows' | 'collapsed'>): SceneLane[] {
  let y = 0;
  const header = laneHeaderOf(layout, o.laneHeader);
  return layout.lanes.map((lane, i) => {
    const rows = o.collapsed?.has(lane.group) ? 1 : Math.max(1, o.laneRows?.[i] ?? Math.min(lane.rows.length, o.maxRows));
    const height = header + rows * o.rowHeight + 2 * o.lanePadding;
    const geometry: SceneLane = { group: lane.group, index: lane.index, y, header, height, rows, count: lane.count };
    y += height;
    return geometry;
  });
}

/** Text cut to fit `room` px, with an ellipsis; '' when not even a few letters fit (a short text that fits is kept). */
export function fitLabel(text: string, room: number, measure: (t: string) => number): string {
  const full = measure(text);
  if (full <= room) return text;
  if (room < MIN_LABEL_PX) return '';
  // Guess from the average letter width, then shorten until it really fits (letters differ in width).
  for (let chars = Math.floor((text.length * (room - 8)) / full); chars >= 3; chars--) {
    const cut = `${text.slice(0, chars).trimEnd()}…`;
    if (measure(cut) <= room) return cut;
  }
  return '';
}

/**
 * What to draw for the window `[t0, t1]`: per row, only events that reach into the window (binary search on
 * the sorted row), walking left to right and jumping over crowded stretches as clusters (another binary
 * search), so the cost follows what is visible, not the number of events. A lane with more events in view than
 * its rows can show is drawn as one strip of clusters.
 */
export function buildScene(layout: LaneLayout, t0: number, t1: number, o: SceneOptions): Scene {
  const k = o.width / (t1 - t0);
  const sx = (t: number) => (t - t0) * k;
  const pad = (o.clusterPx + 4) / k;
  const lanes = laneGeometry(layout, o);
  const items: SceneItem[] = [];

  const emitRow = (row: Row, laneIndex: number, rowIndex: number, y: number) => {
    const from = firstReaching(row, t0 - pad);
    const to = firstStartingAfter(row, t1 + pad, from);
    let previous: SceneEvent | undefined;
    let previousLeft = false;
    // Right edge of what was drawn last in this row (shape or label), so a label may go left of a marker.
    let usedRight = -Infinity;
    const closeLabel = (nextX: number) => {
      if (!previous) return;
      const item = previous;
      previous = undefined;
      const text = o.label(item.event);
      const room = Math.min(nextX - item.labelX - 6, o.width - item.labelX);
      const anchor = item.marker ? (item.x0 + item.x1) / 2 - 8 : item.x0 - 4;
      const leftRoom = anchor - Math.max(usedRight, 0) - 6;
      // Where the rows were laid out with this label on the left, it stays there while it fits there whole.
      const full = text && previousLeft ? o.measure(text) : Infinity;
      item.label = text && full > leftRoom ? fitLabel(text, room, o.measure) : '';
      item.labelWidth = item.label ? o.measure(item.label) : 0;
      if (text && item.label !== text) {
        // Not enough room on the right: the label may sit on the left of the shape, where there is more.
        if (leftRoom > room || full <= leftRoom) {
          const label = fitLabel(text, leftRoom, o.measure);
          if (label) {
            item.label = label;
            item.labelWidth = o.measure(label);
            item.labelX = anchor - item.labelWidth;
          }
        }
      }
      usedRight = Math.max(item.x1, item.label ? item.labelX + item.labelWidth : item.x1);
    };
    for (let i = from; i < to; ) {
      const e = row.events[i]!;
      if (e.hi < t0 - pad) {
        i++;
        continue;
      }
      const x0 = sx(e.lo);
      const x1 = sx(e.hi);
      const nextX = i + 1 < to ? sx(row.los[i + 1]!) : Infinity;
      // Merge when the next event starts within `clusterPx`: it would hide this one (rows past `maxRows` may hold
      // overlapping events; one that starts later inside a bar is drawn over the rest of it, both stay visible).
      if (nextX - x0 < o.clusterPx) {
        const reach = x0 + o.clusterPx;
        const j = Math.max(i + 2, firstStartingAfter(row, t0 + reach / k, i));
        const end = Math.min(j, to);
        const lastEvent = row.events[end - 1]!;
        let hi = Math.max(e.hi, lastEvent.hi);
        // The exact end of small clusters; big ones (only at low zoom) use the last start's end.
        if (end - i <= 64) for (let m = i; m < end; m++) hi = Math.max(hi, row.events[m]!.hi);
        closeLabel(x0);
        usedRight = Math.max(usedRight, x0 + o.clusterPx);
        // Drawn over the starts it merges (not to the end of the longest range in it), so pills never overlap.
        const x1 = Math.max(x0, Math.min(sx(lastEvent.lo), x0 + o.clusterPx - 2));
        const count = end - i;
        items.push({
          type: 'cluster',
          key: `c-${laneIndex}-${rowIndex}-${e.index}`,
          box: { x: x0, y: y + ROW_INSET, width: Math.max(x1 - x0, clusterText(count).length * 6.5 + 9), height: shapeHeight(o.rowHeight) },
          lane: laneIndex,
          row: rowIndex,
          x0,
          x1,
          y,
          count,
          lo: e.lo,
          hi,
          source: row,
          from: i,
          to: end,
          head: e,
        });
        i = end;
        continue;
      }
      closeLabel(x0);
      const marker = x1 - x0 < o.markerPx;
      const end = e.end;
      const coreX0 = sx(e.start.open ? (end?.min ?? e.lo) : e.kind === 'point' ? e.lo : e.start.max);
      const coreX1 = sx(end ? (end.open ? e.start.max : end.min) : e.kind === 'point' ? e.hi : e.lo);
      const h = shapeHeight(o.rowHeight);
      const cx = (x0 + x1) / 2;
      const item: SceneEvent = {
        type: 'event',
        key: `e-${e.index}`,
        box: marker ? { x: cx - h / 2, y: y + ROW_INSET, width: h, height: h } : { x: x0, y: y + ROW_INSET, width: Math.max(1, x1 - x0), height: h },
        event: e,
        lane: laneIndex,
        row: rowIndex,
        x0,
        x1,
        coreX0,
        coreX1,
        marker,
        y,
        label: '',
        labelWidth: 0,
        labelX: marker ? (x0 + x1) / 2 + 8 : Math.max(x0, 0) + 6,
      };
      // A bar too narrow for its text puts the label after it.
      if (!marker && x1 - item.labelX < Math.min(o.measure(o.label(e)), 80)) item.labelX = x1 + 4;
      items.push(item);
      previous = item;
      previousLeft = row.left?.[i] === 1;
      i++;
    }
    closeLabel(Infinity);
  };

  const [yTop, yBottom] = o.yRange ?? [-Infinity, Infinity];
  const header = laneHeaderOf(layout, o.laneHeader);
  for (const geometry of lanes) {
    // Lanes scrolled out of view cost nothing per frame.
    if (geometry.y > yBottom || geometry.y + geometry.height < yTop) continue;
    const lane: Lane = layout.lanes[geometry.index]!;
    const rows = o.rowsOf ? o.rowsOf(lane, geometry.rows, k, o) : lane.rows;
    const top = geometry.y + header + o.lanePadding;
    let visible = 0;
    for (const row of rows) visible += firstStartingAfter(row, t1 + pad) - firstReaching(row, t0 - pad);
    const capacity = (geometry.rows * o.width) / o.clusterPx / 2;
    if (visible > (DENSITY_FACTOR * o.width) / o.clusterPx || (o.collapsed?.has(lane.group) && visible > 0)) {
      items.push(densityOf(lane.all, geometry.index, top, t0, t1, k, pad, visible, geometry.rows, o.rowHeight));
    } else if (visible > capacity) {
      emitRow(lane.all, geometry.index, 0, top + ((geometry.rows - 1) * o.rowHeight) / 2);
    } else {
      rows.forEach((row, r) => emitRow(row, geometry.index, r, top + r * o.rowHeight));
    }
  }
  const last = lanes[lanes.length - 1];
  return { items, lanes, height: last ? last.y + last.height : 0 };
}

/** The count written on a cluster pill: `1.2k` from a thousand on. */
export function clusterText(count: number): string {
  return count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
}

/** Width of a cluster pill: over the starts it merges, and at least wide enough for its count. */
export function clusterWidth(item: SceneCluster): number {
  return item.box.width;
}

/** Box of an item in plot px (the rows' insets included), as drawn: computed once, when the scene is built. */
export function itemBox(_scene: Scene, item: SceneItem, _rowHeight?: number): Box {
  return item.box;
}

/**
 * DOM id of an item (for `aria-activedescendant`): an event by its place in the input, a cluster by its lane, row
 * and first event, a density strip by its lane — never by the data's own ids, which may hold any character.
 */
export function itemKey(item: SceneItem): string {
  return item.key;
}

export { hitTest, targetBox } from './hit.js';
export { MIN_TARGET_PX } from './metrics.js';
