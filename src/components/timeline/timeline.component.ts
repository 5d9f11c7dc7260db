import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataError, EraInput, GroupInput, MarkerInput, MediaInput, TimelineEvent, TimelineEventInput } from '../../model/types.js';
import type { Tick } from '../../layout/ticks.js';
import { animateOf, windowOf } from '../../layout/zoom-math.js';
import { visibleItemsOf, type VisibleItem } from '../../layout/visible.js';
import { TimelineModel, type ColorBy, type EventFilter, type FilterMode } from '../../state/timeline-model.js';
import { ZoomController } from '../../controllers/zoom-controller.js';
import { TouchController } from '../../controllers/touch-controller.js';
import { ViewportController } from '../../controllers/viewport-controller.js';
import { PaletteController } from '../../controllers/palette-controller.js';
import { LangController } from '../../controllers/lang-controller.js';
import { DirectionController } from '../../controllers/direction-controller.js';
import type { Direction } from '../../layout/direction.js';
import { DataSourceController } from '../../controllers/data-source-controller.js';
import { HashLinkController } from '../../controllers/hash-link-controller.js';
import type { FormatName } from '../../formats/detect.js';
import { MESSAGES, type MessageOverrides, type Messages } from './messages.js';
import { Words } from './words.js';
import { Frames } from './frames.js';
import { axisTemplate } from './plot.js';
import { Drawing } from './drawing.js';
import { Actions } from './actions.js';
import { Cards } from './cards.js';
import { headerTemplate, noticeTemplate, statusTemplate, summaryTemplate } from './parts.js';
import { emit, rangeDetail, type TlLoadDetail, type TlRangeChangeDetail } from './events.js';
import { HoverController } from './hover.js';
import { ErrorReport } from './error-report.js';
import { Announcer, ANNOUNCE_MS, WheelHint } from './announcer.js';
import { Names } from './names.js';
import { TextMeasurer } from './measure.js';
import { View } from './view.js';
import { LayersController } from './layers.js';
import { timelineStyles } from './timeline.styles.js';
import { contextStyles } from './context.styles.js';
import { watchCompanions } from '../companions.js';
import { ListView } from './list-view.js';
import { Summary } from './summary.js';
import { serverDrawing as server, Takeover } from './server-hooks.js';

export type { TlSelectDetail, TlRangeChangeDetail, TlDataErrorDetail, TlLoadDetail, TlErrorDetail, VisibleItem } from './events.js';

/** The default of `events`: while it is in place, the declarative sources (`src`, inline JSON, `<tl-event>`) apply. */
const NO_EVENTS: readonly TimelineEventInput[] = Object.freeze([]);
const NO_ERRORS: readonly DataError[] = Object.freeze([]);

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
 * @event tl-data-error - Rows in `events` could not be shown, or are shown with a note (`warning: true`: media without alt text, a field not carried over). `detail: { errors: { index, id?, reason, warning?, layer? }[] }`. The valid rows still render.
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
 * @csspart context - The strip of eras and markers above the plot.
 * @csspart era - An era's button in the strip (carries `data-era-id`); Enter shows the era.
 * @csspart marker - A marker's button (carries `data-marker-id`; the "now" line's is `now`); Enter centres the view on it.
 * @csspart view-toggle - The header's "Show as list" / "Show as timeline" button.
 * @csspart summary - The line under the header: the window, how many events reach into it, of how many, in how many lanes.
 * @csspart list - The list view (`<tl-list>` in the plot's place).
 * @csspart categories - The legend of categories (with `color-by` category or tag).
 * @csspart category - A category's toggle button (`aria-pressed`, `data-category`).
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
 * @cssproperty --tl-category-<name> - Colour of the events of a category (or tag) `<name>`, lower-cased, other characters as `-`.
 * @cssproperty --tl-category-color-0 - Default colour of the first category (…`--tl-category-color-7`).
 */
export class TlTimeline extends LitElement {
  static override styles = [timelineStyles, contextStyles];

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
  /** Which way time runs: `auto` (the `dir` it has or inherits, else its language's: `he`, `ar` … run right to left), `ltr` or `rtl`. */
  @property({ reflect: true }) direction: Direction = 'auto';
  /** Time zone of times of day on the axis, in labels and the card: an IANA name (`Europe/Berlin`), `local` (the reader's), or `''` for UTC. Dates without a time are never shifted. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  /** Zoom with a plain mouse wheel. Off by default, so the wheel scrolls the page and ctrl/⌘ + wheel zooms. */
  @property({ type: Boolean, reflect: true, attribute: 'plain-wheel' }) plainWheel = false;
  /** Most rows per lane; by default (`0`) lanes take the rows their labels need, as far as the room allows. */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 0;

  /** Colour scheme: `auto` follows the system, or `light` / `dark`. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Accessible name of the timeline. */
  @property() label = '';

  /** Shows the list of the events (`<tl-list>`) in the timeline's place; the header's toggle switches. */
  @property({ type: Boolean, reflect: true, attribute: 'show-list' }) showList = false;
  /** Server rendering (`timeline-elements/ssr`): the width in px the first view is laid out at (the browser lays it out again at its own). */
  @property({ type: Number, attribute: 'server-width' }) serverWidth = 960;
  /** Opens on the timeline in a narrow container too (by default, one under 480 px opens on the list of its events). */
  @property({ type: Boolean, attribute: 'no-list-first' }) noListFirst = false;
  /** Interface words to replace (`{ fit: 'Alles', events: '{n} Termine' }`); languages beyond en/de load on demand. */
  @property({ attribute: false }) messages: MessageOverrides | undefined;

  /** Spans drawn behind the lanes (`{ id?, start, end, title, color?, group? }`, EDTF dates); else those of `src` or the inline data, and `<tl-era>` children. */
  @property({ attribute: false }) eras: readonly EraInput[] | undefined;
  /** Reference lines (`{ id?, at, title }`); else those of the inline data and `<tl-marker>` children. */
  @property({ attribute: false }) markers: readonly MarkerInput[] | undefined;
  /** Lane options (`{ id, title?, order?, color?, collapsed? }`, by group); else those of `src` (vis-timeline groups). */
  @property({ attribute: false }) groups: readonly GroupInput[] | undefined;
  /** What colours events, and what the legend toggles: `group` (their lane), `category` or `tag` (the first). */
  @property({ attribute: 'color-by', reflect: true }) colorBy: ColorBy = 'group';
  /** A "today" line: present, it follows the clock; a date (`now="2024-11-05"`) fixes it there. */
  @property() now: string | null = null;

  /** Story mode: the card opens on a title card (`heading`, `text`, `media`, or the data's title slide), and previous/next read the events in turn. */
  @property({ type: Boolean, reflect: true }) story = false;
  /** The title card's heading (story mode; with `text` or `media` alone, the `label`); else the TimelineJS title slide's. */
  @property() heading = '';
  /** The title card's text (rich text is sanitized). */
  @property() text = '';
  /** The title card's media (`{ url, alt?, caption?, credit? }`). */
  @property({ attribute: false }) media: MediaInput | undefined;

  /** Search text (title, summary, tags, actors, lane; case- and diacritic-insensitive): other events are dimmed, or left out with `filter-mode="hide"`. */
  @property() get query(): string { return this.model.search.text; }
  set query(text: string) { this.model.search.setText(text); }
  /** The lanes, categories and tags an event must have (`{ groups?, categories?, tags? }`: any value of each list given). */
  @property({ attribute: false }) get filter(): EventFilter { return this.model.search.filter; }
  set filter(filter: EventFilter | undefined) { this.model.search.setFilter(filter); }
  /** What becomes of events the query and filter do not match: `dim` (drawn faint) or `hide` (left out). */
  @property({ attribute: 'filter-mode' }) get filterMode(): FilterMode { return this.model.search.mode; }
  set filterMode(mode: FilterMode) { this.model.search.setMode(mode); }

  private get plot(): HTMLElement { return this.renderRoot.querySelector<HTMLElement>('.plot')!; }

  /** The timeline's state — data, window, selection, focus, language — shared with companion elements. */
  readonly model = new TimelineModel();

  private readonly data = new DataSourceController(this, {
    overridden: () => this.events !== NO_EVENTS,
    onLoad: (r, src) => emit<TlLoadDetail>(this, 'tl-load', { origin: r.origin, src, format: r.format, count: r.events.length }),
    onError: (error) => emit(this, 'tl-error', { ...error }),
  });
  private readonly links = new HashLinkController(this, { enabled: () => this.hashLinks || !!this.data.result?.options?.hashLinks, open: (id) => this.actions.openLinked(id, this.viewport.width), query: this.model.search });
  private readonly zoom = new ZoomController(this, { model: this.model, plainWheel: () => this.plainWheel, onBlockedWheel: () => this.hint.show() });
  private readonly touch = new TouchController(this, { zoom: this.zoom, width: () => this.viewport.width, rtl: () => this.model.direction === 'rtl' });
  private readonly viewport = new ViewportController(this, () => this.palette.invalidate());
  private readonly palette = new PaletteController(this, () => this.renderRoot?.querySelector('.palette-probe') ?? null);
  private readonly langs = new LangController(this);
  private readonly dirs = new DirectionController(this);
  private readonly hover = new HoverController(this);
  private readonly layers = new LayersController(this, this.model, this.palette);
  private readonly live = new Announcer(this);
  private readonly hint = new WheelHint(this);
  private readonly names = new Names();
  private readonly measurer = new TextMeasurer();
  private readonly actions: Actions = new Actions({
    host: this, model: this.model, zoom: this.zoom, viewport: this.viewport, links: this.links, hover: this.hover, live: this.live, names: this.names,
    scene: () => this.view.scene, focusItem: () => this.view.focusItem, t: () => this.t, plot: () => this.plot,
    sceneOptions: () => this.view.sceneOptions(), settle: (move) => this.settle(move),
  });

  private readonly cards: Cards = new Cards({
    host: this, model: this.model, actions: this.actions, zoom: this.zoom, live: this.live, width: () => this.viewport.width,
    sceneOptions: () => this.view.sceneOptions(), settle: (move) => this.settle(move), clearLink: () => this.links.write(undefined), open: (id) => this.actions.openLinked(id, this.viewport.width),
    title: () => (this.heading || this.text || this.media ? { heading: this.heading || this.label || this.t.timeline, text: this.text || undefined, media: this.media } : this.data.result?.title),
  });
  private t: Messages = MESSAGES.en;
  private readonly listView = new ListView(this);
  private readonly summary = new Summary();
  private readonly words = new Words(this, () => this.model.langLoaded());
  private readonly view = new View(this.model);
  private readonly drawing = new Drawing({ root: () => this.renderRoot, model: this.model, view: this.view, viewport: this.viewport, palette: this.palette, layers: this.layers, names: this.names, actions: this.actions, hover: this.hover, hint: this.hint });
  /** True while `willUpdate` runs: what the model says then belongs to this update. */
  private deriving = false;
  private readonly frames = new Frames(this, {
    quiet: () => this.deriving,
    rangeChanged: () => emit<TlRangeChangeDetail>(this, 'tl-range-change', this.visibleRange),
    // A reader's own zoom or pan is announced once it rests; following the keyboard focus is not.
    moved: () => !this.actions.following && this.live.sayWhenQuiet(ANNOUNCE_MS, () => this.summary.view(this.t, this.model)),
  });
  private readonly errorReport = new ErrorReport();

  constructor() {
    super();
    this.model.subscribe(this.frames.onChange);
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

  /** A server's rendering (declarative shadow DOM) stays until the first update draws over it (see `Takeover`). */
  private readonly takeover = new Takeover();
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.takeover.found(this.shadowRoot);
    const root = super.createRenderRoot();
    if (server) this.renderOptions.renderBefore = null; // not before the server's first node: it goes
    return root;
  }
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.takeover.ready();
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode(); // companions in the same shadow root (the document's are watched from the start)
    if (root instanceof ShadowRoot) watchCompanions(root);
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
    const lang = this.lang || (this.events === NO_EVENTS ? this.data.result?.options?.lang : undefined) || this.langs.inherited;
    model.setLang(lang);
    model.setTimeZone(this.timeZone);
    model.setDirection(this.dirs.resolve(this.direction, lang));
    this.t = this.words.of(lang, this.messages);
    if (changed.has('theme')) this.palette.invalidate();
    const input = this.events !== NO_EVENTS ? this.events : (this.data.result?.events ?? NO_EVENTS);
    const adapterErrors = this.events === NO_EVENTS ? (this.data.result?.errors ?? NO_ERRORS) : NO_ERRORS;
    if (model.setData(input, adapterErrors, View.timeRows(this.maxRows))) this.cards.summaries.reset();
    this.layers.sync(this.events === NO_EVENTS ? this.data.result : undefined, this.data);
    this.errorReport.check(model.errors);
    if (isServer) server.viewport?.(this.viewport, this.serverWidth, this.getAttribute('style'));
    const width = this.viewport.width;
    this.zoom.configure(width, model.direction === 'rtl');
    this.names.use(model.events, lang, this.t, model.zone);
    this.measurer.use(this.palette.textStyle());
    const view = { width, yRange: this.viewport.yRange(), room: this.viewport.lanesRoom, maxRows: this.maxRows, lang, label: this.names.label, measure: this.measurer.measure, styleKey: this.measurer.key, markers: this.layers.markers(this.t), text: this.names.text, kit: this.layers.kit, rtl: model.direction === 'rtl' };
    this.view.rows(view);
    // A linked event opens once its data is here, in this update's window.
    if (width > 0 && model.events.length) this.links.apply();
    this.showList = this.listView.shown(this.showList, width, model.events.length > 0, !this.noListFirst && !isServer);
    if (width > 0) this.cards.startStory(this.story, this.events === NO_EVENTS ? this.data.result?.options : undefined);
    this.view.frame(view);
    this.summary.derive(this.t, model);
  }

  /** An update no property asked for (a zoom step) draws before Lit writes the DOM: `ctx.font` then finds the style clean, not the step's axis and options to restyle there and then. */
  protected override update(changed: PropertyValues<this>): void {
    if (this.hasUpdated && !changed.size) this.drawing.paint();
    super.update(changed);
  }

  protected override updated(): void {
    const plot = this.plot;
    this.zoom.attach(plot);
    this.touch.attach(plot);
    this.viewport.observe(plot, this.renderRoot.querySelector('svg.under'));
    this.drawing.paint(); // again only if the commit replaced or resized the canvas, or the update changed properties
    this.hover.place(this.renderRoot);
    this.actions.showCard(this.renderRoot);
    this.cards.placed(this.renderRoot);
    this.errorReport.tell(this);
  }

  // ——— public methods ———

  /** Shows the window `[start, end]`. The promise settles when the view is there. */
  zoomTo(start: Date | number, end: Date | number, options: { animate?: boolean } = {}): Promise<void> {
    const w = windowOf(start, end);
    return w instanceof Error ? Promise.reject(w) : this.settle(this.zoom.zoomTo(w[0], w[1], animateOf(options)));
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
    return visibleItemsOf(this.view.scene, this.viewport.width, { left: origin.left, top: origin.top - plot.scrollTop });
  }

  /** Opens the detail card of the event with this id (no `tl-select`: that is for user action). Returns whether it exists. */
  select(id: string | undefined): boolean {
    if (id !== undefined && typeof id !== 'string') return false;
    if (!this.model.select(id)) return false;
    if (id !== undefined) this.model.focus(this.model.byId(id));
    return true;
  }

  /** The header's toggle: the list in the timeline's place, or back (a reader's choice: it stays). */
  private toggleView = (): void => {
    this.listView.choose();
    this.showList = !this.showList;
  };

  /** A move on its way, then this element's render of where it ended. */
  private async settle(move: Promise<void>): Promise<void> {
    await move;
    this.frames.now();
    await this.updateComplete;
  }

  // ——— rendering ———

  protected override render() {
    const t = this.t;
    const model = this.model;
    const width = this.viewport.width;
    const status = this.events === NO_EVENTS ? statusTemplate(t, this.data.status, this.data.error) : nothing;
    const rtl = model.direction === 'rtl';
    return html`<div part="base" class=${`base${this.layers.pending ? ' pending' : ''}${this.showList ? ' list' : ''}`} dir=${model.direction}>
      ${headerTemplate(t, this.actions.zoomBy, this.actions.fit, this.layers.legendTemplate(t), { shown: this.showList, toggle: this.toggleView })} ${summaryTemplate(this.summary.line)}${status}${noticeTemplate(t, model.errors)}
      <svg part="axis" class="axis" width=${isServer ? '100%' : width} height="36" aria-hidden="true">${((isServer && server.axis) || axisTemplate)(this.view.ticks as Tick[], this.view.toX, width, rtl)}</svg>
      ${this.layers.kit?.contextTemplate(this.view.context, width, t.context, this.layers.contextActions(t, model.lang, this.actions.show, this.actions.centre), rtl) ?? nothing}
      ${this.drawing.frame(t, { label: this.label || t.timeline, hidden: this.showList, empty: model.shownEvents.length ? undefined : status === nothing ? t.empty : '', described: !!this.summary.line })}
      ${this.listView.template(this.showList, this.label || t.timeline, t, model)}
      <div class="companions"><slot></slot></div>
      <div class="sr-only" role="status" aria-live="polite">${this.live.text}</div>
      ${this.cards.template(t, model.lang)}
    </div>`;
  }
}
