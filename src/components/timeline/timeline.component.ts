import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { normalizeEvents } from '../../model/normalize.js';
import { inTimeBase } from '../../model/calendar.js';
import type { DataError, TimelineEvent, TimelineEventInput } from '../../model/types.js';
import { describeDates, formatEventDate, formatSpan, localize, messageLang } from '../../model/text.js';
import { countInWindow, layoutLanes, placementOf, type LaneLayout } from '../../layout/lanes.js';
import { buildScene, hitTest, itemBox, itemKey, type Scene, type SceneCluster, type SceneDensity, type SceneEvent, type SceneItem, type SceneOptions } from '../../layout/scene.js';
import { containerOf, headOf, moveFocus, type FocusMove, type FocusUnit } from '../../layout/navigate.js';
import { computeTicks, type Tick } from '../../layout/ticks.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { DataSourceController, type DataLoadError, type DataOrigin } from '../../controllers/data-source-controller.js';
import { HashLinkController } from '../../controllers/hash-link-controller.js';
import { TouchController } from '../../controllers/touch-controller.js';
import type { FormatName } from '../../formats/detect.js';
import { loadSanitizer } from '../../model/sanitize-loader.js';
import { safeUrl, stripTags } from '../../formats/text.js';
import { MESSAGES, type Messages } from './messages.js';
import { axisTemplate, laneLabelsTemplate, lanesTemplate, optionsTemplate, type PlotState } from './plot.js';
import { drawPlot, readPalette, type Palette } from './canvas.js';
import { timelineStyles } from './timeline.styles.js';

export interface TlSelectDetail {
  /** The input row of the selected event. */
  event: TimelineEventInput;
}
export interface TlRangeChangeDetail {
  start: Date;
  end: Date;
  /** The same instants in ms since 1970 (also valid in deep time, where a Date is not). */
  startMs: number;
  endMs: number;
}
export interface TlDataErrorDetail {
  errors: DataError[];
}
export interface TlLoadDetail {
  /** `src`, `inline` (a `<script type="application/json">` child) or `children` (`<tl-event>`s). */
  origin: DataOrigin;
  /** The URL, for `src`. */
  src?: string;
  /** The format read. */
  format: FormatName | undefined;
  /** How many rows were read (before validation: invalid ones are reported by `tl-data-error`). */
  count: number;
}
export type TlErrorDetail = DataLoadError;

/** Something drawn in the plot: an event, a cluster of events, or a lane's density strip. */
export interface VisibleItem {
  type: 'event' | 'cluster' | 'density';
  /** The event's id (events only). */
  id?: string;
  /** Events it stands for (1 for an event). */
  count: number;
  /** The time it covers, in ms since 1970. */
  startMs: number;
  endMs: number;
  /** Its lane's group. */
  group: string;
  /** Where it is drawn, in viewport px (like `getBoundingClientRect()`). */
  box: { x: number; y: number; width: number; height: number };
}

/** The default of `events`: while it is in place, the declarative sources (`src`, inline JSON, `<tl-event>`) apply. */
const NO_EVENTS: readonly TimelineEventInput[] = Object.freeze([]);

const ROW_HEIGHT = 24;
const LANE_HEADER = 16;
const LANE_PADDING = 3;
const KEY_ZOOM = 2;
/** Up to this many items in view, each is a DOM option over the drawing; above it, only the focused one is. */
const MAX_OPTIONS = 60;
/** State that only the DOM shows: an update for it alone leaves the canvas as it is. */
const DOM_ONLY = new Set(['hover', 'hintVisible', 'status']);
/** A zoom is announced once it has rested this long (a wheel or a drag sends many steps). */
const ANNOUNCE_MS = 500;

const toDate = (t: number) => new Date(Math.abs(t) <= 8.64e15 ? t : NaN);

/** A method argument as ms: a valid `Date` or a finite number (within the time base), else `undefined`. */
function instantOf(value: unknown): number | undefined {
  let t: unknown = value;
  if (typeof value === 'object' && value !== null) {
    try {
      t = Date.prototype.getTime.call(value);
    } catch {
      return undefined;
    }
  }
  return typeof t === 'number' && inTimeBase(t) ? t : undefined;
}

/** `options.animate`, read without trusting `options` (null, a Proxy, a throwing getter: no animation). */
function animateOf(options: unknown): boolean {
  try {
    return typeof options === 'object' && options !== null && !!(options as { animate?: unknown }).animate;
  } catch {
    return false;
  }
}

/** What label widths depend on besides the text: the font family and the text spacing. */
const textStyleOf = (p: Pick<Palette, 'font' | 'letterSpacing' | 'wordSpacing'>) => `${p.font}|${p.letterSpacing}|${p.wordSpacing}`;

/**
 * A zoomable timeline of dated events. Dates are EDTF strings (`2012`, `2018-04`, `2025-23`, `2025-03~`, `2019?`),
 * ISO date-times, Dates or epoch ms; what is known only to a year or month is drawn across that period.
 *
 * @tagname tl-timeline
 * @summary Zoomable, accessible timeline of dated events with honest uncertain dates.
 *
 * @event tl-select - The user selected an event (click, tap, Enter). `detail: { event }` (the input row).
 * @event tl-range-change - The user changed the visible window (drag, wheel, pinch, buttons, keys). `detail: { start, end, startMs, endMs }`.
 * @event tl-load - Data from `src` arrived and was read. `detail: { origin, src, format, count }`.
 * @event tl-error - `src` (or the inline script) could not be read: HTTP status, network/CORS, a connection broken mid-body (`interrupted`), bad JSON, unknown format. `detail: { kind, message, status?, src?, origin }`. The element shows the error too.
 * @event tl-data-error - Rows in `events` could not be shown. `detail: { errors: { index, id?, reason }[] }`. The valid rows still render.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The row with the legend and the zoom buttons.
 * @csspart controls - The zoom buttons' group.
 * @csspart button - Each zoom button.
 * @csspart legend - The key to how precision is drawn.
 * @csspart axis - The time axis.
 * @csspart plot - The area with lanes and events (the keyboard focus target).
 * @csspart lane - One lane (a group).
 * @csspart lane-label - A lane's name.
 * @csspart event - An event's option: a transparent box over where it is drawn (carries `data-event-id`). All events in view while there are at most 60 items, else the focused one.
 * @csspart cluster - The option of a cluster or density strip (carries `data-count`, and `data-first-id`: the id of its first event), likewise.
 * @csspart detail - The card of the selected event.
 * @csspart notice - The notice about rows that could not be shown.
 * @csspart status - The loading message, or the error when data could not be loaded (`data-state="loading|error"`).
 * @csspart hint - The "Ctrl + scroll to zoom" hint.
 * @csspart tooltip - The name and date of the event under the pointer.
 *
 * @cssproperty --tl-font - Font shorthand of the element.
 * @cssproperty --tl-color-bg - Background.
 * @cssproperty --tl-color-fg - Text colour.
 * @cssproperty --tl-color-muted - Secondary text, axis.
 * @cssproperty --tl-color-grid - Grid lines.
 * @cssproperty --tl-color-band - Background of every other lane.
 * @cssproperty --tl-color-border - Border of the element and buttons.
 * @cssproperty --tl-color-accent - Links and highlights.
 * @cssproperty --tl-color-focus - Keyboard focus ring.
 * @cssproperty --tl-color-card - Background of the detail card.
 * @cssproperty --tl-lane-color-0 - Colour of lane 1 (…`--tl-lane-color-7` for lanes 8, 16, …).
 * @cssproperty --tl-radius - Corner radius.
 */
export class TlTimeline extends LitElement {
  static override styles = timelineStyles;

  /**
   * The events to show (property only). Invalid rows are skipped and reported through `tl-data-error`.
   * Set by code, they win over `src`, which wins over an inline `<script type="application/json">` child, which
   * wins over `<tl-event>` children.
   */
  @property({ attribute: false }) events: readonly TimelineEventInput[] = NO_EVENTS;

  /** URL of a data file (JSON or CSV, in any format `format` names), fetched when set; changing it aborts the previous request. */
  @property() src = '';

  /** Format of `src` or the inline script: `events`, `timelinejs`, `vis`, `csv`, `timelinejs-csv`; detected when empty. */
  @property() format: FormatName | '' = '';

  /** Deep links: selecting an event writes `#event=<id>` into the page URL, and that URL opens the event on load. */
  @property({ type: Boolean, attribute: 'hash-links' }) hashLinks = false;

  /** Language of labels and dates (`de`, `en`, …); defaults to the nearest `lang` up the document. */
  @property({ reflect: true }) override lang = '';

  /** Zoom with a plain mouse wheel. Off by default, so the wheel scrolls the page and ctrl/⌘ + wheel zooms. */
  @property({ type: Boolean, reflect: true, attribute: 'plain-wheel' }) plainWheel = false;

  /** Most rows of stacked events per lane before events in a lane share rows. */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 6;

  /** Colour scheme: `auto` follows the system, or `light` / `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Accessible name of the timeline. */
  @property() label = '';

  @state() private width = 0;
  @state() private domain: [number, number] = [0, 1];
  @state() private selectedId: string | undefined;
  @state() private focusKey: string | undefined;
  @state() private hintVisible = false;
  /** Scroll position and height of the plot, when a height on the host makes it scroll: `[scrollTop, clientHeight]`. */
  @state() private viewport: [number, number] = [0, 0];
  @state() private status = '';
  /** What the pointer is over: its accessible name, and where to show it (px in the plot). */
  @state() private hover: { key: string; type: SceneItem['type']; text: string; x: number; y: number } | undefined;

  @query('.plot') private plot!: HTMLElement;

  private normalized: TimelineEvent[] = [];
  private errors: DataError[] = [];
  private byIdCache: Map<string, TimelineEvent> | undefined;
  /** Events by id, built on first use: at a million events the map costs more than half a second. */
  private get byId(): Map<string, TimelineEvent> {
    return (this.byIdCache ??= new Map(this.normalized.map((e) => [e.id, e])));
  }
  private positionsCache: Int32Array | undefined;
  /** Place of each event in time order, by input index (-1: not drawn): built on first use, O(n). */
  private get positions(): Int32Array {
    if (!this.positionsCache) {
      let size = 0;
      for (const x of this.normalized) size = Math.max(size, x.index + 1);
      const positions = new Int32Array(size).fill(-1);
      this.normalized.forEach((x, i) => (positions[x.index] = i));
      this.positionsCache = positions;
    }
    return this.positionsCache;
  }
  /** For `aria-posinset`. */
  private positionOf = (e: TimelineEvent): number => Math.max(0, this.positions[e.index] ?? 0);
  private layout: LaneLayout = layoutLanes([]);
  private scene: Scene = { items: [], lanes: [], height: 0 };
  private pendingErrors = false;
  private resetView = true;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pendingDomain: [number, number] | undefined;
  private rangeFrame = 0;
  private resizeFrame = 0;
  private resizeObserver: ResizeObserver | undefined;
  private measureCtx: CanvasRenderingContext2D | null | undefined;
  private widths = new Map<string, number>();

  private readonly data = new DataSourceController(this, {
    overridden: () => this.events !== NO_EVENTS,
    onLoad: (result, src) => {
      const detail: TlLoadDetail = { origin: result.origin, src, format: result.format, count: result.events.length };
      this.dispatchEvent(new CustomEvent<TlLoadDetail>('tl-load', { detail, bubbles: true, composed: true }));
    },
    onError: (error) => this.dispatchEvent(new CustomEvent<TlErrorDetail>('tl-error', { detail: { ...error }, bubbles: true, composed: true })),
  });

  private readonly links = new HashLinkController(this, {
    enabled: () => this.hashLinks,
    open: (id) => this.openLinked(id),
  });

  /** The rows that `normalized` was made from. */
  private input: unknown;

  private readonly zoom = new ZoomController(this, {
    onChange: (domain, user) => this.onZoom(domain, user),
    plainWheel: () => this.plainWheel,
    onBlockedWheel: () => this.showHint(),
  });

  private readonly touch = new TouchController(this, {
    window: () => this.zoom.domain(),
    width: () => this.width,
    start: () => this.zoom.stopAnimation(),
    show: (anchors) => this.zoom.showAnchored(anchors),
  });

  /** The visible window. Dates are invalid in deep time; use `startMs`/`endMs` there. */
  get visibleRange(): TlRangeChangeDetail {
    const [a, b] = this.pendingDomain ?? this.domain;
    return { start: toDate(a), end: toDate(b), startMs: a, endMs: b };
  }

  /** The events as drawn, after validation, sorted by start. */
  get normalizedEvents(): readonly TimelineEvent[] {
    return this.normalized;
  }

  /** Rows of `events` that could not be shown, and why. */
  get dataErrors(): readonly DataError[] {
    return this.errors;
  }

  /** The language in force, looked up once per update (it walks up the document). */
  private get resolvedLang(): string {
    return (this.langInUse ??= this.lookUpLang());
  }

  private lookUpLang(): string {
    if (this.lang) return this.lang;
    const owner = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return owner || document.documentElement.lang || navigator.language || 'en';
  }

  private langInUse: string | undefined;
  /** Accessible names of events and dates of cluster ends, per language: formatting them is the costly part of a frame. */
  private names = new Map<TimelineEvent, string>();
  private namesLang = '';

  private get t(): Messages {
    return MESSAGES[messageLang(this.resolvedLang)];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Width changes are applied in the next animation frame: one layout pass per frame, and no resize loop.
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        if (width !== this.width) this.setWidth(width);
        this.measureViewport();
      });
    });
    this.resizeObserver.observe(this);
    this.schemeQuery ??= typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.schemeQuery?.addEventListener('change', this.onPaletteChange);
    this.forcedQuery ??= typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : undefined;
    this.forcedQuery?.addEventListener('change', this.onPaletteChange);
    this.paletteCache = undefined;
    // Escape hides the tooltip wherever the focus is (WCAG 1.4.13: dismissible without moving the pointer).
    window.addEventListener('keydown', this.onWindowKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.schemeQuery?.removeEventListener('change', this.onPaletteChange);
    this.forcedQuery?.removeEventListener('change', this.onPaletteChange);
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.rangeFrame);
    cancelAnimationFrame(this.resizeFrame);
    clearTimeout(this.hintTimer);
    clearTimeout(this.announceTimer);
    window.removeEventListener('keydown', this.onWindowKey, true);
  }

  private setWidth(width: number): void {
    // Shown again after `display: none`: styles may have changed meanwhile, without transitions.
    if (!this.width) this.paletteCache = undefined;
    this.width = width;
    this.configureZoom();
  }

  /** Hands the data extent and width to the zoom. Hidden (width 0): the view stays as it is until there is room. */
  private configureZoom(): void {
    if (this.width <= 0 || !this.layout.extent) return;
    this.zoom.configure(this.layout.extent, this.width, this.resetView);
    this.resetView = false;
  }

  private get rowsPerLane(): number {
    return Math.max(1, this.maxRows || 1);
  }

  /** The rows in force: `events` set by code, else the declarative source's. */
  private inputEvents(): readonly TimelineEventInput[] {
    if (this.events !== NO_EVENTS) return this.events;
    return this.data.result?.events ?? NO_EVENTS;
  }

  /** True while `willUpdate` runs: a window set then belongs to this update. */
  private deriving = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.deriving = true;
    try {
      this.derive(changed);
    } finally {
      this.deriving = false;
    }
  }

  private derive(changed: PropertyValues<this>): void {
    // The declarative source first, so this update draws what it puts in force.
    this.data.sync();
    // The first update already knows the width (the content box, as the ResizeObserver will report it), so the
    // first frame draws the events instead of an empty plot that a second update fills.
    if (!this.hasUpdated && !this.width && this.isConnected) this.width = this.clientWidth;
    this.langInUse = this.lookUpLang();
    if (changed.has('theme')) this.paletteCache = undefined;
    const input = this.inputEvents();
    const inputChanged = input !== this.input;
    const langChanged = this.langInUse !== this.namesLang;
    // Cached text belongs to the events in force (from any source) and to the language.
    if (inputChanged || langChanged) {
      this.names.clear();
      this.labels.clear();
      this.clusterNames.clear();
      this.sanitized = undefined;
      this.namesLang = this.langInUse;
    }
    if (inputChanged) {
      this.input = input;
      const { events, errors } = normalizeEvents(input);
      const adapterErrors = this.events === NO_EVENTS ? (this.data.result?.errors ?? []) : [];
      this.normalized = events;
      this.errors = [...adapterErrors, ...errors];
      this.byIdCache = undefined;
      this.positionsCache = undefined;
      this.pendingErrors = this.errors.length > 0;
      if (this.selectedId && !this.byId.has(this.selectedId)) this.selectedId = undefined;
      this.resetView = true;
      this.widths.clear();
    }
    if (inputChanged || changed.has('maxRows')) {
      this.layout = layoutLanes(this.normalized, this.rowsPerLane);
      this.configureZoom();
    }
    // The scene and the axis follow the data, the window, the size, the language and the label font; an update
    // for the tooltip, the hint or the live region leaves them (and the drawing) as they are.
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    const stale = inputChanged || langChanged || this.labelFontChanged || ['maxRows', 'domain', 'width', 'viewport'].some(has);
    if (stale) {
      this.labelFontChanged = false;
      if (this.width > 0) {
        // Only the lanes in view (plus one screen above and below, so a short scroll shows no gap).
        const [top, height] = this.viewport;
        const yRange = height > 0 ? ([top - height, top + 2 * height] as const) : undefined;
        this.scene = buildScene(this.layout, this.domain[0], this.domain[1], { ...this.sceneOptions(), yRange });
      }
      this.computeView();
    }
    // The focus rests on what shows the focused event now: its own shape, or the cluster it merged into.
    if (stale || has('focusKey')) {
      const focused = this.focusedEvent();
      this.focusItem = focused ? containerOf(this.scene, this.layout, focused) : undefined;
    }
  }

  /** The item of the scene that has the keyboard focus (its option carries `aria-activedescendant`). */
  private focusItem: SceneItem | undefined;
  /** The label font changed since the scene was measured (see `draw`). */
  private labelFontChanged = false;
  /** Labels of events, per language: built once, not on every frame. */
  private labels = new Map<TimelineEvent, string>();

  protected override firstUpdated(): void {
    this.zoom.attach(this.plot);
    this.touch.attach(this.plot);
  }

  /**
   * What this update shows, worked out once in `willUpdate` for both the template (axis, canvas size) and the
   * drawing after the DOM is committed (one write pass per frame): the axis ticks, time → x, and the canvas's
   * part of the plot (all of it, or the scrolled part when a height on the host makes the lanes scroll).
   */
  private view: { ticks: Tick[]; toX: (t: number) => number; height: number; top: number; canvasHeight: number; dpr: number } = {
    ticks: [],
    toX: () => 0,
    height: 40,
    top: 0,
    canvasHeight: 40,
    dpr: 1,
  };

  private computeView(): void {
    const [a, b] = this.domain;
    const width = this.width;
    // No events, no time to show: an empty axis rather than ticks around 1970.
    const { ticks } = this.normalized.length ? computeTicks(a, b, width, this.resolvedLang) : { ticks: [] };
    const height = Math.max(this.scene.height, 40);
    const [top, viewHeight] = this.viewport;
    this.view = {
      ticks,
      toX: (time) => ((time - a) / (b - a)) * width,
      height,
      top,
      canvasHeight: viewHeight > 0 ? Math.min(viewHeight, height) : height,
      dpr: window.devicePixelRatio || 1,
    };
  }

  private paletteCache: Palette | undefined;
  private schemeQuery: MediaQueryList | undefined;
  private forcedQuery: MediaQueryList | undefined;
  /** The colours (or the font) changed: read them again and draw. */
  private onPaletteChange = (): void => {
    this.paletteCache = undefined;
    this.requestUpdate();
  };
  /**
   * The colours of the drawing, from the computed custom properties. Reading them forces a style pass (a fifth of
   * a zoom step), so they are kept until they change: a hidden probe in the template takes every colour the drawing
   * uses (and the font) with a 1 ms transition, and its `transitionrun` says when any of them changes — whether
   * through `theme`, the system's colour scheme, or a page setting `--tl-*` variables or classes anywhere above.
   */
  private palette(): Palette {
    return (this.paletteCache ??= readPalette(this.plot));
  }

  /**
   * Positions are written through CSSOM (`element.style`), which a strict Content-Security-Policy allows; a
   * `style` attribute it blocks (Lit's styleMap writes one on first render).
   */
  private place(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip && this.hover) {
      tooltip.style.left = `${this.hover.x}px`;
      tooltip.style.top = `${this.hover.y}px`;
    }
  }

  private draw(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.drawing');
    const ctx = canvas?.getContext('2d');
    const d = this.view;
    if (!canvas || !ctx || !this.plot) return;
    const palette = this.palette();
    if (textStyleOf(palette) !== this.measureStyle) {
      // Labels were fitted in another font or text spacing than the ones they are drawn in (a page's rule on the
      // host element, a reader's text spacing, or the first update, before the plot existed): fit them again.
      this.setMeasureStyle(palette);
      this.labelFontChanged = true;
      this.requestUpdate();
      return;
    }
    drawPlot(
      ctx,
      this.scene,
      {
        width: this.width,
        height: d.canvasHeight,
        top: d.top,
        rowHeight: ROW_HEIGHT,
        ticks: d.ticks,
        toX: d.toX,
        focused: this.focusItem,
        selectedId: this.selectedId,
        palette,
      },
      d.dpr,
    );
  }

  /**
   * The canvas's CSS box, written through CSSOM (a strict CSP blocks a style attribute) as part of committing the
   * update, before anything measures the plot: a canvas still the size of the last data's lanes would make the plot
   * seem to overflow, and lanes would be culled that are in view.
   */
  private sizeCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.drawing');
    if (!canvas) return;
    const d = this.view;
    canvas.style.top = `${d.top}px`;
    canvas.style.width = `${this.width}px`;
    canvas.style.height = `${d.canvasHeight}px`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.sizeCanvas();
    // New lanes, new height: see again whether the plot scrolls. Measured now rather than in the next frame, so
    // new data is drawn (culled to the lanes in view) in the frame it arrives in: one forced layout per data
    // change; zoom steps never get here. A changed view schedules the update that draws.
    let redraw = false;
    if (this.scene.height !== this.measuredHeight) {
      this.measuredHeight = this.scene.height;
      redraw = this.measureViewport();
    }
    if (!redraw) {
      this.place();
      // The tooltip, the hint and the live region are DOM; the drawing does not change with them.
      if (!changed.size || [...changed.keys()].some((k) => !DOM_ONLY.has(k as string))) this.draw();
    }
    if (this.cardRequest) this.showCard();
    // A linked event is opened once the view is laid out (a width, and no zoom still waiting for its frame).
    if (this.width > 0 && !this.pendingDomain && this.normalized.length) this.links.apply();
    if (this.pendingErrors) {
      this.pendingErrors = false;
      this.dispatchEvent(new CustomEvent<TlDataErrorDetail>('tl-data-error', { detail: { errors: [...this.errors] }, bubbles: true, composed: true }));
    }
  }

  private sceneOptions(): SceneOptions {
    const lang = this.resolvedLang;
    return {
      width: this.width,
      rowHeight: ROW_HEIGHT,
      laneHeader: LANE_HEADER,
      lanePadding: LANE_PADDING,
      clusterPx: 34,
      markerPx: 10,
      maxRows: this.rowsPerLane,
      label: (e) => {
        let label = this.labels.get(e);
        if (label === undefined) {
          const approx = e.start.approximate || e.end?.approximate;
          const unsure = e.start.uncertain || e.end?.uncertain;
          label = `${approx ? '≈ ' : ''}${localize(e.title, lang)}${unsure ? ' ?' : ''}`;
          this.labels.set(e, label);
        }
        return label;
      },
      measure: (text) => this.measure(text),
    };
  }

  /**
   * The font family and text spacing labels are measured in: the plot's, as drawn (the host's only until the plot
   * exists). The drawing canvas takes `letter-spacing` and `word-spacing` from CSS; the measuring one, detached, is
   * told them.
   */
  private measureStyle = '';
  private setMeasureStyle(style: Pick<Palette, 'font' | 'letterSpacing' | 'wordSpacing'>): void {
    this.measureStyle = textStyleOf(style);
    this.widths.clear();
    const ctx = this.measureCtx;
    if (!ctx) return;
    ctx.font = `12px ${style.font}`;
    ctx.letterSpacing = style.letterSpacing;
    ctx.wordSpacing = style.wordSpacing;
  }

  private measure(text: string): number {
    let w = this.widths.get(text);
    if (w !== undefined) return w;
    if (this.measureCtx === undefined) {
      this.measureCtx = document.createElement('canvas').getContext('2d');
      if (this.plot) this.setMeasureStyle(this.palette());
      else {
        const style = getComputedStyle(this);
        this.setMeasureStyle({ font: style.fontFamily || 'sans-serif', letterSpacing: '0px', wordSpacing: '0px' });
      }
    }
    w = this.measureCtx ? this.measureCtx.measureText(text).width : text.length * 6.5;
    if (this.widths.size > 20000) this.widths.clear();
    this.widths.set(text, w);
    return w;
  }

  // ——— zoom ———

  private onZoom(domain: [number, number], user: boolean): void {
    // The window is always finite and ordered: a transform that would make it otherwise is not applied.
    if (!(Number.isFinite(domain[0]) && Number.isFinite(domain[1]) && domain[1] > domain[0])) return;
    this.pendingDomain = domain;
    if (user) this.scheduleRangeEvent();
    // A reader's own zoom or pan is announced once it rests; following the keyboard focus is not (the focused
    // option is read instead).
    if (user && !this.quietZoom) this.scheduleAnnouncement();
    if (!this.hasUpdated || this.deriving) {
      // Before the first render, or while an update derives its view (new data configures the zoom): this update
      // draws in the new window, without waiting a frame.
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.domain = domain;
      this.pendingDomain = undefined;
      return;
    }
    // Coalesce zoom events into one render per animation frame.
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.flushDomain();
      });
    }
  }

  private flushDomain(): void {
    if (this.pendingDomain) this.domain = this.pendingDomain;
    this.pendingDomain = undefined;
  }

  /** Opens and shows the event a `#event=` link names; false while it has not arrived. */
  private openLinked(id: string): boolean {
    const e = this.byId.get(id);
    if (!e || !this.select(id)) return false;
    void this.reveal(e);
    return true;
  }

  private scheduleRangeEvent(): void {
    if (this.rangeFrame) return;
    this.rangeFrame = requestAnimationFrame(() => {
      this.rangeFrame = 0;
      this.dispatchEvent(new CustomEvent<TlRangeChangeDetail>('tl-range-change', { detail: this.visibleRange, bubbles: true, composed: true }));
    });
  }

  /** Set while the view moves to follow the keyboard focus: no announcement of the window then. */
  private quietZoom = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** One polite message once the view rests: the window shown and how many events reach into it. */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const [a, b] = this.zoom.domain();
      if (!(b > a)) return;
      this.status = this.t.view(formatSpan(a, b, this.resolvedLang), countInWindow(this.layout, a, b));
    }, ANNOUNCE_MS);
  }

  private showHint(): void {
    this.hintVisible = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hintVisible = false), 1500);
  }

  private async settle(p: Promise<void>): Promise<void> {
    await p;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flushDomain();
    await this.updateComplete;
  }

  /** Shows the window `[start, end]`. The promise settles when the view is there. */
  zoomTo(start: Date | number, end: Date | number, options: { animate?: boolean } = {}): Promise<void> {
    const a = instantOf(start);
    const b = instantOf(end);
    if (a === undefined) return Promise.reject(new TypeError('zoomTo: start must be a valid Date or a finite number of ms'));
    if (b === undefined) return Promise.reject(new TypeError('zoomTo: end must be a valid Date or a finite number of ms'));
    if (!(b > a)) return Promise.reject(new RangeError('zoomTo: end must be after start'));
    return this.settle(this.zoom.zoomTo(a, b, animateOf(options)));
  }

  /** Shows all events. */
  fit(options: { animate?: boolean } = {}): Promise<void> {
    return this.settle(this.zoom.fit(animateOf(options)));
  }

  /**
   * What is drawn in the plot now, in drawing order, with where it is on screen: to place annotations over
   * events, or to find a cluster to click in a test. Events are drawn on a canvas; this is their DOM-free map.
   */
  visibleItems(): VisibleItem[] {
    const plot = this.plot;
    if (!plot || !this.width) return [];
    const origin = plot.getBoundingClientRect();
    const top = origin.top - plot.scrollTop;
    return this.scene.items
      .filter((item) => item.type !== 'event' || (item.x1 >= 0 && item.x0 <= this.width))
      .map((item) => {
        const b = itemBox(this.scene, item, ROW_HEIGHT);
        const x0 = Math.max(0, b.x);
        const box = { x: origin.left + x0, y: top + b.y, width: Math.max(0, Math.min(b.x + b.width, this.width) - x0), height: b.height };
        const group = this.scene.lanes[item.lane]?.group ?? '';
        return item.type === 'event'
          ? { type: item.type, id: item.event.id, count: 1, startMs: item.event.lo, endMs: item.event.hi, group, box }
          : { type: item.type, count: item.count, startMs: item.lo, endMs: item.hi, group, box };
      });
  }

  /** Opens the detail card of the event with this id (no `tl-select`: that is for user action). Returns whether it exists. */
  select(id: string | undefined): boolean {
    if (id === undefined) {
      this.selectedId = undefined;
      return true;
    }
    if (typeof id !== 'string') return false;
    const e = this.byId.get(id);
    if (!e) return false;
    this.selectedId = id;
    this.focusKey = `e-${e.index}`;
    return true;
  }

  private userZoom(factor: number): void {
    const focused = this.focusedEvent();
    const [a, b] = this.domain;
    const at = focused && focused.lo >= a && focused.lo <= b ? (focused.lo + focused.hi) / 2 : undefined;
    void this.settle(this.zoom.zoomBy(factor, at, true, true));
  }

  private userFit(): void {
    void this.settle(this.zoom.fit(true, true));
  }

  // ——— selection and keyboard ———

  private focusedEvent(): TimelineEvent | undefined {
    const key = this.focusKey;
    if (!key?.startsWith('e-')) return undefined;
    const position = this.positions[+key.slice(2)] ?? -1;
    return position < 0 ? undefined : this.normalized[position];
  }

  /** The user selects an event: by a pointer (the card is announced) or by the keyboard (the focus moves into it). */
  private userSelect(e: TimelineEvent, by: 'pointer' | 'keyboard'): void {
    this.selectedId = e.id;
    this.focusKey = `e-${e.index}`;
    this.cardRequest = by;
    if (by === 'pointer') this.status = this.t.cardOpened(localize(e.title, this.resolvedLang));
    this.links.write(e.id);
    this.dispatchEvent(new CustomEvent<TlSelectDetail>('tl-select', { detail: { event: e.input }, bubbles: true, composed: true }));
  }

  /**
   * The card that a user opened, to be shown once it is rendered: scrolled into view where it is not (below the
   * plot, on a phone or at high zoom), and focused at its heading when the keyboard opened it.
   */
  private cardRequest: 'pointer' | 'keyboard' | undefined;

  private showCard(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.detail');
    const request = this.cardRequest;
    this.cardRequest = undefined;
    if (!card) return;
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (request === 'keyboard') card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  /** The item under a pointer event: the hovered one on its tooltip, its option element, else what is drawn there. */
  private itemAt(event: MouseEvent): SceneItem | undefined {
    const target = event.target as Element;
    if (this.hover && target.closest?.('.tooltip')) return this.scene.items.find((item) => itemKey(item) === this.hover?.key);
    const option = target.closest?.('[role="option"]');
    if (option) return this.scene.items.find((item) => itemKey(item) === option.id);
    const box = this.plot.getBoundingClientRect();
    return hitTest(this.scene, event.clientX - box.left, event.clientY - box.top + this.plot.scrollTop, ROW_HEIGHT);
  }

  private onPlotClick(event: MouseEvent): void {
    const item = this.itemAt(event);
    if (!item) return;
    if (item.type === 'density') {
      // A dense lane: zoom in four times around the click.
      const [a, b] = this.domain;
      const at = a + ((event.clientX - this.plot.getBoundingClientRect().left) / this.width) * (b - a);
      void this.settle(this.zoom.zoomBy(4, at, true, true));
      return;
    }
    if (item.type === 'cluster') return this.zoomIntoCluster(item.lo, item.hi);
    this.userSelect(item.event, 'pointer');
    this.plot.focus({ preventScroll: true });
  }

  private zoomIntoCluster(lo: number, hi: number): void {
    const span = Math.max(hi - lo, this.zoom.minSpan);
    void this.settle(this.zoom.zoomTo(lo - span * 0.25, lo + span * 1.25, true, true));
  }

  /** Makes an event visible on its own: pans to it and zooms in until it is no longer part of a cluster. */
  private async reveal(e: TimelineEvent): Promise<void> {
    let [a, b] = this.domain;
    let span = b - a;
    const mid = (e.lo + Math.min(e.hi, e.lo + span)) / 2;
    const shown = (t0: number, t1: number) =>
      buildScene(this.layout, t0, t1, this.sceneOptions()).items.some((i) => i.type === 'event' && i.event === e && i.x1 >= 0 && i.x0 <= this.width);
    if (shown(a, b)) return this.scrollLaneIntoView(e);
    for (let i = 0; i < 40; i++) {
      a = mid - span / 2;
      b = mid + span / 2;
      if (shown(a, b) || span < this.zoom.minSpan) break;
      span /= 2;
    }
    await this.settle(this.zoom.zoomTo(a, b, false, true));
    this.scrollLaneIntoView(e);
  }

  /**
   * Brings what the keyboard focus moved to into view, at the same zoom: a unit out of view (or mostly) is
   * centred; the lanes scroll to its lane. Not announced as a zoom: the focused option is read instead.
   */
  private async bringIntoView(unit: FocusUnit): Promise<void> {
    const head = headOf(unit);
    const [a, b] = this.domain;
    let visible = false;
    if ('type' in unit) {
      const box = itemBox(this.scene, unit, ROW_HEIGHT);
      const shown = Math.min(box.x + box.width, this.width) - Math.max(box.x, 0);
      visible = shown >= Math.min(box.width, 24);
    }
    if (!visible) {
      const span = b - a;
      const mid = unit === head || ('type' in unit && unit.type === 'event') ? (head.lo + Math.min(head.hi, head.lo + span / 2)) / 2 : head.lo + span / 4;
      this.quietZoom = true;
      const moved = this.zoom.zoomTo(mid - span / 2, mid + span / 2, false, true);
      this.quietZoom = false;
      await this.settle(moved);
    }
    this.scrollLaneIntoView(head);
  }

  /** When the lanes scroll, brings the lane of `e` into view. */
  private scrollLaneIntoView(e: TimelineEvent): void {
    const lane = this.scene.lanes[placementOf(this.layout, e).lane];
    const [top, height] = this.viewport;
    if (!lane || height <= 0 || (lane.y >= top && lane.y + lane.height <= top + height)) return;
    this.plot.scrollTop = lane.y;
    // Culled lanes get their items in the update this schedules, not a frame later.
    this.measureViewport();
  }

  /** Scrolls the page (and the lanes) so that the focused option is in view, as a browser does for real focus. */
  private async scrollFocusIntoView(): Promise<void> {
    await this.updateComplete;
    const key = this.focusItem ? itemKey(this.focusItem) : undefined;
    const option = key ? this.renderRoot.querySelector(`[id="${key}"]`) : null;
    option?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private async onKeyDown(event: KeyboardEvent): Promise<void> {
    const key = event.key;
    if (key === 'Escape') {
      if (this.selectedId) {
        event.preventDefault();
        this.closeDetail();
      }
      return;
    }
    if (key === '+' || key === '=') return this.handled(event, () => this.userZoom(KEY_ZOOM));
    if (key === '-' || key === '_') return this.handled(event, () => this.userZoom(1 / KEY_ZOOM));
    if (key === '0') return this.handled(event, () => this.userFit());
    if (key === 'Enter' || key === ' ') {
      return this.handled(event, () => {
        const item = this.focusItem;
        const focused = this.focusedEvent();
        if (item?.type === 'cluster') return this.zoomIntoCluster(item.lo, item.hi);
        if (item?.type === 'density') {
          const [a, b] = this.domain;
          const at = focused && focused.lo >= a && focused.lo <= b ? focused.lo : undefined;
          return void this.settle(this.zoom.zoomBy(4, at, true, true));
        }
        if (focused) this.userSelect(focused, 'keyboard');
      });
    }
    const moves: Record<string, FocusMove> = { ArrowRight: 'next', ArrowLeft: 'previous', ArrowDown: 'down', ArrowUp: 'up', Home: 'first', End: 'last' };
    const move = moves[key];
    if (!move || !this.normalized.length) return;
    event.preventDefault();
    const [a, b] = this.domain;
    const next = moveFocus(this.normalized, this.layout, this.scene, this.positionOf, this.focusedEvent(), move, (a + b) / 2);
    if (!next) return;
    this.focusKey = `e-${headOf(next).index}`;
    await this.bringIntoView(next);
    await this.scrollFocusIntoView();
  }

  private handled(event: KeyboardEvent, action: () => void): void {
    event.preventDefault();
    action();
  }

  // ——— rendering ———

  private describe = (item: SceneEvent): string => {
    const e = item.event;
    let name = this.names.get(e);
    if (name === undefined) {
      const lang = this.resolvedLang;
      const precision = describeDates(e, lang);
      const group = e.group ? `${e.group}: ` : '';
      name = `${group}${localize(e.title, lang)}, ${formatEventDate(e, lang)}${precision ? ` (${precision})` : ''}`;
      this.names.set(e, name);
    }
    return name;
  };

  /** Names of clusters and density strips, by what they hold: writing dates is the costly part of a frame. */
  private clusterNames = new Map<string, string>();

  /** A cluster's or density strip's name: its lane, how many events, their span, and the first titles. */
  private describeCluster = (item: SceneCluster | SceneDensity): string => {
    const key = `${itemKey(item)}|${item.to - item.from}|${item.count}|${Math.floor(item.lo / 3_600_000)}|${Math.floor(item.hi / 3_600_000)}`;
    let name = this.clusterNames.get(key);
    if (name === undefined) {
      const lang = this.resolvedLang;
      const titles: string[] = [];
      for (let i = item.from; i < Math.min(item.to, item.from + 3); i++) titles.push(localize(item.source.events[i]!.title, lang));
      const group = this.scene.lanes[item.lane]?.group ?? '';
      name = this.t.cluster(group, item.count, formatSpan(item.lo, item.hi, lang), titles);
      if (this.clusterNames.size > 5000) this.clusterNames.clear();
      this.clusterNames.set(key, name);
    }
    return name;
  };

  /** The name of a cluster's option: its name, and what Enter does. */
  private describeClusterOption = (item: SceneCluster | SceneDensity): string => `${this.describeCluster(item)}. ${this.t.clusterHint}`;

  private sanitized: { event: TimelineEvent; raw: string; html: string | undefined } | undefined;
  /**
   * The summary's HTML, sanitized once per shown summary (not on every frame while the card is open and the view
   * zooms); `undefined` until the sanitizer has loaded (the card shows the text meanwhile, or for good if the
   * sanitizer file cannot be loaded).
   */
  private sanitizedSummary(e: TimelineEvent, raw: string): string | undefined {
    if (this.sanitized?.event !== e || this.sanitized.raw !== raw) {
      const entry: { event: TimelineEvent; raw: string; html: string | undefined } = { event: e, raw, html: undefined };
      this.sanitized = entry;
      loadSanitizer().then(
        (sanitize) => {
          entry.html = sanitize(raw);
          if (this.sanitized === entry) this.requestUpdate();
        },
        (error: unknown) => console.warn('<tl-timeline>: the HTML sanitizer could not be loaded; summaries are shown as text.', error),
      );
    }
    return this.sanitized.html;
  }

  private renderDetail() {
    const e = this.selectedId ? this.byId.get(this.selectedId) : undefined;
    if (!e) return nothing;
    const lang = this.resolvedLang;
    const t = this.t;
    const lane = Math.max(0, placementOf(this.layout, e).lane);
    const url = safeUrl(e.url);
    const sourceUrl = safeUrl(e.source?.url);
    const rich = e.summaryHtml ? localize(e.summaryHtml, lang) : '';
    const html_ = rich ? this.sanitizedSummary(e, rich) : undefined;
    const precision = describeDates(e, lang);
    const source = e.source;
    return html`<section part="detail" class=${`detail c${lane % 8}`} role="region" aria-labelledby="detail-title" @keydown=${this.onCardKey}>
      <h2 id="detail-title" tabindex="-1">${localize(e.title, lang)}</h2>
      <p class="when">${formatEventDate(e, lang)}${precision ? html` · <span>${precision}</span>` : nothing}${e.group ? ` · ${e.group}` : ''}</p>
      ${html_
        ? html`<div class="summary">${unsafeHTML(html_)}</div>`
        : html_ === undefined && rich
          ? html`<p class="summary">${stripTags(rich)}</p>`
          : e.summary
          ? html`<p class="summary">${localize(e.summary, lang)}</p>`
          : nothing}
      ${source
        ? html`<p class="source">
            ${t.source}:
            ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${source.doc}</a>` : source.doc}${source.publisher
              ? `, ${source.publisher}`
              : ''}${source.author ? `, ${source.author}` : ''}${source.published ? ` (${t.published} ${source.published})` : ''}
          </p>`
        : nothing}
      ${url ? html`<p class="source"><a href=${url} target="_blank" rel="noopener noreferrer">${t.readMore}</a></p>` : nothing}
      <button class="close" part="button" aria-label=${t.close} @click=${() => this.closeDetail()}>✕</button>
    </section>`;
  }

  private scrollFrame = 0;
  private measuredHeight = -1;
  /** Vertical scrolling of the lanes, applied once per frame. */
  private onPlotScroll = (): void => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      this.measureViewport();
    });
  };

  /** Reads the plot's scroll position and height; true when they changed (an update is then on its way). */
  private measureViewport(): boolean {
    const plot = this.plot;
    if (!plot) return false;
    // Only worth culling when the lanes overflow the plot.
    const next: [number, number] = plot.scrollHeight > plot.clientHeight + 1 ? [plot.scrollTop, plot.clientHeight] : [0, 0];
    if (next[0] === this.viewport[0] && next[1] === this.viewport[1]) return false;
    this.viewport = next;
    return true;
  }

  /** Escape anywhere in the card closes it, and the focus goes back to the event. */
  private onCardKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeDetail();
  };

  /** The tooltip's item, after Escape hid it: it stays hidden until the pointer goes to another item. */
  private dismissedKey: string | undefined;

  /** Escape hides the tooltip, wherever the keyboard focus is (WCAG 1.4.13). */
  private onWindowKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.hover) return;
    this.dismissedKey = this.hover.key;
    this.hover = undefined;
  };

  /**
   * Shows the name of the event or cluster under the pointer (labels are often cut short or left out). The pointer
   * may move onto the tooltip without it going away (WCAG 1.4.13: hoverable).
   */
  private onPointerMove = (event: PointerEvent): void => {
    if (event.buttons || event.pointerType === 'touch') return;
    if (this.hover && (event.target as Element).closest?.('.tooltip')) return;
    const item = this.itemAt(event);
    if (!item) {
      this.dismissedKey = undefined;
      return this.clearHover();
    }
    const key = itemKey(item);
    if (this.hover?.key === key || this.dismissedKey === key) return;
    this.dismissedKey = undefined;
    const box = itemBox(this.scene, item, ROW_HEIGHT);
    const x = Math.min(Math.max(box.x + Math.min(box.width, 40) / 2, 120), this.width - 120);
    const text = item.type === 'event' ? this.describe(item) : this.describeCluster(item);
    this.hover = { key, type: item.type, text, x, y: box.y };
  };

  private clearHover = (): void => {
    if (this.hover) this.hover = undefined;
  };

  /** Closes the card; the focus goes back to the plot, on the event, and the event is scrolled into view. */
  private closeDetail(): void {
    this.selectedId = undefined;
    this.links.write(undefined);
    this.plot?.focus({ preventScroll: true });
    void this.scrollFocusIntoView();
  }

  /** Loading message or load error of `src` / the inline script. */
  private renderStatus() {
    const { status, error } = this.data;
    if (this.events !== NO_EVENTS || (status !== 'loading' && status !== 'error')) return nothing;
    const t = this.t;
    if (status === 'loading') {
      return html`<div part="status" class="status" data-state="loading" role="status">${t.loading}</div>`;
    }
    const e = error!;
    return html`<div part="status" class="status error" data-state="error" role="alert">
      <strong>${t.loadFailed(e.src ?? '')}</strong> ${t.loadReason(e.kind, e.status, e.message)}
    </div>`;
  }

  private renderNotice() {
    if (!this.errors.length) return nothing;
    return html`<div part="notice" class="notice" role="status">
      <details>
        <summary>⚠ ${this.t.skipped(this.errors.length)}</summary>
        <ul>
          ${this.errors.slice(0, 50).map((e) => html`<li>#${e.index + 1}${e.id ? ` (${e.id})` : ''}: ${e.reason}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  protected override render() {
    const t = this.t;
    const width = this.width;
    const { ticks, toX, height, canvasHeight, dpr } = this.view;
    const scene = this.scene;
    const state: PlotState = {
      width,
      rowHeight: ROW_HEIGHT,
      focused: this.focusItem,
      selectedId: this.selectedId,
      describe: this.describe,
      describeCluster: this.describeClusterOption,
      total: this.normalized.length,
      position: this.positionOf,
      maxOptions: MAX_OPTIONS,
    };
    const empty = !this.normalized.length;
    const name = this.label || t.timeline;
    return html`<div part="base" class="base">
      <div part="header" class="header">
        <ul part="legend" class="legend" aria-label=${t.legend}>
          <li><span class="swatch"></span>${t.legendExact}</li>
          <li><span class="swatch period"></span>${t.legendPeriod}</li>
          <li>≈ ${t.legendApprox}</li>
          <li>? ${t.legendUncertain}</li>
        </ul>
        <div part="controls" class="controls" role="group" aria-label=${t.zoom}>
          <button part="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => this.userZoom(1 / KEY_ZOOM)}>−</button>
          <button part="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.userZoom(KEY_ZOOM)}>+</button>
          <button part="button" class="fit" @click=${() => this.userFit()}>${t.fit}</button>
        </div>
      </div>
      ${this.renderStatus()}${this.renderNotice()}
      <svg part="axis" class="axis" width=${width} height="36" aria-hidden="true">${axisTemplate(ticks, toX, width)}</svg>
      <div class="plot-frame">
      <div
        part="plot"
        class=${`plot${this.hover ? ` over-${this.hover.type}` : ''}`}
        tabindex=${empty ? nothing : '0'}
        role=${empty ? 'group' : 'listbox'}
        aria-label=${`${name}: ${t.events(this.normalized.length)}. ${t.instructions}`}
        aria-activedescendant=${this.focusItem ? itemKey(this.focusItem) : nothing}
        @click=${this.onPlotClick}
        @keydown=${this.onKeyDown}
        @scroll=${this.onPlotScroll}
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.clearHover}
        @pointerdown=${this.clearHover}
      >
        ${empty
          ? html`<div class="empty">${this.renderStatus() === nothing ? t.empty : ''}</div>`
          : html`<svg class="under" width=${width} height=${height} aria-hidden="true">${lanesTemplate(scene, width)}</svg
              ><canvas class="drawing" aria-hidden="true" width=${Math.round(width * dpr)} height=${Math.round(canvasHeight * dpr)}></canvas
              ><svg class="over" role="none" width=${width} height=${height}>${laneLabelsTemplate(scene, (group) => group || t.ungrouped)}${optionsTemplate(scene, state)}</svg>`}
        ${this.hover
          ? html`<div part="tooltip" class="tooltip" aria-hidden="true">${this.hover.text}</div>`
          : nothing}
        <div part="hint" class=${`hint${this.hintVisible ? ' visible' : ''}`} aria-hidden="true">${t.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform))}</div>
      </div>
      <div class="focus-ring" aria-hidden="true"></div>
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.status}</div>
      <span class="palette-probe" aria-hidden="true" @transitionrun=${this.onPaletteChange}></span>
      ${this.renderDetail()}
    </div>`;
  }
}
