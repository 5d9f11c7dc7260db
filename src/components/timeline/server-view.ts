/**
 * The plot as the server renders it (`timeline-elements/ssr`, Lit SSR): no canvas and no script, so the scene is
 * drawn in SVG and every event of the first view is written out as text. The server does not know the reader's
 * width: the scene is laid out at `server-width` and every x is a percentage of the plot, so it fits whatever width
 * the page gives; a label is clipped to the room it had there (a nested `<svg>` clips), so labels never run into
 * each other on a narrower page. Positions are attributes, not styles: a strict CSP allows them.
 * The browser's first update draws over all of it (the element empties the declarative shadow root in the task it
 * upgrades in: no paint shows both, and the host keeps its size).
 */
import { css, html, unsafeCSS, type CSSResult, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { estimateLabelWidth, type Tick } from '../../layout/ticks.js';
import type { Scene, SceneEvent, SceneItem, SceneLane } from '../../layout/scene.js';
import { ROW_HEIGHT, shapeHeight } from '../../layout/metrics.js';
import type { TimelineEvent } from '../../model/types.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Names } from './names.js';
import type { Messages } from './messages.js';
import { AUTO_SHARE, MIN_ROOM, type ViewportController } from '../../controllers/viewport-controller.js';

/** Most events written out in the text list; the rest are counted. */
export const SERVER_LIST_MAX = 500;

export interface ServerPlot {
  scene: Scene;
  /** The width the scene was laid out at. */
  width: number;
  /** The events in the first view, in time order. */
  events: readonly TimelineEvent[];
  /** An event's name (lane, title, date, precision), as the browser's options have it. */
  describe: (e: TimelineEvent) => string;
  laneLabel: (lane: SceneLane) => string;
  /** Where the axis has its ticks (px at `width`): grid lines. */
  grid: readonly number[];
  /** "… and {n} more events". */
  more: (n: number) => string;
  rtl: boolean;
}

const pct = (x: number, width: number): string => `${Math.round((x / width) * 1e5) / 1e3}%`;

function itemTemplate(item: SceneItem, p: ServerPlot) {
  const { width } = p;
  const c = `c${item.lane % 8}`;
  const h = shapeHeight(ROW_HEIGHT);
  if (item.type === 'density') {
    return svg`<rect class=${`s-density ${c}`} x=${pct(Math.max(0, item.box.x), width)} y=${item.box.y} width=${pct(Math.min(width, item.box.x + item.box.width) - Math.max(0, item.box.x), width)} height=${item.box.height}></rect>`;
  }
  if (item.type === 'cluster') {
    const w = item.box.width;
    return svg`<svg class=${`s-cluster ${c}`} x=${pct(item.box.x, width)} y=${item.box.y} width=${w} height=${item.box.height} overflow="visible"
      ><rect width=${w} height=${item.box.height} rx=${item.box.height / 2}></rect
      ><text x=${w / 2} y=${item.box.height / 2} dy="0.35em" text-anchor="middle">${item.count > 999 ? `${Math.round(item.count / 1000)}k` : item.count}</text></svg>`;
  }
  return eventTemplate(item, p, c, h);
}

function eventTemplate(item: SceneEvent, p: ServerPlot, c: string, h: number) {
  const { width } = p;
  const e = item.event;
  const y = item.box.y;
  const approximate = e.start.approximate || !!e.end?.approximate;
  // As the canvas draws it: a point known to less than its day is hollow, dashed.
  const hasCore = item.coreX1 > item.coreX0 || (e.kind === 'point' && e.start.precision !== 'day');
  const imprecise = item.x1 - item.x0 > 1 && !hasCore;
  const shape = item.marker
    ? svg`<svg x=${pct((item.x0 + item.x1) / 2, width)} y=${y} overflow="visible"><circle class=${`s-point ${c}${imprecise ? ' imprecise' : ''}`} r=${Math.min(5, h / 2)} cy=${h / 2}></circle></svg>`
    : svg`<rect class=${`s-zone ${c}${approximate ? ' approximate' : ''}`} x=${pct(Math.max(0, item.x0), width)} y=${y} width=${pct(Math.max(1, Math.min(width, item.x1) - Math.max(0, item.x0)), width)} height=${h} rx="3"></rect>${
        item.coreX1 - item.coreX0 >= 1
          ? svg`<rect class=${`s-core ${c}`} x=${pct(Math.max(0, item.coreX0), width)} y=${y} width=${pct(Math.min(width, item.coreX1) - Math.max(0, item.coreX0), width)} height=${h} rx="3"></rect>`
          : nothing
      }`;
  // A label left of its shape keeps to the shape's side of its box (the browser's font may be narrower than the guess).
  const hugRight = item.labelX < item.x0;
  const label = item.label && item.labelWidth > 0
    ? svg`<svg x=${pct(item.labelX, width)} y=${y} width=${pct(item.labelWidth + 2, width)} height=${ROW_HEIGHT}><text class="s-label" x=${hugRight ? '100%' : 0} text-anchor=${hugRight !== p.rtl ? 'end' : 'start'} y=${h / 2} dy="0.35em">${item.label}</text></svg>`
    : nothing;
  return svg`${shape}${label}`;
}

/** The lanes, their names and the events' shapes and labels; then the first view's events as a list. */
export function serverPlotTemplate(p: ServerPlot): TemplateResult {
  const { scene } = p;
  const shown = p.events.slice(0, SERVER_LIST_MAX);
  const more = p.events.length - shown.length;
  return html`<svg class="server" width="100%" height=${scene.height} aria-hidden="true"
      >${scene.lanes.map((lane) => svg`<rect class=${`band ${lane.index % 2 ? 'odd' : 'even'}`} x="0" y=${lane.y} width="100%" height=${lane.height}></rect>`)}${p.grid.map((x) => svg`<line class="s-grid" x1=${pct(x, p.width)} x2=${pct(x, p.width)} y1="0" y2=${scene.height}></line>`)}${scene.items.map(
        (item) => itemTemplate(item, p),
      )}${scene.lanes.map((lane) =>
        lane.header ? svg`<text class=${`lane-label c${lane.index % 8}`} x=${p.rtl ? '100%' : 0} dx=${p.rtl ? -6 : 6} y=${lane.y + 12}>${p.laneLabel(lane)}</text>` : nothing,
      )}</svg
    ><ol class="sr-only s-list">${shown.map((e) => html`<li>${p.describe(e)}</li>`)}${more > 0 ? html`<li>${p.more(more)}</li>` : nothing}</ol>`;
}

/** The first view's list, shown (it is visually hidden while the lanes are drawn). */
const SHOWN_LIST = unsafeCSS('position: static; width: auto; height: auto; margin: 0; padding: 8px 12px 8px 32px; overflow: visible; clip: auto; clip-path: none; white-space: normal;');

/** What only the server's drawing needs (the browser's is on the canvas); a function, so the bundle leaves it out. */
export const serverStyles = (): CSSResult => css`
  svg.server {
    display: block;
    overflow: visible;
  }
  .s-zone {
    fill: color-mix(in srgb, var(--_c) 20%, transparent);
    stroke: var(--_c);
    stroke-width: 1.25;
    stroke-dasharray: 4 3;
  }
  .s-zone.approximate {
    stroke-dasharray: 1 2.5;
  }
  .s-core {
    fill: color-mix(in srgb, var(--_c) 55%, var(--_bg));
    stroke: var(--_c);
    stroke-width: 1.25;
  }
  svg[overflow='visible'] {
    overflow: visible;
  }
  .s-grid {
    stroke: var(--_grid);
  }
  .s-point {
    fill: var(--_c);
    stroke: var(--_bg);
  }
  .s-point.imprecise {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .s-cluster rect {
    fill: var(--_c);
  }
  .s-cluster text {
    fill: var(--_bg);
    font-size: 11px;
    font-weight: 700;
  }
  .s-density {
    fill: color-mix(in srgb, var(--_c) 35%, transparent);
  }
  .s-label {
    font-size: 12px;
    fill: var(--_fg);
  }
  /* Nothing to drag before the script runs; the text can be selected. */
  .plot {
    cursor: auto;
    user-select: text;
    -webkit-user-select: text;
  }
  /* Buttons do nothing before the script runs: their place is kept. */
  .controls,
  .view-toggle {
    visibility: hidden;
  }
  /* Shown as a list (show-list): the server's list of the first view stands in for <tl-list>, which is the browser's. */
  .base.list > .plot-frame.hidden {
    display: flex;
  }
  .base.list svg.server {
    display: none;
  }
  .base.list .plot ol.s-list {
    ${SHOWN_LIST}
  }
  /* A narrow column (a phone): the events as a list instead of lanes, as the browser opens there too. */
  .base {
    container-type: inline-size;
  }
  @container (max-width: 479px) {
    svg.server,
    .axis {
      display: none;
    }
    .plot ol.s-list {
      ${SHOWN_LIST}
    }
    .s-list li {
      margin-bottom: 6px;
    }
  }
`;

/** The server's plot for a model's first view (its window), with the element's lane names and event names. */
export function serverPlot(model: TimelineModel, view: { scene: Scene; ticks: readonly Tick[]; toX: (t: number) => number }, width: number, names: Names, laneLabel: (lane: SceneLane) => string, t: Messages): TemplateResult {
  const [from, to] = model.window;
  const events = model.shownEvents.filter((e) => e.hi >= from && e.lo <= to);
  const grid = view.ticks.map((tick) => Math.round(view.toX(tick.t)) + 0.5).filter((x) => x >= 0 && x <= width);
  return serverPlotTemplate({ scene: view.scene, width, events, grid, describe: names.describeEvent, laneLabel, more: (n) => `+ ${t.events(n)}`, rtl: model.direction === 'rtl' });
}

/** The axis as the server draws it: each tick at its share of the width (a nested `<svg>` placed in %). */
export function serverAxis(ticks: readonly Tick[], toX: (t: number) => number, width: number, rtl = false): SVGTemplateResult {
  return svg`${ticks.map((t) => {
    const x = toX(t.t);
    if (x < 0 || x > width) return nothing;
    const fits = rtl ? x - 3 - estimateLabelWidth(t.label) >= 0 : x + 3 + estimateLabelWidth(t.label) <= width;
    return svg`<svg class="tick" x=${pct(x, width)} overflow="visible"><line y1="28" y2="34"></line>${fits ? svg`<text class="tick-label" x=${rtl ? -3 : 3} y="24">${t.label}</text>` : nothing}${
      fits && t.context ? svg`<text class="tick-context" x=${rtl ? -3 : 3} y="10">${t.context}</text>` : nothing
    }</svg>`;
  })}`;
}

/** Px above the lanes when nothing wraps: header, summary line, axis, borders (the server's guess of them). */
const SERVER_CHROME = 100;

/**
 * The element's size on the server (no layout to read): laid out at `width`, in the room a px `height` in the host's
 * `style` leaves (less the header, summary and axis), else in what a window 800 px high would give.
 */
export function serverViewport(viewport: Pick<ViewportController, 'width' | 'lanesRoom'>, width: number, style: string | null): void {
  viewport.width = Math.max(0, Math.floor(width));
  const height = /(?:^|;)\s*height\s*:\s*(\d+(?:\.\d+)?)px/i.exec(style ?? '')?.[1];
  viewport.lanesRoom = Math.floor(Math.max(MIN_ROOM, height ? Number(height) - SERVER_CHROME : 800 * AUTO_SHARE - 80));
}
