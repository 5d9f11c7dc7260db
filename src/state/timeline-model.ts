/**
 * One timeline's state, shared by the elements that show it: `<tl-timeline>` draws it, companions such as
 * `<tl-overview>` read and change it. Framework-free (no Lit, no DOM): the data (rows → events, errors, indexes,
 * lanes), the visible window, the selection, the keyboard focus and the language, each with one owner — this
 * object — and one way to change it, with subscribers told what changed.
 */
import type { DataError, NormalizeResult, TimelineEvent } from '../model/types.js';
import type { LaneLayout } from '../layout/lanes.js';
import { createPipeline, type Pipeline } from '../layout/pipeline.js';
import { constrainWindow, sameWindow, zoomLimits, type Window, type ZoomLimits } from '../layout/zoom-math.js';

/** What changed, for subscribers. */
export interface ModelChange {
  data?: boolean;
  window?: boolean;
  /** The window changed by a reader's action (a gesture, a key, a button, a companion's control). */
  user?: boolean;
  selection?: boolean;
  focus?: boolean;
  lang?: boolean;
}

export type ModelListener = (change: ModelChange) => void;

const NO_ERRORS: readonly DataError[] = Object.freeze([]);

export class TimelineModel {
  readonly pipeline: Pipeline = createPipeline();
  private result: NormalizeResult = { events: [], errors: [] };
  private adapterErrors: readonly DataError[] = NO_ERRORS;
  private allErrors: readonly DataError[] = NO_ERRORS;
  private lanes: LaneLayout;
  private zoom: ZoomLimits = zoomLimits(undefined);
  private shown: Window = [0, 1];
  private selected: string | undefined;
  private focusIndex: number | undefined;
  private language = 'en';
  private listeners = new Set<ModelListener>();
  private byIdCache: Map<string, TimelineEvent> | undefined;
  private positionsCache: Int32Array | undefined;

  constructor() {
    this.lanes = this.pipeline.layout(this.result.events, 6);
  }

  // ——— data ———

  /** The events drawn, after validation, sorted by start. */
  get events(): readonly TimelineEvent[] {
    return this.result.events;
  }

  /** Rows that could not be shown (the format adapter's, then the validator's). */
  get errors(): readonly DataError[] {
    return this.allErrors;
  }

  get layout(): LaneLayout {
    return this.lanes;
  }

  /**
   * Puts rows in force (memoized: the same rows and row limit change nothing). New events reset the window to show
   * them all, and drop a selection or focus they no longer hold. Returns whether anything changed.
   */
  setData(rows: unknown, adapterErrors: readonly DataError[], maxRows: number): boolean {
    const result = this.pipeline.normalize(rows);
    const layout = this.pipeline.layout(result.events, maxRows);
    const eventsChanged = result !== this.result;
    const errorsChanged = eventsChanged || (adapterErrors !== this.adapterErrors && (adapterErrors.length > 0 || this.adapterErrors.length > 0));
    if (!errorsChanged && layout === this.lanes) return false;
    this.lanes = layout;
    this.adapterErrors = adapterErrors;
    if (errorsChanged) this.allErrors = adapterErrors.length ? [...adapterErrors, ...result.errors] : result.errors;
    if (eventsChanged) {
      this.result = result;
      this.byIdCache = undefined;
      this.positionsCache = undefined;
      this.zoom = zoomLimits(layout.extent);
      this.shown = this.zoom.fit;
      if (this.selected !== undefined && !this.byId(this.selected)) this.selected = undefined;
      this.focusIndex = undefined;
    }
    this.notify({ data: true, window: eventsChanged, selection: eventsChanged, focus: eventsChanged });
    return true;
  }

  /** The event with this id (a map built on first use: at a million events it costs more than half a second). */
  byId(id: string): TimelineEvent | undefined {
    return (this.byIdCache ??= new Map(this.result.events.map((e) => [e.id, e]))).get(id);
  }

  /** Place of each event in time order, by input index (-1: not drawn); built on first use, O(n). */
  private get positions(): Int32Array {
    if (!this.positionsCache) {
      let size = 0;
      for (const e of this.result.events) size = Math.max(size, e.index + 1);
      const positions = new Int32Array(size).fill(-1);
      this.result.events.forEach((e, i) => (positions[e.index] = i));
      this.positionsCache = positions;
    }
    return this.positionsCache;
  }

  /** An event's place among all events in time order (from 0). */
  positionOf = (e: TimelineEvent): number => Math.max(0, this.positions[e.index] ?? 0);

  /** The event with this input index, if it is drawn. */
  eventAt(index: number): TimelineEvent | undefined {
    const position = this.positions[index] ?? -1;
    return position < 0 ? undefined : this.result.events[position];
  }

  // ——— the visible window ———

  /** The window shown, `[start, end]` in ms: always finite, ordered and within the zoom limits. */
  get window(): Window {
    return this.shown;
  }

  /** How far the view may zoom and pan for these events. */
  get limits(): ZoomLimits {
    return this.zoom;
  }

  /** Shows `w` (held within the limits); `user` when a reader asked for it. */
  setWindow(w: Window, user = false): void {
    const next = constrainWindow(w, this.zoom, this.shown);
    if (sameWindow(next, this.shown)) return;
    this.shown = next;
    this.notify({ window: true, user });
  }

  // ——— selection, focus, language ———

  /** The id of the event whose card is open. */
  get selectedId(): string | undefined {
    return this.selected;
  }

  /** Opens an event's card (`undefined` closes it); false for an id no event has. */
  select(id: string | undefined): boolean {
    if (id !== undefined && !this.byId(id)) return false;
    if (id === this.selected) return true;
    this.selected = id;
    this.notify({ selection: true });
    return true;
  }

  /** The event the keyboard focus is on (shown as itself, or as the cluster it is merged into). */
  get focused(): TimelineEvent | undefined {
    return this.focusIndex === undefined ? undefined : this.eventAt(this.focusIndex);
  }

  focus(e: TimelineEvent | undefined): void {
    const index = e?.index;
    if (index === this.focusIndex) return;
    this.focusIndex = index;
    this.notify({ focus: true });
  }

  /** The language labels and dates are written in. */
  get lang(): string {
    return this.language;
  }

  setLang(lang: string): void {
    if (lang === this.language) return;
    this.language = lang;
    this.notify({ lang: true });
  }

  // ——— subscribers ———

  /** Calls `listener` after every change; returns what stops it. */
  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(change: ModelChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
