import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DataError, TimelineEvent, TimelineEventInput } from '../../model/types.js';
import { inTimeBase } from '../../model/calendar.js';
import { formatSpan, localize, messageLang } from '../../model/text.js';
import { countInWindow, placementOf } from '../../layout/lanes.js';
import { buildScene, type Scene, type SceneItem } from '../../layout/scene.js';
import { hitTest } from '../../layout/hit.js';
import { containerOf, headOf, moveFocus, type FocusUnit } from '../../layout/navigate.js';
import { computeTicks, type Tick } from '../../layout/ticks.js';
import { memoLast } from '../../layout/pipeline.js';
import { followWindow, revealWindow } from '../../layout/reveal.js';
import { CLUSTER_PX, LANE_HEADER, LANE_PADDING, MARKER_PX, MAX_OPTIONS, ROW_HEIGHT } from '../../layout/metrics.js';
import { visibleItemsOf, type VisibleItem } from '../../layout/visible.js';
import { TimelineModel, type ModelChange } from '../../state/timeline-model.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { TouchController } from '../../controllers/touch-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { PaletteController } from '../../controllers/palette-controller.js';
import { LangController } from '../../controllers/lang-controller.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { HashLinkController } from '../../controllers/hash-link-controller.js';
import type { FormatName } from '../../formats/detect.js';
import { MESSAGES, type Messages } from './messages.js';
import { axisTemplate, laneLabelsTemplate, lanesTemplate, optionsTemplate } from './plot.js';
import { Painter } from './canvas.js';
import { cardTemplate, Summaries } from './card.js';
import { headerTemplate, noticeTemplate, statusTemplate } from './parts.js';
import { emit, rangeDetail, type TlDataErrorDetail, type TlLoadDetail, type TlRangeChangeDetail, type TlSelectDetail } from './events.js';
import { HoverController } from './hover.js';
import { Announcer } from './announcer.js';
import { Names } from './names.js';
import { TextMeasurer } from './measure.js';
import { keyAction } from './keys.js';
import { timelineStyles } from './timeline.styles.js';

export type { TlSelectDetail, TlRangeChangeDetail, TlDataErrorDetail, TlLoadDetail, TlErrorDetail, VisibleItem } from './events.js';

/** The default of `events`: while it is in place, the declarative sources (`src`, inline JSON, `<tl-event>`) apply. */
const NO_EVENTS: readonly TimelineEventInput[] = Object.freeze([]);
const NO_ERRORS: readonly DataError[] = Object.freeze([]);
const EMPTY_SCENE: Scene = { items: [], lanes: [], height: 0 };
/** A zoom is announced once it has rested this long (a wheel or a drag sends many steps). */
const ANNOUNCE_MS = 500;

/**
 * A zoomable timeline of dated events. Dates are EDTF strings (`2012`, `2018-04`, `2025-23`, `2025-03~`, `2019?`),
 * ISO date-times, Dates or epoch ms; what is known only to a year or month is drawn across that period.
 *
 * @tagname tl-timeline
 * @summary Zoomable, accessible timeline of dated events with honest uncertain dates.
 *
 * @event tl-select - The user selected an event (click, tap, Enter). `detail: { event }` (the input row).
 * @event tl-range-change - The user changed the visible window (drag, wheel, pinch, buttons, keys, a companion such as `<tl-overview>`). `detail: { start, end, startMs, endMs }`.
 * @event tl-load - Data from `src` arrived and was read. `detail: { origin, src, format, count }`.
 * @event tl-error - `src` (or the inline script) could not be read: HTTP status, network/CORS, a connection broken mid-body (`interrupted`), bad JSON, unknown format. `detail: { kind, message, status?, src?, origin }`. The element shows the error too.
 * @event tl-data-error - Rows in `events` could not be shown. `detail: { errors: { index, id?, reason }[] }`. The valid rows still render.
 *
 * @slot - Companion elements placed inside (`<tl-overview>`), shown below the plot. `<tl-event>` and data scripts are read, not shown.
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

  @state() private hintVisible = false;
  @query('.plot') private plot!: HTMLElement;

  /** The timeline's state — data, window, selection, focus, language — shared with companion elements. */
  readonly model = new TimelineModel();

  private readonly data = new DataSourceController(this, {
    overridden: () => this.events !== NO_EVENTS,
    onLoad: (r, src) => emit<TlLoadDetail>(this, 'tl-load', { origin: r.origin, src, format: r.format, count: r.events.length }),
    onError: (error) => emit(this, 'tl-error', { ...error }),
  });
  private readonly links = new HashLinkController(this, { enabled: () => this.hashLinks, open: (id) => this.openLinked(id) });
  private readonly zoom = new ZoomController(this, { model: this.model, plainWheel: () => this.plainWheel, onBlockedWheel: () => this.showHint() });
  private readonly touch = new TouchController(this, {
    window: () => this.model.window,
    width: () => this.viewport.width,
    start: () => this.zoom.stopAnimation(),
    show: (anchors) => this.zoom.showAnchored(anchors),
  });
  private readonly viewport = new ViewportController(this, () => this.palette.invalidate());
  private readonly palette = new PaletteController(this, () => this.renderRoot?.querySelector('.palette-probe') ?? null);
  private readonly langs = new LangController(this);
  private readonly hover = new HoverController(this);
  private readonly live = new Announcer(this);
  private readonly names = new Names();
  private readonly measurer = new TextMeasurer();
  private readonly summaries = new Summaries();
  /** Draws the canvas when what it shows changed; `painter.draws` counts the drawings. */
  readonly painter = new Painter();

  private t: Messages = MESSAGES.en;
  private scene: Scene = EMPTY_SCENE;
  private ticks: readonly Tick[] = [];
  private focusItem: SceneItem | undefined;
  private readonly ticksFor = memoLast((t0: number, t1: number, width: number, lang: string, any: boolean) => (any ? computeTicks(t0, t1, width, lang).ticks : []));
  /** True while `willUpdate` runs: what the model says then belongs to this update. */
  private deriving = false;
  private frame = 0;
  private rangeFrame = 0;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedErrors: readonly DataError[] = NO_ERRORS;
  private pendingErrors = false;
  /** A card a user opened: scrolled into view once rendered, and focused at its heading when the keyboard opened it. */
  private cardRequest: 'pointer' | 'keyboard' | undefined;
  /** Set while the view follows the keyboard focus: that is not announced as a zoom. */
  private quietZoom = false;

  constructor() {
    super();
    this.model.subscribe(this.onModelChange);
  }

  /** The visible window. Dates are invalid in deep time; use `startMs`/`endMs` there. */
  get visibleRange(): TlRangeChangeDetail {
    return rangeDetail(this.model.window);
  }

  /** The events as drawn, after validation, sorted by start. */
  get normalizedEvents(): readonly TimelineEvent[] {
    return this.model.events;
  }

  /** Rows of `events` that could not be shown, and why. */
  get dataErrors(): readonly DataError[] {
    return this.model.errors;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.rangeFrame);
    this.frame = this.rangeFrame = 0;
    clearTimeout(this.hintTimer);
  }

  /** The model changed: render (a moving window once per frame), and tell the page what a reader changed. */
  private onModelChange = (change: ModelChange): void => {
    if (this.deriving || !this.hasUpdated) return;
    if (!change.window) return this.requestUpdate();
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.requestUpdate();
    });
    if (!change.user) return;
    this.rangeFrame ||= requestAnimationFrame(() => {
      this.rangeFrame = 0;
      emit<TlRangeChangeDetail>(this, 'tl-range-change', this.visibleRange);
    });
    // A reader's own zoom or pan is announced once it rests; following the keyboard focus is not.
    if (!this.quietZoom) this.live.sayWhenQuiet(ANNOUNCE_MS, () => this.describeWindow());
  };

  private describeWindow(): string {
    const [a, b] = this.model.window;
    return this.t.view(formatSpan(a, b, this.model.lang), countInWindow(this.model.layout, a, b));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.deriving = true;
    try {
      this.derive(changed);
    } finally {
      this.deriving = false;
    }
  }

  /** Everything this update shows, from the properties, the model and the measured size: no DOM is read here. */
  private derive(changed: PropertyValues<this>): void {
    this.data.sync();
    const model = this.model;
    const lang = this.lang || this.langs.inherited;
    model.setLang(lang);
    this.t = MESSAGES[messageLang(lang)];
    if (changed.has('theme')) this.palette.invalidate();
    const input = this.events !== NO_EVENTS ? this.events : (this.data.result?.events ?? NO_EVENTS);
    const adapterErrors = this.events === NO_EVENTS ? (this.data.result?.errors ?? NO_ERRORS) : NO_ERRORS;
    if (model.setData(input, adapterErrors, Math.max(1, this.maxRows || 1))) this.summaries.reset();
    if (model.errors !== this.reportedErrors) {
      this.reportedErrors = model.errors;
      this.pendingErrors = model.errors.length > 0;
    }
    const width = this.viewport.width;
    this.zoom.configure(width);
    this.names.use(model.events, lang, this.t);
    this.measurer.use(this.palette.textStyle());
    // A linked event opens once its data is here, in this update's window.
    if (width > 0 && model.events.length) this.links.apply();
    const [t0, t1] = model.window;
    const [yTop, yBottom] = this.viewport.yRange();
    const textKey = `${lang}|${this.measurer.key}`;
    this.scene = width > 0 ? model.pipeline.scene(model.layout, t0, t1, width, yTop, yBottom, textKey, this.sceneOptions()) : EMPTY_SCENE;
    this.ticks = this.ticksFor(t0, t1, width, lang, model.events.length > 0);
    const focused = model.focused;
    this.focusItem = focused ? containerOf(this.scene, model.layout, focused) : undefined;
  }

  private sceneOptions() {
    return { rowHeight: ROW_HEIGHT, laneHeader: LANE_HEADER, lanePadding: LANE_PADDING, clusterPx: CLUSTER_PX, markerPx: MARKER_PX, maxRows: Math.max(1, this.maxRows || 1), label: this.names.label, measure: this.measurer.measure };
  }

  protected override updated(): void {
    const plot = this.plot;
    this.zoom.attach(plot);
    this.touch.attach(plot);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.drawing');
    this.viewport.observe(plot, this.renderRoot.querySelector('svg.under'), canvas);
    if (canvas) {
      const [a, b] = this.model.window;
      const width = this.viewport.width;
      const { top, height } = this.viewport.canvasWindow(Math.max(this.scene.height, 40));
      const palette = this.palette.palette();
      const toX = (time: number) => ((time - a) / (b - a)) * width;
      this.painter.paint(canvas, { scene: this.scene, ticks: this.ticks, toX, width, top, height, dpr: this.viewport.dpr, rowHeight: ROW_HEIGHT, focused: this.focusItem, selectedId: this.model.selectedId, palette });
    }
    // Positions through CSSOM, which a strict Content-Security-Policy allows (it blocks a style attribute).
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip && this.hover.hover) [tooltip.style.left, tooltip.style.top] = [`${this.hover.hover.x}px`, `${this.hover.hover.y}px`];
    if (this.cardRequest) this.showCard();
    if (this.pendingErrors) {
      this.pendingErrors = false;
      emit<TlDataErrorDetail>(this, 'tl-data-error', { errors: [...this.model.errors] });
    }
  }

  // ——— public methods ———

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
    if (!plot || !this.viewport.width) return [];
    const origin = plot.getBoundingClientRect();
    return visibleItemsOf(this.scene, this.viewport.width, { left: origin.left, top: origin.top - plot.scrollTop });
  }

  /** Opens the detail card of the event with this id (no `tl-select`: that is for user action). Returns whether it exists. */
  select(id: string | undefined): boolean {
    if (id !== undefined && typeof id !== 'string') return false;
    if (!this.model.select(id)) return false;
    if (id !== undefined) this.model.focus(this.model.byId(id));
    return true;
  }

  /** A move on its way, then this element's render of where it ended. */
  private async settle(move: Promise<void>): Promise<void> {
    await move;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.requestUpdate();
    await this.updateComplete;
  }

  // ——— what readers do ———

  private userZoom = (factor: number): void => {
    const focused = this.model.focused;
    const [a, b] = this.model.window;
    const at = focused && focused.lo >= a && focused.lo <= b ? (focused.lo + focused.hi) / 2 : undefined;
    void this.settle(this.zoom.zoomBy(factor, at, true, true));
  };

  private userFit = (): void => void this.settle(this.zoom.fit(true, true));

  /** The user selects an event: by a pointer (the card is announced) or by the keyboard (the focus moves into it). */
  private userSelect(e: TimelineEvent, by: 'pointer' | 'keyboard'): void {
    this.model.select(e.id);
    this.model.focus(e);
    this.cardRequest = by;
    if (by === 'pointer') this.live.say(this.t.cardOpened(localize(e.title, this.model.lang)));
    this.links.write(e.id);
    emit<TlSelectDetail>(this, 'tl-select', { event: e.input });
  }

  private showCard(): void {
    const card = this.renderRoot.querySelector<HTMLElement>('.detail');
    const request = this.cardRequest;
    this.cardRequest = undefined;
    if (!card) return;
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (request === 'keyboard') card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  /** Closes the card; the focus goes back to the plot, on the event, which is scrolled into view. */
  private closeDetail = (): void => {
    this.model.select(undefined);
    this.links.write(undefined);
    this.plot?.focus({ preventScroll: true });
    void this.scrollFocusIntoView();
  };

  /** Escape anywhere in the card closes it. */
  private onCardKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeDetail();
  };

  /** Opens and shows the event a `#event=` link names (zooming in until it stands alone); false until it arrives. */
  private openLinked(id: string): boolean {
    const e = this.model.byId(id);
    if (!e || !this.select(id)) return false;
    const width = this.viewport.width;
    const shown = ([t0, t1]: readonly [number, number]) =>
      buildScene(this.model.layout, t0, t1, { ...this.sceneOptions(), width }).items.some((i) => i.type === 'event' && i.event === e && i.x1 >= 0 && i.x0 <= width);
    this.model.setWindow(revealWindow(e, this.model.window, shown, this.model.limits.minSpan));
    return true;
  }

  /** The item under a pointer event: the hovered one on its tooltip, its option element, else what is drawn there. */
  private itemAt(event: MouseEvent): SceneItem | undefined {
    const target = event.target as Element;
    const key = target.closest?.('.tooltip') ? this.hover.hover?.key : target.closest?.('[role="option"]')?.id;
    if (key) return this.scene.items.find((item) => item.key === key);
    const box = this.plot.getBoundingClientRect();
    return hitTest(this.scene, event.clientX - box.left, event.clientY - box.top + this.plot.scrollTop);
  }

  private onPlotClick = (event: MouseEvent): void => {
    const item = this.itemAt(event);
    if (!item) return;
    if (item.type === 'event') {
      this.userSelect(item.event, 'pointer');
      this.plot.focus({ preventScroll: true });
    } else if (item.type === 'cluster') this.zoomIntoCluster(item.lo, item.hi);
    else {
      // A dense lane: zoom in four times around the click.
      const [a, b] = this.model.window;
      void this.settle(this.zoom.zoomBy(4, a + ((event.clientX - this.plot.getBoundingClientRect().left) / this.viewport.width) * (b - a), true, true));
    }
  };

  private zoomIntoCluster(lo: number, hi: number): void {
    const span = Math.max(hi - lo, this.model.limits.minSpan);
    void this.settle(this.zoom.zoomTo(lo - span * 0.25, lo + span * 1.25, true, true));
  }

  private onPointerMove = (event: PointerEvent): void => {
    if (event.buttons || event.pointerType === 'touch') return;
    const onTooltip = !!(event.target as Element).closest?.('.tooltip');
    const width = this.viewport.width;
    this.hover.move(onTooltip ? undefined : this.itemAt(event), onTooltip, this.describe, (item) => ({
      x: Math.min(Math.max(item.box.x + Math.min(item.box.width, 40) / 2, 120), width - 120),
      y: item.box.y,
    }));
  };

  /** The name of an event or cluster, for the tooltip. */
  private describe = (item: SceneItem): string =>
    item.type === 'event' ? this.names.describe(item) : this.names.describeCluster(item, this.scene.lanes[item.lane]?.group ?? '');

  private onKeyDown = async (event: KeyboardEvent): Promise<void> => {
    const action = keyAction(event.key);
    const model = this.model;
    if (!action || (action.kind === 'close' && !model.selectedId)) return;
    if (action.kind === 'move' && !model.events.length) return;
    event.preventDefault();
    if (action.kind === 'zoom') return this.userZoom(action.factor);
    if (action.kind === 'fit') return this.userFit();
    if (action.kind === 'close') return this.closeDetail();
    if (action.kind === 'activate') return this.activate();
    const [a, b] = model.window;
    const next = moveFocus(model.events, model.layout, this.scene, model.positionOf, model.focused, action.move, (a + b) / 2);
    if (!next) return;
    model.focus(headOf(next));
    await this.bringIntoView(next);
    await this.scrollFocusIntoView();
  };

  /** Enter or Space: opens the focused event's card, or zooms into the focused cluster or density strip. */
  private activate(): void {
    const item = this.focusItem;
    const focused = this.model.focused;
    if (item?.type === 'cluster') return this.zoomIntoCluster(item.lo, item.hi);
    if (item?.type === 'density') {
      const [a, b] = this.model.window;
      void this.settle(this.zoom.zoomBy(4, focused && focused.lo >= a && focused.lo <= b ? focused.lo : undefined, true, true));
    } else if (focused) this.userSelect(focused, 'keyboard');
  }

  /** Brings what the keyboard moved to into view at the same zoom (the lanes scroll to its lane); not announced. */
  private async bringIntoView(unit: FocusUnit): Promise<void> {
    const head = headOf(unit);
    const item = 'type' in unit ? unit : undefined;
    const target = followWindow(head, !item || item.type === 'event' ? 'event' : 'group', item?.box, this.model.window, this.viewport.width);
    this.quietZoom = true;
    const moved = this.zoom.zoomTo(target[0], target[1], false, true);
    this.quietZoom = false;
    await this.settle(moved);
    const lane = this.scene.lanes[placementOf(this.model.layout, head).lane];
    if (lane && this.viewport.scrollTo(lane.y, lane.height)) await this.updateComplete;
  }

  /** Scrolls the page (and the lanes) so that the focused option is in view, as a browser does for real focus. */
  private async scrollFocusIntoView(): Promise<void> {
    await this.updateComplete;
    const key = this.focusItem?.key;
    if (key) this.renderRoot.querySelector(`[id="${key}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private showHint(): void {
    this.hintVisible = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hintVisible = false), 1500);
  }

  // ——— rendering ———

  protected override render() {
    const t = this.t;
    const model = this.model;
    const width = this.viewport.width;
    const scene = this.scene;
    const empty = !model.events.length;
    const height = Math.max(scene.height, 40);
    const canvasHeight = this.viewport.canvasWindow(height).height;
    const dpr = this.viewport.dpr;
    const [a, b] = model.window;
    const toX = (time: number) => ((time - a) / (b - a)) * width;
    const status = this.events === NO_EVENTS ? statusTemplate(t, this.data.status, this.data.error) : nothing;
    const hover = this.hover.hover;
    const selected = model.selectedId ? model.byId(model.selectedId) : undefined;
    const state = {
      width,
      focused: this.focusItem,
      selectedId: model.selectedId,
      describe: this.names.describe,
      describeCluster: (item: Parameters<Names['describeClusterOption']>[0]) => this.names.describeClusterOption(item, scene.lanes[item.lane]?.group ?? ''),
      total: model.events.length,
      position: model.positionOf,
      maxOptions: MAX_OPTIONS,
    };
    return html`<div part="base" class="base">
      ${headerTemplate(t, this.userZoom, this.userFit)} ${status}${noticeTemplate(t, model.errors)}
      <svg part="axis" class="axis" width=${width} height="36" aria-hidden="true">${axisTemplate(this.ticks as Tick[], toX, width)}</svg>
      <div class="plot-frame">
        <div
          part="plot"
          class=${`plot${hover ? ` over-${hover.type}` : ''}`}
          tabindex=${empty ? nothing : '0'}
          role=${empty ? 'group' : 'listbox'}
          aria-label=${`${this.label || t.timeline}: ${t.events(model.events.length)}. ${t.instructions}`}
          aria-activedescendant=${this.focusItem?.key ?? nothing}
          @click=${this.onPlotClick}
          @keydown=${this.onKeyDown}
          @pointermove=${this.onPointerMove}
          @pointerleave=${this.hover.clear}
          @pointerdown=${this.hover.clear}
        >
          ${empty
            ? html`<div class="empty">${status === nothing ? t.empty : ''}</div>`
            : html`<svg class="under" width=${width} height=${height} aria-hidden="true">${lanesTemplate(scene, width)}</svg
                ><canvas class="drawing" aria-hidden="true" width=${Math.round(width * dpr)} height=${Math.round(canvasHeight * dpr)}></canvas
                ><svg class="over" role="none" width=${width} height=${height}>${laneLabelsTemplate(scene, (group) => group || t.ungrouped)}${optionsTemplate(scene, state)}</svg>`}
          ${hover ? html`<div part="tooltip" class="tooltip" aria-hidden="true">${hover.text}</div>` : nothing}
          <div part="hint" class=${`hint${this.hintVisible ? ' visible' : ''}`} aria-hidden="true">${t.wheelHint(/Mac|iPhone|iPad/.test(navigator.platform))}</div>
          <span class="palette-probe" aria-hidden="true" @transitionrun=${this.palette.onChange}></span>
        </div>
        <div class="focus-ring" aria-hidden="true"></div>
      </div>
      <div class="companions"><slot></slot></div>
      <div class="sr-only" role="status" aria-live="polite">${this.live.text}</div>
      ${selected
        ? cardTemplate(selected, {
            lang: model.lang,
            t,
            lane: Math.max(0, placementOf(model.layout, selected).lane),
            summaries: this.summaries,
            refresh: () => this.requestUpdate(),
            close: this.closeDetail,
            onKeyDown: this.onCardKey,
          })
        : nothing}
    </div>`;
  }
}

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
