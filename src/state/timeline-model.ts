/**
 * One timeline's state, shared by the elements that show it: `<tl-timeline>` draws it, companions such as
 * `<tl-overview>` read and change it. Framework-free (no Lit, no DOM): the data (rows → events, errors, indexes,
 * lanes), the visible window, the selection, the keyboard focus and the language, each with one owner — this
 * object — and one way to change it, with subscribers told what changed.
 */
import type { DataError, NormalizeResult, TimelineEvent } from '../model/types.js';
import { normalizeGroups, type Era, type GroupOption, type Marker } from '../model/context.js';
import { COLOR_BY, keyOf, type ColorBy, type ContextReaders, type ModelChange, type ModelListener } from './model-types.js';
import type { LaneLayout } from '../layout/lanes.js';
import { columnsOf } from '../model/columns.js';
import { createPipeline, type Pipeline } from '../layout/pipeline.js';
import { constrainWindow, sameWindow, zoomLimits, type Window, type ZoomLimits } from '../layout/zoom-math.js';
import type { TimeZone } from '../model/zone.js';
import { ZoneSetting } from './zone-setting.js';
import { FILTER_MODES, Query, type EventFilter, type FilterMode } from './query.js';

export { FILTER_MODES, type EventFilter, type FilterMode };

export { COLOR_BY, keyOf, type ColorBy, type ContextReaders, type ModelChange, type ModelListener } from './model-types.js';

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
  private titleOpen = false;
  private focusIndex: number | undefined;
  private language = 'en';
  private readonly zoneSetting = new ZoneSetting(() => this.notify({ lang: true }));
  private dir: 'ltr' | 'rtl' = 'ltr';
  private listeners = new Set<ModelListener>();
  private byIdCache: Map<string, TimelineEvent> | undefined;
  private maxRows = 6;
  private eraRows: unknown;
  private markerRows: unknown;
  private groupRows: unknown;
  private context: { eras: Era[]; markers: Marker[]; groups: GroupOption[]; errors: DataError[] } = { eras: [], markers: [], groups: [], errors: [] };
  private groupMap = new Map<string, GroupOption>();
  private groupOrder: readonly string[] = [];
  private collapsedGroups: ReadonlySet<string> = new Set();
  private by: ColorBy = 'group';
  private hiddenKeys: ReadonlySet<string> = new Set();
  private keysCache: readonly string[] | undefined;
  private shownCache: { events: readonly TimelineEvent[]; by: ColorBy; hidden: ReadonlySet<string>; matched: Uint8Array | undefined; shown: readonly TimelineEvent[] } | undefined;
  private positionsCache: Int32Array | undefined;

  /** The reader's query, filter and filter mode, and which events match (change them through it: subscribers hear `query`). */
  readonly search = new Query({ events: () => this.result.events, lang: () => this.language, changed: (relayout) => this.matchesChanged(relayout) });

  constructor() {
    this.lanes = this.pipeline.layout(this.result.events, 6, []);
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
    const eventsChanged = result !== this.result;
    const errorsChanged = eventsChanged || (adapterErrors !== this.adapterErrors && (adapterErrors.length > 0 || this.adapterErrors.length > 0));
    this.maxRows = maxRows;
    if (eventsChanged) {
      this.result = result;
      this.keysCache = undefined;
    }
    const layout = this.relayout();
    if (!errorsChanged && layout === this.lanes) return false;
    this.lanes = layout;
    this.adapterErrors = adapterErrors;
    if (errorsChanged) this.mergeErrors();
    if (eventsChanged) {
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

  /** The lanes of the events shown (hidden categories left out), in the groups' order. */
  private relayout(): LaneLayout {
    return this.pipeline.layout(this.shownEvents, this.maxRows, this.groupOrder);
  }

  private mergeErrors(): void {
    const parts = [this.adapterErrors, this.result.errors, this.context.errors].filter((p) => p.length);
    this.allErrors = parts.length === 1 ? parts[0]! : parts.length ? parts.flat() : NO_ERRORS;
  }

  // ——— context layers: eras, markers, group options ———

  /**
   * Puts eras, markers and group options in force (each memoized on the identity of its rows). Invalid rows are
   * reported among `errors` (with their `layer`), the valid ones kept. Returns whether anything changed.
   */
  setContext(eras: unknown, markers: unknown, groups: unknown, readers?: ContextReaders): boolean {
    // Without the readers (still loading), eras and markers wait: their rows are taken once they can be read.
    if (!readers) [eras, markers] = [this.eraRows, this.markerRows];
    if (eras === this.eraRows && markers === this.markerRows && groups === this.groupRows) return false;
    const c = this.context;
    const e = eras === this.eraRows || !readers ? { eras: c.eras, errors: c.errors.filter((x) => x.layer === 'eras') } : readers.normalizeEras(eras ?? []);
    const m = markers === this.markerRows || !readers ? { markers: c.markers, errors: c.errors.filter((x) => x.layer === 'markers') } : readers.normalizeMarkers(markers ?? []);
    const g = groups === this.groupRows ? { groups: c.groups, errors: c.errors.filter((x) => x.layer === 'groups') } : normalizeGroups(groups ?? []);
    const tag = (layer: DataError['layer'], list: DataError[]) => list.map((x) => (x.layer ? x : { ...x, layer }));
    [this.eraRows, this.markerRows, this.groupRows] = [eras, markers, groups];
    this.context = { eras: e.eras, markers: m.markers, groups: g.groups, errors: [...tag('eras', e.errors), ...tag('markers', m.errors), ...tag('groups', g.errors)] };
    if (g.groups !== c.groups) {
      this.groupMap = new Map(g.groups.map((o) => [o.id, o]));
      const ordered = g.groups.filter((o) => o.order !== undefined).sort((a, b) => a.order! - b.order! || a.index - b.index);
      this.groupOrder = [...ordered, ...g.groups.filter((o) => o.order === undefined)].map((o) => o.id);
      this.collapsedGroups = new Set(g.groups.filter((o) => o.collapsed).map((o) => o.id));
      this.lanes = this.relayout();
    }
    this.mergeErrors();
    this.notify({ context: true, data: g.groups !== c.groups });
    return true;
  }

  get eras(): readonly Era[] {
    return this.context.eras;
  }

  get markers(): readonly Marker[] {
    return this.context.markers;
  }

  /** The `groups` option, as validated. */
  get groups(): readonly GroupOption[] {
    return this.context.groups;
  }

  /** Groups whose lanes are drawn as one density strip. */
  get collapsed(): ReadonlySet<string> {
    return this.collapsedGroups;
  }

  /** Collapses or expands a group's lane (a reader's toggle). */
  setCollapsed(group: string, collapsed: boolean): void {
    if (this.collapsedGroups.has(group) === collapsed) return;
    const next = new Set(this.collapsedGroups);
    if (collapsed) next.add(group);
    else next.delete(group);
    this.collapsedGroups = next;
    this.notify({ context: true });
  }

  /** How the lane of a group is shown (`groups` option), if the page said. */
  groupOption(group: string): GroupOption | undefined {
    return this.groupMap.get(group);
  }

  // ——— colour keys: categories, tags, groups ———

  get colorBy(): ColorBy {
    return this.by;
  }

  setColorBy(by: ColorBy): void {
    const next = COLOR_BY.includes(by) ? by : 'group';
    if (next === this.by) return;
    this.by = next;
    this.keysCache = undefined;
    this.hiddenKeys = new Set();
    this.positionsCache = undefined;
    this.lanes = this.relayout();
    this.notify({ categories: true, data: true });
  }

  /** The keys events are coloured by, in the order they first appear in the data ('' for events without one). */
  get keys(): readonly string[] {
    if (!this.keysCache) {
      const seen = new Set<string>();
      for (const e of this.result.events) seen.add(keyOf(e, this.by));
      this.keysCache = [...seen];
    }
    return this.keysCache;
  }

  get hidden(): ReadonlySet<string> {
    return this.hiddenKeys;
  }

  /** Shows or hides the events of one key (a reader's toggle in the legend). */
  setHidden(key: string, hidden: boolean): void {
    if (this.hiddenKeys.has(key) === hidden) return;
    const next = new Set(this.hiddenKeys);
    if (hidden) next.add(key);
    else next.delete(key);
    this.hiddenKeys = next;
    this.positionsCache = undefined;
    this.lanes = this.relayout();
    this.dropUndrawn();
    this.notify({ categories: true, data: true, focus: true, selection: true });
  }

  /** Drops the focus and the selection from events no longer drawn. */
  private dropUndrawn(): void {
    const drawn = (e: TimelineEvent | undefined) => !!e && (this.positions[e.index] ?? -1) >= 0;
    if (this.focusIndex !== undefined && !drawn(this.focused)) this.focusIndex = undefined;
    if (this.selected !== undefined && !drawn(this.byId(this.selected))) this.selected = undefined;
  }

  /** The events drawn: all of them but those of hidden keys (and, with `filterMode` `hide`, those that do not match). */
  get shownEvents(): readonly TimelineEvent[] {
    const events = this.result.events;
    const matched = this.search.hiding ? this.search.current.matched : undefined;
    if (!this.hiddenKeys.size && !matched) return events;
    const c = this.shownCache;
    if (c && c.events === events && c.by === this.by && c.hidden === this.hiddenKeys && c.matched === matched) return c.shown;
    const shown = events.filter((e) => !this.hiddenKeys.has(keyOf(e, this.by)) && (!matched || matched[e.index] === 1));
    this.shownCache = { events, by: this.by, hidden: this.hiddenKeys, matched, shown };
    return shown;
  }

  /** After the query, the filter, the mode (or, with a query, the language) changed: relayout when hiding. */
  private matchesChanged(relayout: boolean): void {
    if (relayout) {
      this.positionsCache = undefined;
      this.lanes = this.relayout();
      this.dropUndrawn();
    }
    this.notify({ query: true, data: relayout, focus: relayout, selection: relayout });
  }

  /** The event with this id (a map built on first use: at a million events it costs more than half a second). */
  byId(id: string): TimelineEvent | undefined {
    return (this.byIdCache ??= new Map(this.result.events.map((e) => [e.id, e]))).get(id);
  }

  /** Place of each event drawn in time order (hidden categories and hidden non-matches left out), by input index (-1: not drawn); built on first use, O(n). */
  private get positions(): Int32Array {
    if (!this.positionsCache) {
      // From the events' columns when they are all shown: a million scattered objects cost a cache miss each.
      const events = this.result.events;
      const shown = this.shownEvents;
      const index = columnsOf(events)?.index ?? Int32Array.from(events, (e) => e.index);
      let size = 0;
      for (let p = 0; p < index.length; p++) size = Math.max(size, index[p]! + 1);
      const positions = new Int32Array(size).fill(-1);
      if (shown === events) for (let p = 0; p < index.length; p++) positions[index[p]!] = p;
      else shown.forEach((e, p) => (positions[e.index] = p));
      this.positionsCache = positions;
    }
    return this.positionsCache;
  }

  /** An event's place among the events drawn, in time order (from 0). */
  positionOf = (e: TimelineEvent): number => Math.max(0, this.positions[e.index] ?? 0);

  /** The event with this input index, if it is drawn. */
  eventAt(index: number): TimelineEvent | undefined {
    const position = this.positions[index] ?? -1;
    return position < 0 ? undefined : this.shownEvents[position];
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
    if (id === this.selected && !this.titleOpen) return true;
    this.selected = id;
    this.titleOpen = false;
    this.notify({ selection: true });
    return true;
  }

  /** The story's title card is open (in place of an event's card). */
  get titleCard(): boolean {
    return this.titleOpen;
  }

  /** Opens the story's title card (closing an event's card), or closes it. */
  showTitleCard(open: boolean): void {
    if (open === this.titleOpen && (!open || this.selected === undefined)) return;
    this.titleOpen = open;
    if (open) this.selected = undefined;
    this.notify({ selection: true });
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
    // Lower case (Turkish i) and a localized title's words depend on the language.
    if (this.search.active) this.matchesChanged(this.search.hiding);
  }

  /** The time zone instants are written and ticked in; `undefined` for UTC. */
  get zone(): TimeZone | undefined {
    return this.zoneSetting.zone;
  }

  /** Puts a `time-zone` value in force (`''` UTC, an IANA name, `local`); resolves once it is (its code loads on first use). */
  setTimeZone(name: string | null | undefined): Promise<void> {
    return this.zoneSetting.set(name);
  }

  /** The language's words (and date words) arrived after it was set: what companions wrote in English is stale. */
  langLoaded(): void {
    this.notify({ lang: true });
  }

  /** Which way time runs on screen (resolved by the timeline from `direction`, `dir` and the language). */
  get direction(): 'ltr' | 'rtl' {
    return this.dir;
  }

  setDirection(direction: 'ltr' | 'rtl'): void {
    if (direction === this.dir) return;
    this.dir = direction;
    this.notify({ direction: true });
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
