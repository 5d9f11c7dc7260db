/**
 * `<tl-list>`: a timeline's events as a table a screen reader, a phone or a keyboard can read in full — date order,
 * a heading row per year, each event's date in words, title, lane, category, source, and a "Show" button that
 * selects it in the timeline. It follows the timeline's selection and hidden categories through the shared model.
 *
 * Why a `<table>` (not an `<ol>` or an ARIA grid): screen readers give tables their table commands (next row, next
 * column, row header read on each move) in browse mode, and `aria-rowcount`/`aria-rowindex` — defined for tables —
 * tell them how many rows there are and where the drawn ones sit, so "row 51 234 of 1 000 124" is true though only
 * a few dozen rows are in the DOM. A grid would make every cell a focus stop and switch readers to application
 * mode; here the only focus stops are the buttons, with one roving tab stop, so Tab leaves the list in one press.
 *
 * Like `<tl-overview>`, this module imports nothing but pure helpers: Lit and the timeline's text helpers are
 * handed to `createList` (see `list.ts` for the npm entry, `bundle/list-loader.ts` for the script-tag build).
 */
import type { LitElement, css as litCss, html as litHtml, nothing as litNothing, unsafeCSS as litUnsafeCSS } from 'lit';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { LocalizedText, TimelineEvent } from '../../model/types.js';
import { buildRows, headingOf, scrollFor, sliceAt, type ListRows, type Slice } from './list.rows.js';
import { listStyles, ROW_HEIGHT } from './list.styles.js';
import { findTimeline, type Bindable } from '../find-timeline.js';

export interface ListApi {
  LitElement: typeof LitElement;
  html: typeof litHtml;
  css: typeof litCss;
  unsafeCSS: typeof litUnsafeCSS;
  nothing: typeof litNothing;
  /** An event's dates at their precision ("March 2012 – 2014"). */
  formatEventDate: (e: Pick<TimelineEvent, 'start' | 'end'>, lang: string) => string;
  /** What the precision means ("known to the month"), or ''. */
  describeDates: (e: Pick<TimelineEvent, 'start' | 'end'>, lang: string) => string;
  localize: (value: LocalizedText | undefined, lang: string) => string;
  /** A year for people (`2012`, `45 BC`, `2.5 million years ago`). */
  formatYear: (year: number, lang: string) => string;
  /** The (proleptic Gregorian, UTC) date of an instant, and the first instant of a year. */
  civilFromMs: (ms: number) => { year: number };
  msFromParts: (year: number) => number;
}

const WORDS = {
  en: { label: 'Events', date: 'Date', title: 'Event', lane: 'Lane', category: 'Category', source: 'Source', show: 'Show', empty: 'No events.' },
  de: { label: 'Ereignisse', date: 'Datum', title: 'Ereignis', lane: 'Spur', category: 'Kategorie', source: 'Quelle', show: 'Zeigen', empty: 'Keine Ereignisse.' },
};
/** What one render draws: rows (a year heading first when the first row is not one) and the spacers around them. */
interface Frame {
  slice: Slice;
  drawn: number[];
  top: number;
  bottom: number;
}
/** Rows drawn beyond each edge of the view, so a fast scroll or a key press rarely shows a blank. */
const MARGIN = 8;

/** What `<tl-list>` offers a page. */
export interface ListElement extends HTMLElement {
  /** The `id` of the `<tl-timeline>` to follow; without it, the one it is in. */
  for: string;
  /** Accessible name of the table (default: "Events", in the timeline's language). */
  label: string;
  /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
  theme: string;
  /** Tallest the list grows before it scrolls: a CSS length (default 400px). */
  maxHeight: string;
  readonly updateComplete: Promise<boolean>;
}
export type ListConstructor = { new (): ListElement; prototype: ListElement };

/**
 * A timeline's events as an accessible, virtualized table in date order, grouped by year. Nest it in a
 * `<tl-timeline>`, or point `for` at one's `id`; it loads on first use.
 *
 * @tagname tl-list
 * @summary The timeline's events as a table: date, title, lane, category, source, and a button to show each.
 *
 * @csspart base - The scrolling box.
 * @csspart table - The table.
 * @csspart year - A year's heading row (sticky).
 * @csspart row - An event's row (`.selected` for the timeline's selection).
 * @csspart show - An event's "Show" button.
 */
export function createList(api: ListApi): ListConstructor {
  const { LitElement, html, nothing } = api;

  class TlList extends LitElement {
    static override properties = {
      for: { type: String, reflect: true, noAccessor: true },
      label: { type: String },
      theme: { type: String, reflect: true },
      maxHeight: { type: String, attribute: 'max-height' },
    };

    static override styles = listStyles(api);

    private forId = '';
    /** The `id` of the `<tl-timeline>` to follow (in the same document or shadow root); without it, the one it is in. */
    get for(): string {
      return this.forId;
    }
    set for(value: string) {
      const old = this.forId;
      this.forId = value == null ? '' : String(value);
      this.requestUpdate('for', old);
      if (this.isConnected && old !== this.forId) this.bind();
    }
    /** Accessible name of the table (default: "Events", in the timeline's language). */
    label = '';
    /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
    theme = '';
    /** Tallest the list grows before it scrolls: a CSS length (default 400px). */
    maxHeight = '';

    private timeline: Bindable | undefined;
    private unsubscribe: (() => void) | undefined;
    private rows: ListRows | undefined;
    private frame: Frame = { slice: sliceAt(0, ROW_HEIGHT, 0, 0, 0), drawn: [], top: 0, bottom: 0 };
    /** The focus was in the list when this update began. */
    private hadFocus = false;
    /** The scroller's scrollTop, as this list last set or saw it. */
    private offset = 0;
    /** Height of the scrolled view under the column header, px (a guess until measured). */
    private viewport = 400 - ROW_HEIGHT;
    /** The row whose button is the list's tab stop (roving focus). */
    private active = -1;
    private following: string | undefined;
    private readonly resize = new ResizeObserver(() => this.measure());

    override connectedCallback(): void {
      super.connectedCallback();
      this.bind();
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.resize.disconnect();
      this.unbind();
    }

    /** Finds the timeline (by `for`, else the one it is inside) and follows its model. */
    private bind(later = true): void {
      this.unbind();
      const found = findTimeline(this, this.forId, later, (again) => this.isConnected && !this.timeline && this.bind(again));
      if (!found?.model) {
        if (found === null) this.requestUpdate();
        return;
      }
      this.timeline = found;
      this.unsubscribe = found.model.subscribe((change) => {
        if (change.data || change.query || change.categories || change.selection || change.lang) this.requestUpdate();
      });
      this.requestUpdate();
    }

    private unbind(): void {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.timeline = undefined;
    }

    private get model(): TimelineModel | undefined {
      return this.timeline?.model;
    }

    private get words() {
      return WORDS[(this.model?.lang ?? 'en').toLowerCase().startsWith('de') ? 'de' : 'en'];
    }

    private get scroller(): HTMLElement | null {
      return this.renderRoot.querySelector<HTMLElement>('.base');
    }

    /** The rows of the events drawn (while a query or filter is in force, the matches), built again only when those change. */
    private rowsOf(model: TimelineModel): ListRows {
      const events = model.search.only(model.shownEvents);
      if (this.rows?.events !== events) {
        this.rows = buildRows(events, (ms) => api.civilFromMs(ms).year, api.msFromParts);
        this.active = -1;
      }
      return this.rows;
    }

    private measure = (): void => {
      const box = this.scroller;
      if (!box) return;
      const viewport = Math.max(ROW_HEIGHT, box.clientHeight - ROW_HEIGHT);
      if (viewport !== this.viewport) {
        this.viewport = viewport;
        this.requestUpdate();
      }
    };

    private onScroll = (): void => {
      const top = this.scroller?.scrollTop ?? 0;
      if (top === this.offset) return;
      this.offset = top;
      this.requestUpdate();
    };

    protected override willUpdate(): void {
      const model = this.model;
      if (!model) return;
      const rows = this.rowsOf(model);
      this.hadFocus = this.matches(':focus-within');
      // The timeline's selection moved: its row comes into view (inside the list only) and takes the tab stop.
      if (model.selectedId !== this.following) {
        this.following = model.selectedId;
        const e = model.selectedId === undefined ? undefined : model.byId(model.selectedId);
        const position = !e ? -1 : rows.events === model.shownEvents ? model.positionOf(e) : rows.events.indexOf(e);
        const row = e && rows.events[position] === e ? rows.rowOf[position]! : -1;
        if (row >= 0) {
          if (!this.hadFocus) this.active = row;
          if (this.checkVisibility?.() !== false) this.offset = this.scrollToRow(row);
        }
      }
      this.frame = this.frameOf(rows);
    }

    /** The rows to draw and the spacers around them. */
    private frameOf(rows: ListRows): Frame {
      const total = rows.event.length;
      const slice = sliceAt(total, ROW_HEIGHT, this.offset, this.viewport, MARGIN);
      let { from, top } = slice;
      if (!total) return { slice, drawn: [], top: 0, bottom: 0 };
      // The year of the first row drawn is drawn too, just above it: it is the heading that sticks at the top.
      let head = rows.heads[headingOf(rows, from)]!;
      if (head !== from && top < ROW_HEIGHT) {
        [from, top] = [from + 1, top + ROW_HEIGHT];
        head = rows.heads[headingOf(rows, from)]!;
      }
      const drawn: number[] = head === from ? [] : [head];
      for (let r = from; r < slice.to; r++) drawn.push(r);
      return { slice, drawn, top: head === from ? top : top - ROW_HEIGHT, bottom: slice.bottom };
    }

    /** The scrollTop that shows `row` below the sticky year row; the scroller is moved after the render. */
    private scrollToRow(row: number): number {
      const slice = sliceAt(this.rows!.event.length, ROW_HEIGHT, this.offset, this.viewport, MARGIN);
      return scrollFor(row, slice, ROW_HEIGHT, this.offset, this.viewport, ROW_HEIGHT);
    }

    protected override render() {
      const model = this.model;
      if (!model) return nothing;
      const words = this.words;
      const rows = this.rows!;
      const { drawn, top, bottom } = this.frame;
      if (!rows.events.length) return html`<div part="base" class="base"><p class="empty">${words.empty}</p></div>`;
      const lang = model.lang;
      const tabStop = this.tabStop(rows, drawn);
      const selected = model.selectedId;
      return html`<div part="base" class="base" @scroll=${this.onScroll} @keydown=${this.onKey} @focusin=${this.onFocusIn} @click=${this.onClick}>
        <table part="table" aria-label=${this.label || words.label} aria-rowcount=${rows.event.length + 1}>
          <colgroup><col class="date" /><col class="title" /><col /><col /><col /><col class="show-col" /></colgroup>
          <thead>
            <tr aria-rowindex="1">
              <th scope="col">${words.date}</th><th scope="col">${words.title}</th><th scope="col">${words.lane}</th
              ><th scope="col">${words.category}</th><th scope="col">${words.source}</th><td></td>
            </tr>
          </thead>
          <tbody>
            ${top > 0 ? html`<tr class="spacer top" aria-hidden="true"><td colspan="6"></td></tr>` : nothing}
            ${drawn.map((r) => {
              const i = rows.event[r]!;
              if (i < 0) {
                const year = rows.years[headingOf(rows, r)]!;
                return html`<tr part="year" class="year" aria-rowindex=${r + 2}><th colspan="6" scope="colgroup">${api.formatYear(year, lang)}</th></tr>`;
              }
              const e = rows.events[i]!;
              const title = api.localize(e.title, lang);
              const date = e.displayDate ? api.localize(e.displayDate, lang) : api.formatEventDate(e, lang);
              const precision = api.describeDates(e, lang);
              const lane = model.groupOption(e.group)?.title;
              const source = e.source ? e.source.publisher || e.source.doc : '';
              const isSelected = e.id === selected;
              return html`<tr part="row" class=${isSelected ? 'selected' : ''} aria-rowindex=${r + 2} aria-current=${isSelected ? 'true' : nothing} data-row=${r}>
                <td>${date}${precision ? html`<span class="precision"> · ${precision}</span>` : nothing}</td>
                <th scope="row">${title}</th>
                <td>${lane ? api.localize(lane, lang) : e.group}</td>
                <td>${e.category}</td>
                <td>${source}</td>
                <td><button part="show" type="button" tabindex=${r === tabStop ? '0' : '-1'} aria-label=${`${words.show}: ${title}`}>${words.show}</button></td>
              </tr>`;
            })}
            ${bottom > 0 ? html`<tr class="spacer bottom" aria-hidden="true"><td colspan="6"></td></tr>` : nothing}
          </tbody>
        </table>
      </div>`;
    }

    /** The row whose button takes Tab: the active one if drawn, else the first event row in view. */
    private tabStop(rows: ListRows, drawn: readonly number[]): number {
      if (drawn.includes(this.active)) return this.active;
      const first = Math.ceil((this.offset * this.frame.slice.ratio + ROW_HEIGHT) / ROW_HEIGHT);
      return drawn.find((r) => r >= first && rows.event[r]! >= 0) ?? drawn.find((r) => rows.event[r]! >= 0) ?? -1;
    }

    /** Scheme, height, spacers, scroll position and focus: through CSSOM (no style attributes, for strict CSPs). */
    protected override updated(): void {
      const scheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : this.timeline?.theme;
      if (scheme === 'light' || scheme === 'dark') this.dataset.scheme = scheme;
      else delete this.dataset.scheme;
      const box = this.scroller;
      if (!box) return;
      this.resize.observe(box);
      box.style.maxHeight = '';
      if (this.maxHeight) box.style.maxHeight = this.maxHeight;
      const { top, bottom } = this.frame;
      const spacer = (which: string, px: number) => {
        const el = this.renderRoot.querySelector<HTMLElement>(`.spacer.${which}`);
        if (el) el.style.height = `${px}px`;
      };
      spacer('top', top);
      spacer('bottom', bottom);
      if (Math.abs(box.scrollTop - this.offset) >= 1) box.scrollTop = this.offset;
      // Rows are drawn into reused elements: the focus stays on the active row's button, not on the element.
      if (this.hadFocus) {
        const button = this.renderRoot.querySelector<HTMLElement>(`tr[data-row="${this.active}"] button`);
        if (button && (this.renderRoot as ShadowRoot).activeElement !== button) button.focus({ preventScroll: true });
      }
    }

    private eventOfRow(row: number): TimelineEvent | undefined {
      const i = this.rows?.event[row] ?? -1;
      return i >= 0 ? this.rows!.events[i] : undefined;
    }

    private rowOf(target: EventTarget | null): number {
      const tr = (target as Element | null)?.closest?.('tr[data-row]');
      return tr ? Number(tr.getAttribute('data-row')) : -1;
    }

    /** "Show": the event is selected in the timeline, and the timeline's window moves to it if it is out of view. */
    private show(row: number): void {
      const model = this.model;
      const e = this.eventOfRow(row);
      if (!model || !e) return;
      model.select(e.id);
      model.focus(e);
      const [a, b] = model.window;
      if (e.hi < a || e.lo > b) {
        const span = b - a;
        const mid = (e.lo + Math.min(e.hi, e.lo + span)) / 2;
        model.setWindow([mid - span / 2, mid + span / 2], true);
      }
    }

    private onClick = (event: MouseEvent): void => {
      if (!(event.target as Element).closest?.('button')) return;
      this.show(this.rowOf(event.target));
    };

    private onFocusIn = (event: FocusEvent): void => {
      const row = this.rowOf(event.target);
      if (row >= 0 && row !== this.active) {
        this.active = row;
        this.requestUpdate();
      }
    };

    /** ↑/↓, Page Up/Down, Home/End move the focus between the events' buttons (year rows are passed over). */
    private onKey = (event: KeyboardEvent): void => {
      const rows = this.rows;
      const row = this.rowOf(event.target);
      if (!rows || row < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const page = Math.max(1, Math.floor((this.viewport - ROW_HEIGHT) / ROW_HEIGHT));
      const last = rows.event.length - 1;
      const moves: Record<string, number> = { ArrowDown: row + 1, ArrowUp: row - 1, PageDown: row + page, PageUp: row - page, Home: 0, End: last };
      let to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      to = Math.max(0, Math.min(last, to));
      // Onto an event row: past a year heading in the direction of the move (Home: the first event).
      const step = event.key === 'ArrowUp' || event.key === 'PageUp' || event.key === 'End' ? -1 : 1;
      while (rows.event[to]! < 0 && to + step >= 0 && to + step <= last) to += step;
      if (rows.event[to]! < 0) return;
      void this.moveFocus(to);
    };

    private async moveFocus(row: number): Promise<void> {
      this.active = row;
      this.offset = this.scrollToRow(row);
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`tr[data-row="${row}"] button`)?.focus({ preventScroll: true });
    }
  }
  return TlList;
}
