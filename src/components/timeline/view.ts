/**
 * What one update of `<tl-timeline>` shows, derived from the model and the measured size: the rows per lane, the
 * scene for the window, the ticks, the item holding the focus. One owner of these derived values; the element
 * asks for them and never sets them itself. No DOM is read here.
 */
import type { TimelineModel } from '../../state/timeline-model.js';
import type { SceneInputs } from '../../layout/pipeline.js';
import { memoLast } from '../../layout/pipeline.js';
import type { Scene, SceneItem, SceneOptions } from '../../layout/scene.js';
import { containerOf } from '../../layout/navigate.js';
import { computeTicks, type Tick } from '../../layout/ticks.js';
import { CLUSTER_PX, CONTEXT_ROW, LANE_HEADER, LANE_PADDING, MARKER_PX, ROW_HEIGHT } from '../../layout/metrics.js';
import type { ContextScene, ContextLayoutOptions } from '../../layout/context.js';
import type { ContextKit } from './kit-loader.js';
import type { Era, Marker } from '../../model/context.js';

import type { LocalizedText } from '../../model/types.js';
import type { TimeZone } from '../../model/zone.js';
import { mirrorContext, mirrorMap, mirrorScene } from '../../layout/mirror.js';


/** Time-only rows of a lane too big for label-aware rows (unless `max-rows` says otherwise). */
const TIME_ROWS = 6;
/** Most rows of eras in the strip above the plot (past them, names are cut where bands overlap). */
const ERA_ROWS = 4;
const EMPTY_SCENE: Scene = { items: [], lanes: [], height: 0 };
const NO_CONTEXT: ContextScene = { eras: [], markers: [], height: 0, rows: 0 };

export interface ViewInputs {
  width: number;
  /** The lanes' vertical px range worth building, and the room they may fill. */
  yRange: readonly [number, number];
  room: number;
  /** `max-rows` (0: as the room allows). */
  maxRows: number;
  lang: string;
  label: SceneOptions['label'];
  measure: SceneOptions['measure'];
  /** The label style, as a key (the measure follows it). */
  styleKey: string;
  /** Markers to draw (the model's, and the "now" line). */
  markers: readonly Marker[];
  /** A title in the element's language. */
  text: (title: LocalizedText) => string;
  /** Eras' and markers' layout, once loaded. */
  kit: ContextKit | undefined;
  /** Time runs right to left: what is drawn, hit and exposed is mirrored (layout stays left to right). */
  rtl: boolean;
}

/** Time → x px in a plot `width` px wide showing `[a, b]`. */
const linear = (a: number, b: number, width: number) => (time: number) => ((time - a) / (b - a)) * width;

export class View {
  scene: Scene = EMPTY_SCENE;
  ticks: readonly Tick[] = [];
  focusItem: SceneItem | undefined;
  /** Eras and markers in view, and the strip above the plot that names them. */
  context: ContextScene = NO_CONTEXT;
  /** Time → x px in the plot, as drawn (right to left when the timeline is). */
  toX: (time: number) => number = linear(0, 1, 0);
  private laneRows: readonly number[] = [];
  private inputs: SceneInputs | undefined;
  private contextKey = '';
  private eraLayout: { rowOf: Int32Array; rows: number } = { rowOf: new Int32Array(0), rows: 0 };
  private readonly erasFor = memoLast((kit: ContextKit, eras: readonly Era[], f0: number, f1: number, _width: number, _textKey: string, o: ContextLayoutOptions) => kit.eraRows(eras, f0, f1, o));
  private readonly contextFor = memoLast(
    (kit: ContextKit, eras: readonly Era[], layout: { rowOf: Int32Array; rows: number }, markers: readonly Marker[], t0: number, t1: number, _width: number, o: ContextLayoutOptions) =>
      eras.length || markers.length ? kit.contextScene(eras, layout.rowOf, layout.rows, markers, t0, t1, o) : NO_CONTEXT,
  );
  private contextOptions: ContextLayoutOptions | undefined;
  private readonly mirrored = memoLast((scene: Scene, width: number) => mirrorScene(scene, width));
  private readonly mirroredContext = memoLast((context: ContextScene, width: number) => mirrorContext(context, width));
  private readonly toXFor = memoLast((t0: number, t1: number, width: number, rtl: boolean) => (rtl ? mirrorMap(linear(t0, t1, width), width) : linear(t0, t1, width)));
  private readonly ticksFor = memoLast((t0: number, t1: number, width: number, lang: string, zone: TimeZone | undefined, any: boolean) => (any ? computeTicks(t0, t1, width, lang, undefined, undefined, zone).ticks : []));

  constructor(private readonly model: TimelineModel) {}

  /** Time-only rows per lane for the model's layout. */
  static timeRows(maxRows: number): number {
    return maxRows >= 1 ? maxRows : TIME_ROWS;
  }

  /** The rows per lane (before anything that builds scenes of other windows runs: deep links). */
  rows(i: ViewInputs): void {
    const model = this.model;
    const textKey = `${i.lang}|${i.styleKey}`;
    const maxRows = View.timeRows(i.maxRows);
    this.inputs = { rowHeight: ROW_HEIGHT, laneHeader: LANE_HEADER, lanePadding: LANE_PADDING, clusterPx: CLUSTER_PX, markerPx: MARKER_PX, maxRows, label: i.label, measure: i.measure, textKey, rightEdge: model.limits.fit[1], leftEdge: model.limits.fit[0], collapsed: model.collapsed };
    const [f0, f1] = model.limits.fit;
    // The strip's options keep their identity while width, language and style do (the context is memoized on them).
    const o = this.contextOptions;
    if (!o || o.width !== i.width || this.contextKey !== textKey) {
      this.contextKey = textKey;
      this.contextOptions = { width: i.width, measure: i.measure, label: i.text, rowHeight: CONTEXT_ROW, maxRows: ERA_ROWS };
    }
    this.eraLayout = i.width > 0 && i.kit ? this.erasFor(i.kit, model.eras, f0, f1, i.width, textKey, this.contextOptions!) : this.eraLayout;
    this.laneRows = i.width > 0 ? model.pipeline.laneRows(model.layout, f0, f1, i.width, i.room, i.maxRows >= 1 ? i.maxRows : Infinity, textKey, this.inputs) : [];
  }

  /** The scene of the model's window, its ticks and the focused item. */
  frame(i: ViewInputs): void {
    const model = this.model;
    const [t0, t1] = model.window;
    const [yTop, yBottom] = i.yRange;
    const scene = i.width > 0 && this.inputs ? model.pipeline.scene(model.layout, t0, t1, i.width, yTop, yBottom, this.inputs.textKey!, this.laneRows, this.inputs) : EMPTY_SCENE;
    const context = i.width > 0 && i.kit && this.contextOptions ? this.contextFor(i.kit, model.eras, this.eraLayout, i.markers, t0, t1, i.width, this.contextOptions) : NO_CONTEXT;
    this.scene = i.rtl ? this.mirrored(scene, i.width) : scene;
    this.context = i.rtl ? this.mirroredContext(context, i.width) : context;
    this.toX = this.toXFor(t0, t1, i.width, i.rtl);
    this.ticks = this.ticksFor(t0, t1, i.width, i.lang, model.zone, model.events.length > 0);
    const focused = model.focused;
    this.focusItem = focused ? containerOf(this.scene, model.layout, focused) : undefined;
  }

  /** The scene's options as this update has them (rows per lane included), for scenes of other windows. */
  sceneOptions(): Omit<SceneOptions, 'width'> {
    return { ...this.inputs!, laneRows: this.laneRows, rowsOf: this.model.pipeline.rowsOf };
  }
}
