/**
 * The drawing seam: turns a `Scene` (pure layout, px coordinates) into SVG through Lit templates. Nothing else
 * in the element draws events, so another renderer (e.g. a canvas layer for dense views) can replace this one.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Scene, SceneCluster, SceneDensity, SceneEvent, SceneItem } from '../../layout/scene.js';
import { estimateLabelWidth, type Tick } from '../../layout/ticks.js';

export interface PlotState {
  width: number;
  rowHeight: number;
  focusKey: string | undefined;
  selectedId: string | undefined;
  /** Accessible name of an event (title, date, precision). */
  describe: (item: SceneEvent) => string;
  describeCluster: (item: SceneCluster | SceneDensity) => string;
  /** Height of the rows of a lane, for density strips. */
  laneRowsHeight: (lane: number) => number;
  laneLabel: (group: string) => string;
}

/** DOM id of an item, for `aria-activedescendant`. */
export function itemKey(item: SceneItem): string {
  return item.type === 'event' ? `e-${item.event.index}` : item.type === 'density' ? `d-${item.lane}` : `c-${item.lane}-${item.row}-${item.first}`;
}

const clamp = (x: number, w: number) => Math.max(-8, Math.min(w + 8, x));

function eventTemplate(item: SceneEvent, s: PlotState): SVGTemplateResult {
  const e = item.event;
  const h = s.rowHeight - 6;
  const x0 = clamp(item.x0, s.width);
  const x1 = clamp(item.x1, s.width);
  const hasCore = item.coreX1 > item.coreX0 || (e.kind === 'point' && e.start.precision !== 'day');
  const fuzzy = item.x1 - item.x0 > 1 && !(e.kind === 'point' && item.marker && hasCore);
  const classes = [
    'event',
    item.marker ? 'marker' : 'bar',
    fuzzy && !hasCore ? 'imprecise' : '',
    e.start.approximate || e.end?.approximate ? 'approximate' : '',
    e.start.uncertain || e.end?.uncertain ? 'uncertain' : '',
    s.selectedId === e.id ? 'selected' : '',
    s.focusKey === itemKey(item) ? 'focused' : '',
  ].join(' ');
  let shape: SVGTemplateResult;
  if (item.marker) {
    const cx = (item.x0 + item.x1) / 2;
    shape = svg`<circle class="dot" cx=${cx} cy=${h / 2} r=${Math.min(5, h / 2)}></circle>`;
  } else {
    const c0 = clamp(item.coreX0, s.width);
    const c1 = clamp(item.coreX1, s.width);
    shape = svg`<rect class="zone" x=${x0} y="0" width=${Math.max(1, x1 - x0)} height=${h} rx="3"></rect>${
      c1 - c0 >= 1 ? svg`<rect class="core" x=${c0} y="0" width=${c1 - c0} height=${h} rx="3"></rect>` : nothing
    }`;
  }
  return svg`<g part="event" class=${classes} id=${itemKey(item)} data-event-id=${e.id} role="option"
      aria-selected=${s.selectedId === e.id ? 'true' : 'false'} aria-label=${s.describe(item)}
      transform="translate(0 ${item.y + 3})">${shape}</g>`;
}

function clusterTemplate(item: SceneCluster, s: PlotState): SVGTemplateResult {
  const h = s.rowHeight - 6;
  const text = item.count >= 1000 ? `${Math.round(item.count / 100) / 10}k` : String(item.count);
  const w = Math.max(item.x1 - item.x0, text.length * 6.5 + 9);
  const x = clamp(item.x0, s.width);
  const focused = s.focusKey === itemKey(item) ? ' focused' : '';
  return svg`<g part="cluster" class=${`cluster${focused}`} id=${itemKey(item)} role="option" aria-selected="false"
      aria-label=${s.describeCluster(item)} data-lo=${item.lo} data-hi=${item.hi} transform="translate(${x} ${item.y + 3})"
      ><rect width=${w} height=${h} rx=${h / 2}></rect><text aria-hidden="true" x=${w / 2} y=${h / 2} dy="0.35em">${text}</text></g>`;
}

/** A dense lane as one histogram path: bar heights grow with the square root of the count per column. */
function densityTemplate(item: SceneDensity, s: PlotState): SVGTemplateResult {
  const h = s.laneRowsHeight(item.lane) - 6;
  const max = Math.max(1, ...item.bins);
  let d = '';
  item.bins.forEach((n, c) => {
    if (!n) return;
    const bar = Math.max(2, Math.round(h * Math.sqrt(n / max)));
    d += `M${c * item.binPx} ${h}v${-bar}h${item.binPx - 1}v${bar}z`;
  });
  const focused = s.focusKey === itemKey(item) ? ' focused' : '';
  return svg`<g part="cluster" class=${`density${focused}`} id=${itemKey(item)} role="option" aria-selected="false"
      aria-label=${s.describeCluster(item)} data-lo=${item.lo} data-hi=${item.hi} data-density="" transform="translate(0 ${item.y + 3})"
      ><rect class="hit" width=${s.width} height=${h}></rect><path d=${d}></path></g>`;
}

/** Lanes: alternating bands. */
export function lanesTemplate(scene: Scene, s: PlotState): SVGTemplateResult {
  return svg`<g class="lanes" aria-hidden="true">${scene.lanes.map(
    (lane) => svg`<rect part="lane" class=${`band ${lane.index % 2 ? 'odd' : 'even'}`} x="0" y=${lane.y} width=${s.width} height=${lane.height}></rect>`,
  )}</g>`;
}

/** Lane names, drawn over the grid. */
export function laneLabelsTemplate(scene: Scene, s: PlotState): SVGTemplateResult {
  return svg`<g class="lane-labels" aria-hidden="true">${scene.lanes.map(
    (lane) => svg`<text part="lane-label" class=${`lane-label c${lane.index % 8}`} x="6" y=${lane.y + 12}>${s.laneLabel(lane.group)}</text>`,
  )}</g>`;
}

/** Vertical grid lines at the axis ticks. */
export function gridTemplate(ticks: Tick[], toX: (t: number) => number, height: number): SVGTemplateResult {
  return svg`<g class="grid" aria-hidden="true">${ticks.map((t) => {
    const x = Math.round(toX(t.t)) + 0.5;
    return svg`<line x1=${x} x2=${x} y1="0" y2=${height} class=${t.context ? 'major' : ''}></line>`;
  })}</g>`;
}

/*
 * Text moves by `transform`, not by `x`: a changed transform only repaints, a changed `x` lays the text out again,
 * which was the largest cost of a zoom step with a thousand clusters on screen.
 */

/**
 * Events and clusters, lane by lane (the lane's colour is inherited from its group), then the labels in a layer
 * of their own: a label may be cut to fit, so it is not part of the option's accessible name (which holds the
 * whole title and date) — WCAG 2.5.3, label in name. Events are keyed, so an event keeps its node (only its
 * coordinates change while zooming); clusters come and go with the zoom and render by position, so their nodes
 * are reused instead of removed and created again.
 */
export function itemsTemplate(scene: Scene, s: PlotState): SVGTemplateResult {
  const h = s.rowHeight - 6;
  const events: SceneEvent[][] = scene.lanes.map(() => []);
  const clusters: SceneCluster[][] = scene.lanes.map(() => []);
  const densities: (SceneDensity | undefined)[] = scene.lanes.map(() => undefined);
  for (const item of scene.items) {
    if (item.type === 'event') events[item.lane]?.push(item);
    else if (item.type === 'cluster') clusters[item.lane]?.push(item);
    else densities[item.lane] = item;
  }
  return svg`<g class="items">${scene.lanes.map(
    (lane, i) => svg`<g class=${`lane-items c${lane.index % 8}`}>${densities[i] ? densityTemplate(densities[i], s) : nothing}${repeat(events[i]!, itemKey, (item) =>
      eventTemplate(item, s),
    )}${clusters[i]!.map((item) => clusterTemplate(item, s))}</g>`,
  )}</g><g class="labels" aria-hidden="true">${repeat(
    scene.items.filter((item): item is SceneEvent => item.type === 'event' && !!item.label),
    itemKey,
    (item) => svg`<text class=${`label${s.selectedId === item.event.id ? ' selected' : ''}`} transform="translate(${item.labelX} ${item.y + 3 + h / 2})" dy="0.35em"
          data-for=${item.event.id}>${item.label}</text>`,
  )}</g>`;
}

/** The time axis: tick labels, and the larger unit below where it changes. */
export function axisTemplate(ticks: Tick[], toX: (t: number) => number, width: number): SVGTemplateResult {
  return svg`${ticks.map((t) => {
    const x = toX(t.t);
    if (x < -40 || x > width + 40) return nothing;
    // A label that would be cut off at the right edge is left out (the tick line stays).
    const fits = x + 3 + estimateLabelWidth(t.label) <= width && (!t.context || x + 3 + estimateLabelWidth(t.context) <= width);
    return svg`<g class="tick" transform="translate(${Math.round(x) + 0.5} 0)">
      <line y1="28" y2="34"></line>
      ${fits ? svg`<text class="tick-label" x="3" y="24">${t.label}</text>` : nothing}
      ${fits && t.context ? svg`<text class="tick-context" x="3" y="10">${t.context}</text>` : nothing}</g>`;
  })}`;
}
