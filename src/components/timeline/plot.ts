/**
 * The DOM side of the plot: the listbox's options, laid transparently over the canvas drawing (`canvas.ts`) so
 * that a screen reader, the keyboard focus (`aria-activedescendant`), a click and `::part(event)` find real
 * elements. Only what can be read individually becomes DOM: every item while there are at most `MAX_OPTIONS` in
 * view, else only the focused one (each option carries its place among all events, `aria-posinset`/`setsize`).
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Scene, SceneCluster, SceneDensity, SceneEvent, SceneItem, SceneLane } from '../../layout/scene.js';
import { EDGE_OVERHANG, MAX_OPTIONS } from '../../layout/metrics.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Names } from './names.js';
import { headOf } from '../../layout/navigate.js';
import { estimateLabelWidth, type Tick } from '../../layout/ticks.js';

export interface PlotState {
  width: number;
  /** The item with the keyboard focus. */
  focused: SceneItem | undefined;
  selectedId: string | undefined;
  /** Accessible name of an event (title, date, precision). */
  describe: (item: SceneEvent) => string;
  describeCluster: (item: SceneCluster | SceneDensity) => string;
  /** Number of events in all, and an event's place among them in time order (from 0). */
  total: number;
  position: (e: SceneEvent['event']) => number;
}

function optionTemplate(item: SceneItem, s: PlotState): SVGTemplateResult {
  const box = item.box;
  const x = Math.max(-EDGE_OVERHANG, box.x);
  const width = Math.max(1, Math.min(box.x + box.width, s.width + EDGE_OVERHANG) - x);
  const key = item.key;
  const focused = s.focused === item ? ' focused' : '';
  if (item.type === 'event') {
    const e = item.event;
    const selected = s.selectedId === e.id;
    return svg`<rect part="event" class=${`option event${focused}${selected ? ' selected' : ''}`} id=${key} data-event-id=${e.id} role="option"
      aria-selected=${selected ? 'true' : 'false'} aria-label=${s.describe(item)} aria-posinset=${s.position(e) + 1} aria-setsize=${s.total}
      x=${x} y=${box.y} width=${width} height=${box.height}></rect>`;
  }
  return svg`<rect part="cluster" class=${`option ${item.type}${focused}`} id=${key} role="option" aria-selected="false"
      aria-label=${s.describeCluster(item)} aria-posinset=${s.position(item.head) + 1} aria-setsize=${s.total} data-lo=${item.lo} data-hi=${item.hi} data-count=${item.count} data-first-id=${item.head.id} data-density=${item.type === 'density' ? '' : nothing}
      x=${x} y=${box.y} width=${width} height=${box.height}></rect>`;
}

/**
 * The options: all items in view when they are few (at most `MAX_OPTIONS`), else the focused one. In time order
 * across lanes (by their first event's place among all), so the order a screen reader reads them in agrees with
 * `aria-posinset`.
 */
export function optionsTemplate(scene: Scene, width: number, focused: SceneItem | undefined, model: TimelineModel, names: Names): SVGTemplateResult {
  const s: PlotState = {
    width,
    focused,
    selectedId: model.selectedId,
    describe: names.describe,
    describeCluster: (item) => names.describeClusterOption(item, scene.lanes[item.lane]?.group ?? ''),
    total: model.shownEvents.length,
    position: model.positionOf,
  };
  const few = scene.items.length <= MAX_OPTIONS;
  const items = few ? scene.items.slice().sort((a, b) => s.position(headOf(a)) - s.position(headOf(b))) : focused ? [focused] : [];
  // By position, not keyed: at most 60 rects, whose attributes a zoom step rewrites anyway.
  return svg`${items.map((item) => optionTemplate(item, s))}`;
}

/** Lanes: alternating bands (they change with the data and the width, not with the zoom). */
export function lanesTemplate(scene: Scene, width: number): SVGTemplateResult {
  return svg`<g class="lanes" aria-hidden="true">${scene.lanes.map(
    (lane) => svg`<rect part="lane" class=${`band ${lane.index % 2 ? 'odd' : 'even'}`} x="0" y=${lane.y} width=${width} height=${lane.height}></rect>`,
  )}</g>`;
}

/**
 * Lane names, over the drawing: at the left, or right to left (`rtlWidth`: the plot's width) at the right. SVG text
 * starts where its direction starts, so the same `x` works either way once the element's `dir` is set.
 */
export function laneLabelsTemplate(scene: Scene, laneLabel: (lane: SceneLane) => string, color: (lane: SceneLane) => string | undefined, rtlWidth = 0): SVGTemplateResult {
  const x = rtlWidth ? rtlWidth - 6 : 6;
  return svg`<g class="lane-labels" aria-hidden="true">${scene.lanes.map((lane) =>
    lane.header ? svg`<text part="lane-label" class=${`lane-label c${lane.index % 8}`} fill=${color(lane) ?? nothing} x=${x} y=${lane.y + 12}>${laneLabel(lane)}</text>` : nothing,
  )}</g>`;
}

/**
 * The time axis: tick labels, and the larger unit below where it changes. Right to left (`toX` mirrored), a label
 * starts at its tick's line and runs leftwards (SVG text starts at the right in `dir=rtl`).
 */
export function axisTemplate(ticks: Tick[], toX: (t: number) => number, width: number, rtl = false): SVGTemplateResult {
  const room = (x: number, label: string) => (rtl ? x - 3 - estimateLabelWidth(label) >= 0 : x + 3 + estimateLabelWidth(label) <= width);
  const dx = rtl ? -3 : 3;
  return svg`${ticks.map((t) => {
    const x = toX(t.t);
    if (x < -40 || x > width + 40) return nothing;
    // A label that would be cut off at the far edge is left out (the tick line stays).
    const fits = room(x, t.label) && (!t.context || room(x, t.context));
    return svg`<g class="tick" transform="translate(${Math.round(x) + 0.5} 0)">
      <line y1="28" y2="34"></line>
      ${fits ? svg`<text class="tick-label" x=${dx} y="24">${t.label}</text>` : nothing}
      ${fits && t.context ? svg`<text class="tick-context" x=${dx} y="10">${t.context}</text>` : nothing}</g>`;
  })}`;
}

/** What the plot holds below its options: the lanes' bands, the canvas (its pixel size), the options' layer. */
export interface Drawing {
  width: number;
  height: number;
  canvasHeight: number;
  dpr: number;
  under: SVGTemplateResult;
  over: SVGTemplateResult;
}

/** The plot's content: the empty text, or the lanes' bands under the canvas and the options (and lane names) over it. */
export function drawingTemplate(d: Drawing | string): TemplateResult {
  if (typeof d === 'string') return html`<div class="empty">${d}</div>`;
  const { width, height, dpr } = d;
  return html`<svg class="under" width=${width} height=${height} aria-hidden="true">${d.under}</svg
    ><canvas class="drawing" aria-hidden="true" width=${Math.round(width * dpr)} height=${Math.round(d.canvasHeight * dpr)}></canvas
    ><svg class="over" role="none" width=${width} height=${height}>${d.over}</svg>`;
}
