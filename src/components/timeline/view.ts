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
import { CLUSTER_PX, LANE_HEADER, LANE_PADDING, MARKER_PX, ROW_HEIGHT } from '../../layout/metrics.js';

/** Time-only rows of a lane too big for label-aware rows (unless `max-rows` says otherwise). */
const TIME_ROWS = 6;
const EMPTY_SCENE: Scene = { items: [], lanes: [], height: 0 };

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
}

export class View {
  scene: Scene = EMPTY_SCENE;
  ticks: readonly Tick[] = [];
  focusItem: SceneItem | undefined;
  private laneRows: readonly number[] = [];
  private inputs: SceneInputs | undefined;
  private readonly ticksFor = memoLast((t0: number, t1: number, width: number, lang: string, any: boolean) => (any ? computeTicks(t0, t1, width, lang).ticks : []));

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
    this.inputs = { rowHeight: ROW_HEIGHT, laneHeader: LANE_HEADER, lanePadding: LANE_PADDING, clusterPx: CLUSTER_PX, markerPx: MARKER_PX, maxRows, label: i.label, measure: i.measure, textKey, rightEdge: model.limits.fit[1] };
    const [f0, f1] = model.limits.fit;
    this.laneRows = i.width > 0 ? model.pipeline.laneRows(model.layout, f0, f1, i.width, i.room, i.maxRows >= 1 ? i.maxRows : Infinity, textKey, this.inputs) : [];
  }

  /** The scene of the model's window, its ticks and the focused item. */
  frame(i: ViewInputs): void {
    const model = this.model;
    const [t0, t1] = model.window;
    const [yTop, yBottom] = i.yRange;
    this.scene = i.width > 0 && this.inputs ? model.pipeline.scene(model.layout, t0, t1, i.width, yTop, yBottom, this.inputs.textKey!, this.laneRows, this.inputs) : EMPTY_SCENE;
    this.ticks = this.ticksFor(t0, t1, i.width, i.lang, model.events.length > 0);
    const focused = model.focused;
    this.focusItem = focused ? containerOf(this.scene, model.layout, focused) : undefined;
  }

  /** The scene's options as this update has them (rows per lane included), for scenes of other windows. */
  sceneOptions(): Omit<SceneOptions, 'width'> {
    return { ...this.inputs!, laneRows: this.laneRows, rowsOf: this.model.pipeline.rowsOf };
  }
}
