/**
 * The drawing: grid, events, clusters, density strips and labels on one canvas, from a `Scene` (pure
 * layout, px coordinates). A zoom step redraws a few hundred shapes in well under a millisecond, whatever the
 * number of events, and leaves no DOM to style, lay out or paint. What a user reaches with a keyboard, a pointer
 * or a screen reader stays in the DOM (`plot.ts`: the listbox's options, laid over the drawing).
 *
 * Colours come from the element's CSS custom properties (`--tl-color-*`, `--tl-lane-color-*`), read on every
 * draw, so themes, `prefers-color-scheme` and a page's own variables apply as they do to the DOM parts.
 */
import type { Scene, SceneCluster, SceneDensity, SceneEvent } from '../../layout/scene.js';
import { clusterText, clusterWidth } from '../../layout/scene.js';
import type { Tick } from '../../layout/ticks.js';
import { BLACK, contrastRatio, css, over, readableOn, WHITE, type Rgba } from '../../model/color.js';

export interface Palette {
  bg: string;
  fg: string;
  /** Labels on their backing (the background): the text colour, or black or white where it would not read. */
  ink: string;
  grid: string;
  major: string;
  focus: string;
  font: string;
  /** The text spacing in force (`letter-spacing`, `word-spacing`, computed): a reader's own may be larger (WCAG 1.4.12). */
  letterSpacing: string;
  wordSpacing: string;
  lanes: LaneColors[];
}

interface LaneColors {
  line: string;
  /** A period's whole extent (20 % tint). */
  zone: string;
  /** The exactly known part: light enough for dark text. */
  core: string;
  /** A cluster's pill, and its count: chosen to read at 4.5:1 or better on it. */
  cluster: string;
  count: string;
  density: string;
  /** Whether a label inside a bar needs a backing: the text colour reads at less than 4.5:1 on the bar's tints. */
  backing: boolean;
}

const LANE_COLORS = 8;
const rgbaCache = new Map<string, Rgba>();
let scratch: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as sRGB bytes, through a 1×1 canvas (so named, hsl(), oklch() … all work). */
function toRgba(color: string): Rgba {
  let rgba = rgbaCache.get(color);
  if (rgba) return rgba;
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!scratch) return [0, 0, 0, 1];
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#000';
  scratch.fillStyle = color || 'transparent';
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data as unknown as number[];
  rgba = a ? [Math.round((r! * 255) / a), Math.round((g! * 255) / a), Math.round((b! * 255) / a), a / 255] : [0, 0, 0, 0];
  if (rgbaCache.size > 256) rgbaCache.clear();
  rgbaCache.set(color, rgba);
  return rgba;
}

/** `color-mix(in srgb, a p, b)`, premultiplied as CSS does it. */
export function mix(a: string, p: number, b: string): string {
  const x = toRgba(a);
  const y = toRgba(b);
  const alpha = x[3] * p + y[3] * (1 - p);
  if (alpha <= 0) return 'rgba(0,0,0,0)';
  const channel = (i: number) => Math.round((x[i]! * x[3] * p + y[i]! * y[3] * (1 - p)) / alpha);
  return `rgba(${channel(0)},${channel(1)},${channel(2)},${Math.round(alpha * 1000) / 1000})`;
}

/**
 * The colours in force on `el` (its computed custom properties). In forced-colors mode (Windows High Contrast and
 * the like), where the browser recolours the DOM to the user's system colours, the drawing uses those too: shapes
 * in the text colour on the background, exact parts a little darker, focus in the highlight colour — precision
 * stays readable because it is drawn with outlines and dash patterns, not with hue.
 */
export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const text = { font: style.fontFamily || 'sans-serif', letterSpacing: spacing(style.letterSpacing), wordSpacing: spacing(style.wordSpacing) };
  if (typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches) {
    const line = 'CanvasText';
    const lane: LaneColors = { line, zone: 'Canvas', core: mix(line, 0.3, 'Canvas'), cluster: line, count: 'Canvas', density: line, backing: true };
    return { bg: 'Canvas', fg: line, ink: line, grid: 'GrayText', major: 'GrayText', focus: 'Highlight', ...text, lanes: Array(LANE_COLORS).fill(lane) };
  }
  const v = (name: string) => style.getPropertyValue(name).trim();
  const bg = v('--_bg') || '#fff';
  const fg = v('--_fg') || '#000';
  const muted = v('--_muted') || '#666';
  const band = v('--_band') || bg;
  const page = over(toRgba(bg), WHITE);
  const fgRgba = over(toRgba(fg), page);
  const lanes: LaneColors[] = [];
  for (let i = 0; i < LANE_COLORS; i++) {
    const c = v(`--_c${i}`) || '#2563eb';
    // What is under a lane's drawing: every other lane is banded (see lanesTemplate), 8 colours keep the parity.
    const under = i % 2 ? over(toRgba(band), page) : page;
    const core = mix(c, 0.42, bg);
    const zone = mix(c, 0.2, 'transparent');
    const pill = over(toRgba(c), page);
    const worst = Math.min(...[zone, core].map((fill) => contrastRatio(fgRgba, over(toRgba(fill), under))), contrastRatio(fgRgba, under));
    lanes.push({
      line: c,
      zone,
      core,
      cluster: css(pill),
      count: css(readableOn(pill, [page, fgRgba])),
      density: mix(c, 0.7, bg),
      backing: worst < 4.5,
    });
  }
  return {
    bg,
    fg,
    ink: css(readableOn(page, [fgRgba, BLACK, WHITE])),
    grid: v('--_grid') || '#ddd',
    major: mix(muted, 0.35, 'transparent'),
    focus: v('--_focus') || '#c2410c',
    ...text,
    lanes,
  };
}

/** A computed `letter-spacing` / `word-spacing` as a canvas takes it (`normal` is none). */
function spacing(value: string): string {
  return value && value !== 'normal' ? value : '0px';
}

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
}

const clamp = (x: number, w: number) => Math.max(-8, Math.min(w + 8, x));

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

function drawEvent(ctx: CanvasRenderingContext2D, item: SceneEvent, o: DrawOptions, focused: boolean): void {
  const e = item.event;
  const c = o.palette.lanes[item.lane % LANE_COLORS]!;
  const h = o.rowHeight - 6;
  const y = item.y + 3;
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
  const c = o.palette.lanes[item.lane % LANE_COLORS]!;
  const h = o.rowHeight - 6;
  const y = item.y + 3;
  const w = clusterWidth(item);
  const x = clamp(item.x0, o.width);
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

function drawDensity(ctx: CanvasRenderingContext2D, item: SceneDensity, scene: Scene, o: DrawOptions, focused: boolean): void {
  const c = o.palette.lanes[item.lane % LANE_COLORS]!;
  const h = (scene.lanes[item.lane]?.rows ?? 1) * o.rowHeight - 6;
  const y = item.y + 3;
  let max = 1;
  for (const n of item.bins) if (n > max) max = n;
  ctx.beginPath();
  item.bins.forEach((n, i) => {
    if (!n) return;
    // Bar heights grow with the square root of the count per column.
    const bar = Math.max(2, Math.round(h * Math.sqrt(n / max)));
    ctx.rect(i * item.binPx, y + h - bar, item.binPx - 1, bar);
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
  const bottom = o.top + o.height;
  const inView = (y0: number, y1: number) => y1 >= o.top && y0 <= bottom;

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
    if (item.type === 'event') drawEvent(ctx, item, o, focused);
    else if (item.type === 'cluster') drawCluster(ctx, item, o, focused);
    else drawDensity(ctx, item, scene, o, focused);
  }

  // Labels over everything. One outside its own bar gets a backing in the background colour, so grid lines do
  // not run through it (a rectangle, not a stroked halo: glyph outlines cost more to rasterize than the rest).
  const h = o.rowHeight - 6;
  ctx.textAlign = 'left';
  const plain = `12px ${p.font}`;
  ctx.font = plain;
  for (const item of scene.items) {
    if (item.type !== 'event' || !item.label || !inView(item.y, item.y + o.rowHeight)) continue;
    const selected = o.selectedId === item.event.id;
    if (selected) ctx.font = `700 12px ${p.font}`;
    const y = item.y + 3 + h / 2;
    // Beside its bar, or inside one whose tints the text would not read on (a pale or a deep lane colour).
    const backed = item.labelX < item.x0 || item.labelX >= item.x1 - 4 || p.lanes[item.lane % LANE_COLORS]!.backing;
    if (backed) {
      ctx.fillStyle = p.bg;
      ctx.fillRect(item.labelX - 2, y - 8, item.labelWidth + 4, 16);
    }
    ctx.fillStyle = backed ? p.ink : p.fg;
    // The selected label is bold, wider than it was fitted in: held to its fitted width.
    if (selected) ctx.fillText(item.label, item.labelX, y, item.labelWidth);
    else ctx.fillText(item.label, item.labelX, y);
    if (selected) ctx.font = plain;
  }
}
