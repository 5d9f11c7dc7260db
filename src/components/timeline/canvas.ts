/**
 * The drawing: grid, events, clusters, density strips and labels on one canvas, from a `Scene` (pure
 * layout, px coordinates). A zoom step redraws a few hundred shapes in well under a millisecond, whatever the
 * number of events, and leaves no DOM to style, lay out or paint. What a user reaches with a keyboard, a pointer
 * or a screen reader stays in the DOM (`plot.ts`: the listbox's options, laid over the drawing).
 *
 * Colours come from the element's CSS custom properties (`--tl-color-*`, `--tl-lane-color-*`), through the
 * palette controller, so themes, `prefers-color-scheme` and a page's own variables apply as they do to the DOM parts.
 */
import type { Scene, SceneCluster, SceneDensity, SceneEvent } from '../../layout/scene.js';
import { matchedIn } from '../../layout/match-count.js';
import { clusterText, clusterWidth } from '../../layout/scene.js';
import { clampX, ROW_INSET, shapeHeight } from '../../layout/metrics.js';
import type { Tick } from '../../layout/ticks.js';
import type { LaneColors, Palette } from '../../controllers/palette-controller.js';
import type { ContextScene } from '../../layout/context.js';

export interface DrawOptions {
  /** CSS px. */
  width: number;
  /** Height of the canvas (CSS px); the part of the lanes from `top` down is drawn. */
  height: number;
  top: number;
  rowHeight: number;
  ticks: readonly Tick[];
  toX: (t: number) => number;
  /** The item with the keyboard focus. */
  focused: SceneEvent | SceneCluster | SceneDensity | undefined;
  selectedId: string | undefined;
  palette: Palette;
  /** Eras and markers in view: eras drawn as tinted bands behind the events, markers as lines over the lanes. */
  context?: ContextScene;
  /** Colours of an item, when they do not follow its lane (`color-by`, a group's own colour). */
  colorOf?: (item: SceneEvent | SceneCluster | SceneDensity) => LaneColors | undefined;
  /** While a query or filter dims: `1` at the input index of each matching event; the others are drawn faint. */
  matched?: Uint8Array;
}

const clamp = clampX;
const LETTER = /\p{L}/u;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * A title's own direction, from its first letter (as `dir="auto"` does): a Latin title in a right-to-left timeline
 * keeps its full stop at its end, a Hebrew one in a left-to-right timeline likewise. Where it is drawn does not change.
 */
export function textDirection(text: string): CanvasDirection {
  const letter = LETTER.exec(text)?.[0];
  return !letter ? 'inherit' : RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}
const LANE_COLORS = 8;
/** The opacity of events a query or filter does not match (the matches keep their full contrast). */
const DIMMED = 0.25;
const alphaOf = (item: SceneEvent | SceneCluster | SceneDensity, o: DrawOptions) =>
  !o.matched ? 1 : item.type === 'event' ? (o.matched[item.event.index] === 1 ? 1 : DIMMED) : matchedIn(item.source, item.from, item.to, o.matched) ? 1 : DIMMED;

const colorsOf = (item: SceneEvent | SceneCluster | SceneDensity, o: DrawOptions): LaneColors => o.colorOf?.(item) ?? o.palette.lanes[item.lane % LANE_COLORS]!;

/** Era bands (soft where a bound is known only roughly), behind everything; a group's era only behind its lane. */
function drawEras(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions, top: number, bottom: number): void {
  for (const item of o.context?.eras ?? []) {
    const lane = item.era.group === undefined ? undefined : scene.lanes.find((l) => l.group === item.era.group);
    if (item.era.group !== undefined && !lane) continue;
    const y0 = lane ? lane.y : top;
    const y1 = lane ? lane.y + lane.height : bottom;
    const x0 = clamp(item.x0, o.width);
    const x1 = clamp(item.x1, o.width);
    const c0 = Math.max(x0, Math.min(x1, item.coreX0));
    const c1 = Math.max(c0, Math.min(x1, item.coreX1));
    const color = item.era.color ?? o.palette.fg;
    ctx.globalAlpha = 0.08;
    ctx.fillStyle = color;
    ctx.fillRect(c0, y0, c1 - c0, y1 - y0);
    for (const [a, b, soft] of [[x0, c0, item.softStart], [c1, x1, item.softEnd]] as const) {
      if (b - a < 0.5) continue;
      if (soft) {
        const g = ctx.createLinearGradient(a, 0, b, 0);
        g.addColorStop(a === x0 ? 0 : 1, 'rgba(0,0,0,0)');
        g.addColorStop(a === x0 ? 1 : 0, color);
        ctx.fillStyle = g;
      } else ctx.fillStyle = color;
      ctx.fillRect(a, y0, b - a, y1 - y0);
    }
    ctx.globalAlpha = 1;
  }
}

/** Marker lines through the lanes: solid for an instant known to a day or finer, dashed for a coarser one. */
function drawMarkers(ctx: CanvasRenderingContext2D, o: DrawOptions, top: number, bottom: number): void {
  ctx.lineWidth = 1.5;
  for (const item of o.context?.markers ?? []) {
    const x = Math.round(item.x) + 0.5;
    const coarse = item.marker.hi - item.marker.lo > 864e5;
    ctx.setLineDash(coarse ? [4, 3] : []);
    ctx.strokeStyle = item.marker.id === 'now' ? o.palette.focus : o.palette.ink;
    ctx.globalAlpha = 0.75;
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  ctx.setLineDash([]);
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

function drawEvent(ctx: CanvasRenderingContext2D, item: SceneEvent, o: DrawOptions, focused: boolean): void {
  const e = item.event;
  const c = colorsOf(item, o);
  const h = shapeHeight(o.rowHeight);
  const y = item.box.y;
  const selected = o.selectedId === e.id;
  const approximate = e.start.approximate || !!e.end?.approximate;
  const hasCore = item.coreX1 > item.coreX0 || (e.kind === 'point' && e.start.precision !== 'day');
  const fuzzy = item.x1 - item.x0 > 1 && !(e.kind === 'point' && item.marker && hasCore);
  const imprecise = fuzzy && !hasCore;
  // Outline: the lane's colour; the selected event's in the text colour; the focused one's in the focus colour.
  const outline = (width: number, dash: number[]) => {
    if (focused) {
      ctx.setLineDash([]);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = o.palette.focus;
    } else if (selected) {
      ctx.setLineDash(dash);
      ctx.lineWidth = 2;
      ctx.strokeStyle = o.palette.fg;
    } else {
      ctx.setLineDash(dash);
      ctx.lineWidth = width;
      ctx.strokeStyle = c.line;
    }
    ctx.stroke();
  };
  if (item.marker) {
    const cx = (item.x0 + item.x1) / 2;
    ctx.beginPath();
    ctx.arc(cx, y + h / 2, Math.min(5, h / 2), 0, 2 * Math.PI);
    if (imprecise) {
      ctx.fillStyle = o.palette.bg;
      ctx.fill();
      outline(1.5, [2, 2]);
    } else {
      ctx.fillStyle = c.line;
      ctx.fill();
      if (focused || selected) outline(1, []);
      else {
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
        ctx.strokeStyle = o.palette.bg;
        ctx.stroke();
      }
    }
    return;
  }
  const x0 = clamp(item.x0, o.width);
  const x1 = clamp(item.x1, o.width);
  roundRect(ctx, x0, y, Math.max(1, x1 - x0), h, 3);
  ctx.fillStyle = c.zone;
  ctx.fill();
  outline(1.25, approximate ? [1, 2.5] : [4, 3]);
  const c0 = clamp(item.coreX0, o.width);
  const c1 = clamp(item.coreX1, o.width);
  if (c1 - c0 >= 1) {
    roundRect(ctx, c0, y, c1 - c0, h, 3);
    ctx.fillStyle = c.core;
    ctx.fill();
    outline(1.25, []);
  }
}

function drawCluster(ctx: CanvasRenderingContext2D, item: SceneCluster, o: DrawOptions, focused: boolean): void {
  const c = colorsOf(item, o);
  const h = item.box.height;
  const y = item.box.y;
  const w = clusterWidth(item);
  // The box, not x0: right to left, a cluster wider than its span (its count) grows leftwards.
  const x = clamp(item.box.x, o.width);
  roundRect(ctx, x, y, w, h, h / 2);
  ctx.fillStyle = c.cluster;
  ctx.fill();
  ctx.setLineDash([]);
  ctx.lineWidth = focused ? 2.5 : 1;
  ctx.strokeStyle = focused ? o.palette.focus : o.palette.bg;
  ctx.stroke();
  ctx.fillStyle = c.count;
  ctx.fillText(clusterText(item.count), x + w / 2, y + h / 2);
}

function drawDensity(ctx: CanvasRenderingContext2D, item: SceneDensity, o: DrawOptions, focused: boolean): void {
  const c = colorsOf(item, o);
  const { y, height: h } = item.box;
  let max = 1;
  for (const n of item.bins) if (n > max) max = n;
  ctx.beginPath();
  item.bins.forEach((n, i) => {
    if (!n) return;
    // Bar heights grow with the square root of the count per column.
    const bar = Math.max(2, Math.round(h * Math.sqrt(n / max)));
    ctx.rect(item.box.x + i * item.binPx, y + h - bar, item.binPx - 1, bar);
  });
  ctx.fillStyle = c.density;
  ctx.fill();
  if (focused) {
    ctx.setLineDash([]);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = o.palette.focus;
    ctx.strokeRect(0, y, o.width, h);
  }
}

/** Draws the plot (everything below the axis) into `ctx`, whose canvas is `width`×`height` CSS px at `dpr`. */
export function drawPlot(ctx: CanvasRenderingContext2D, scene: Scene, o: DrawOptions, dpr: number): void {
  const p = o.palette;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  ctx.translate(0, -o.top);
  // Text in the spacing the labels were fitted to (left unset, a canvas takes it from CSS the moment a reader's
  // style applies — a frame or more before the element has measured again, and labels would run into each other).
  if (ctx.letterSpacing !== p.letterSpacing) ctx.letterSpacing = p.letterSpacing;
  if (ctx.wordSpacing !== p.wordSpacing) ctx.wordSpacing = p.wordSpacing;
  const bottom = o.top + o.height;
  const inView = (y0: number, y1: number) => y1 >= o.top && y0 <= bottom;

  drawEras(ctx, scene, o, o.top, bottom);

  // Grid lines at the axis ticks; darker where the larger unit changes.
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  for (const major of [false, true]) {
    ctx.beginPath();
    for (const t of o.ticks) {
      if (!!t.context !== major) continue;
      const x = Math.round(o.toX(t.t)) + 0.5;
      ctx.moveTo(x, o.top);
      ctx.lineTo(x, bottom);
    }
    ctx.strokeStyle = major ? p.major : p.grid;
    ctx.stroke();
  }


  // Events, clusters and density strips, in scene order (later ones on top, as the hit test expects).
  ctx.font = `700 11px ${p.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const item of scene.items) {
    const rows = item.type === 'density' ? (scene.lanes[item.lane]?.rows ?? 1) : 1;
    if (!inView(item.y, item.y + rows * o.rowHeight)) continue;
    const focused = o.focused === item;
    // Dimmed: an event the query or filter does not match, a cluster or strip none of whose events it matches.
    ctx.globalAlpha = alphaOf(item, o);
    if (item.type === 'event') drawEvent(ctx, item, o, focused);
    else if (item.type === 'cluster') drawCluster(ctx, item, o, focused);
    else drawDensity(ctx, item, o, focused);
    ctx.globalAlpha = 1;
  }

  // Labels over everything. One outside its own bar gets a backing in the background colour, so grid lines do
  // not run through it (a rectangle, not a stroked halo: glyph outlines cost more to rasterize than the rest).
  // Marker lines go between the backings and the text: they stay whole, and the text stays readable over them.
  const h = shapeHeight(o.rowHeight);
  const labelled = scene.items.filter((item): item is SceneEvent => item.type === 'event' && !!item.label && inView(item.y, item.y + o.rowHeight));
  // Beside its bar, or inside one whose tints the text would not read on (a pale or a deep lane colour).
  const backed = labelled.map((item) => item.labelX < item.x0 || item.labelX + item.labelWidth > item.x1 - 4 || colorsOf(item, o).backing);
  ctx.fillStyle = p.bg;
  labelled.forEach((item, i) => backed[i] && ctx.fillRect(item.labelX - 2, item.y + ROW_INSET + h / 2 - 8, item.labelWidth + 4, 16));
  drawMarkers(ctx, o, o.top, bottom);
  ctx.textAlign = 'left';
  const plain = `12px ${p.font}`;
  ctx.font = plain;
  labelled.forEach((item, i) => {
    const selected = o.selectedId === item.event.id;
    if (selected) ctx.font = `700 12px ${p.font}`;
    const y = item.y + ROW_INSET + h / 2;
    ctx.fillStyle = backed[i] ? p.ink : p.fg;
    ctx.direction = textDirection(item.label);
    ctx.globalAlpha = alphaOf(item, o);
    // The selected label is bold, wider than it was fitted in: held to its fitted width.
    if (selected) ctx.fillText(item.label, item.labelX, y, item.labelWidth);
    else ctx.fillText(item.label, item.labelX, y);
    if (selected) ctx.font = plain;
  });
  ctx.direction = 'inherit';
  ctx.globalAlpha = 1;
}

/** What one drawing shows (its draw options, with the scene and the pixel ratio): when none of it changed, the canvas is left as it is. */
export interface Frame extends DrawOptions {
  scene: Scene;
  dpr: number;
}

/**
 * Draws frames on a canvas, sizing it (through CSSOM: a strict CSP blocks a style attribute) as part of the same
 * write, and only when something it shows changed: an update for the tooltip, the hint or the live region draws
 * nothing.
 */
export class Painter {
  private last: Frame | undefined;
  private canvas: HTMLCanvasElement | undefined;
  /** The bitmap's size at the last drawing: setting a canvas's width or height clears it. */
  private pixels = '';

  /** Draws `frame()` on `canvas`, when there is one. */
  drawOn(canvas: HTMLCanvasElement | null, frame: () => Frame): void {
    if (canvas) this.paint(canvas, frame());
  }

  paint(canvas: HTMLCanvasElement, f: Frame): void {
    const l = this.last;
    const pixels = `${canvas.width}x${canvas.height}`;
    const same =
      l && canvas === this.canvas && pixels === this.pixels && l.scene === f.scene && l.ticks === f.ticks && l.width === f.width && l.top === f.top && l.height === f.height;
    if (same && l.dpr === f.dpr && l.focused === f.focused && l.selectedId === f.selectedId && l.palette === f.palette && l.context === f.context && l.colorOf === f.colorOf && l.matched === f.matched) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    // The canvas's box is written only when it moves or resizes: a style write restyles the canvas, and a restyled
    // canvas resolves its context's fonts again at the next `ctx.font`.
    if (canvas !== this.canvas || !l || l.top !== f.top || l.width !== f.width || l.height !== f.height) {
      canvas.style.top = `${f.top}px`;
      canvas.style.width = `${f.width}px`;
      canvas.style.height = `${f.height}px`;
    }
    drawPlot(ctx, f.scene, f, f.dpr);
    this.last = f;
    this.canvas = canvas;
    this.pixels = pixels;
  }
}
