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
import type { TimelineModel } from '../../state/timeline-model.js';
import type { TimelineEvent } from '../../model/types.js';
import { buildRows, firstRowFrom, headingOf, scrollFor, sliceAt, twoHeights, type ListRows, type RowGeometry, type Slice } from './list.rows.js';
import { listStyles, NARROW_PX, NARROW_ROW_HEIGHT, ROW_HEIGHT } from './list.styles.js';
import { rowTemplate } from './list.template.js';
import { WORDS, type ListApi, type ListConstructor, type ListElement } from './list.api.js';
import { PRINT_ROWS, printing, unwatchPrint, watchPrint } from './list.print.js';
import { TimelineLink } from '../find-timeline.js';

export type { ListApi, ListConstructor, ListElement };

/** What one render draws: rows (a year heading first when the first row is not one), the spacers around them, and (printed) how many events are left out. */
interface Frame {
  slice: Slice;
  drawn: number[];
  top: number;
  bottom: number;
  more: number;
}
/** Rows drawn beyond each edge of the view, so a fast scroll or a key press rarely shows a blank. */
const MARGIN = 8;

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
 * @csspart more - Printed: the line saying how many events past the first 2,000 rows are not printed.
 *
 * Narrower than 480 px, each row shows the date on a line, the whole title on up to three, lane, category and
 * source in small type below (the element carries `data-layout="narrow"`). Printed, it lists its first 2,000 rows
 * in full, with each source's address written out.
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

    private readonly link = new TimelineLink(this, (change) => !!(change.data || change.query || change.categories || change.selection || change.lang));
    /** The `id` of the `<tl-timeline>` to follow (in the same document or shadow root); without it, the one it is in. */
    get for(): string {
      return this.link.for;
    }
    set for(value: string) {
      this.link.setFor(value);
    }
    /** Accessible name of the table (default: "Events", in the timeline's language). */
    label = '';
    /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
    theme = '';
    /** Tallest the list grows before it scrolls: a CSS length (default 400px). */
    maxHeight = '';

    private rows: ListRows | undefined;
    private frame: Frame = { slice: sliceAt(0, ROW_HEIGHT, 0, 0, 0), drawn: [], top: 0, bottom: 0, more: 0 };
    /** Narrower than `NARROW_PX`: taller rows that wrap the title (measured; the row height follows). */
    private narrow = false;
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
      watchPrint(this);
      // Its width read once now, so the first rows are drawn in their layout (drawn wide, then narrow, they would jump).
      const width = this.clientWidth;
      if (width > 0 && width < NARROW_PX) this.setNarrow(true);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      unwatchPrint(this);
      this.resize.disconnect();
    }

    private get model(): TimelineModel | undefined {
      return this.link.model;
    }

    private get words() {
      const lang = this.model?.lang ?? 'en';
      const t = api.messagesNow(lang);
      // A language's own words, with its "not printed" line; English and German are the list's own.
      return t?.list ? { ...t.list, more: (n: number) => `${t.notPrinted}: ${t.events(n)}` } : WORDS[lang.toLowerCase().startsWith('de') ? 'de' : 'en'];
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

    /** Height of an event's row, px: taller in the narrow layout. */
    private get rowHeight(): number {
      return this.narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
    }

    /** Where the rows sit: one height, or in the narrow layout year headings of `ROW_HEIGHT` between taller events. */
    private geometry(rows: ListRows): number | RowGeometry {
      return this.narrow ? twoHeights(rows, ROW_HEIGHT, NARROW_ROW_HEIGHT) : ROW_HEIGHT;
    }

    private measure = (): void => {
      const box = this.scroller;
      if (!box) return;
      const viewport = Math.max(ROW_HEIGHT, box.clientHeight - ROW_HEIGHT);
      const narrow = box.clientWidth > 0 && box.clientWidth < NARROW_PX;
      // The other layout changes the rows' height: in the next frame, not while the observer reports sizes.
      if (narrow !== this.narrow) requestAnimationFrame(() => this.setNarrow(narrow));
      if (viewport !== this.viewport) {
        this.viewport = viewport;
        // Rendered in the next frame: rows drawn while the observer reports sizes change them again (a loop error).
        requestAnimationFrame(() => this.requestUpdate());
      }
    };

    private setNarrow(narrow: boolean): void {
      if (narrow === this.narrow) return;
      // The same row stays at the top of the view.
      this.offset = (this.offset / this.rowHeight) * (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT);
      this.narrow = narrow;
      this.dataset.layout = narrow ? 'narrow' : 'wide';
      this.requestUpdate();
    }

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

    /** The rows to draw and the spacers around them; printed, the first `PRINT_ROWS` rows and no spacers. */
    private frameOf(rows: ListRows): Frame {
      const total = rows.event.length;
      const g = this.geometry(rows);
      const size = (r: number) => (typeof g === 'number' ? g : g.size(r));
      const slice = sliceAt(total, g, this.offset, this.viewport, MARGIN);
      if (!total) return { slice, drawn: [], top: 0, bottom: 0, more: 0 };
      if (printing()) {
        const end = Math.min(total, PRINT_ROWS);
        const printed = end - (headingOf(rows, end - 1) + 1);
        return { slice, drawn: Array.from({ length: end }, (_, r) => r), top: 0, bottom: 0, more: rows.events.length - printed };
      }
      let { from, top } = slice;
      // The year of the first row drawn is drawn too, just above it: it is the heading that sticks at the top.
      let head = rows.heads[headingOf(rows, from)]!;
      if (head !== from && top < size(head)) {
        [from, top] = [from + 1, top + size(from)];
        head = rows.heads[headingOf(rows, from)]!;
      }
      const drawn: number[] = head === from ? [] : [head];
      for (let r = from; r < slice.to; r++) drawn.push(r);
      return { slice, drawn, top: head === from ? top : top - size(head), bottom: slice.bottom, more: 0 };
    }

    /** The scrollTop that shows `row` below the sticky year row; the scroller is moved after the render. */
    private scrollToRow(row: number): number {
      const g = this.geometry(this.rows!);
      const slice = sliceAt(this.rows!.event.length, g, this.offset, this.viewport, MARGIN);
      return scrollFor(row, slice, g, this.offset, this.viewport, ROW_HEIGHT);
    }

    protected override render() {
      const model = this.model;
      if (!model) return nothing;
      const words = this.words;
      const rows = this.rows!;
      const { drawn, top, bottom, more } = this.frame;
      if (!rows.events.length) return html`<div part="base" class="base"><p class="empty">${words.empty}</p></div>`;
      const tabStop = this.tabStop(rows, drawn);
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
            ${drawn.map((r) => rowTemplate(api, model, rows, r, words, tabStop))}
            ${bottom > 0 ? html`<tr class="spacer bottom" aria-hidden="true"><td colspan="6"></td></tr>` : nothing}
          </tbody>
        </table>
        ${more > 0 ? html`<p part="more" class="more">${words.more(more)}</p>` : nothing}
      </div>`;
    }

    /** The row whose button takes Tab: the active one if drawn, else the first event row in view. */
    private tabStop(rows: ListRows, drawn: readonly number[]): number {
      if (drawn.includes(this.active)) return this.active;
      const first = firstRowFrom(this.geometry(rows), this.offset * this.frame.slice.ratio + ROW_HEIGHT);
      return drawn.find((r) => r >= first && rows.event[r]! >= 0) ?? drawn.find((r) => rows.event[r]! >= 0) ?? -1;
    }

    /** Scheme, height, spacers, scroll position and focus: through CSSOM (no style attributes, for strict CSPs). */
    protected override updated(): void {
      const scheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : this.link.timeline?.theme;
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
      if (!printing() && Math.abs(box.scrollTop - this.offset) >= 1) box.scrollTop = this.offset;
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
      const page = Math.max(1, Math.floor((this.viewport - this.rowHeight) / this.rowHeight));
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
