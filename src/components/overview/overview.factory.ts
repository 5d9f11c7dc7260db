/**
 * `<tl-overview>`, the first companion element: the whole span of a timeline's data as a density histogram in
 * its lanes' colours, with the visible window as a brush over it. Drag the brush to pan, drag its ends to zoom,
 * click elsewhere to centre there; its two ends are sliders for the keyboard.
 *
 * This module imports nothing but its styles: Lit and the timeline's helpers are handed to `createOverview`, so
 * the script-tag build loads it as a file of its own beside the bundle, sharing the bundle's Lit (and no second
 * copy of anything) — see `overview.ts` for the npm entry, `components/overview-loader.ts` and
 * `bundle/overview-loader.ts` for how it is loaded.
 */
import type { LitElement, css as litCss, html as litHtml, nothing as litNothing, svg as litSvg, unsafeCSS as litUnsafeCSS } from 'lit';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Messages } from '../timeline/messages.js';
import type { Row } from '../../layout/lanes.js';
import type { TimeZone } from '../../model/zone.js';
import { overviewStyles } from './overview.styles.js';
import { TimelineLink } from '../find-timeline.js';

export interface OverviewApi {
  LitElement: typeof LitElement;
  html: typeof litHtml;
  svg: typeof litSvg;
  css: typeof litCss;
  unsafeCSS: typeof litUnsafeCSS;
  nothing: typeof litNothing;
  /** Events of a row starting in each of `columns` columns of `[t0, t1]` (the density strips' function). */
  binsOf: (row: Row, t0: number, t1: number, columns: number) => number[];
  /** An instant written as finely as a window of `span` needs. */
  formatInstant: (t: number, span: number, lang: string, zone?: TimeZone) => string;
  /** A span of time in words. */
  formatSpan: (lo: number, hi: number, lang: string, zone?: TimeZone) => string;
  /** The timeline's interface words in a language, if they are here (en, de, and languages loaded since). */
  messagesNow: (lang: string) => Pick<Messages, 'overview' | 'overviewStart' | 'overviewEnd'> | undefined;
}

// Until the timeline's language arrives (it loads it), and without a timeline.
const ENGLISH = { label: 'Overview', start: 'Start of the visible window', end: 'End of the visible window' };
/** Width of a histogram column, px. */
const COLUMN = 3;
/** Keyboard steps: a hundredth of the whole span, a tenth with Shift or Page Up/Down. */
const STEP = 0.01;
const BIG_STEP = 0.1;
const LANE_COLORS = 8;

/** What `<tl-overview>` offers a page. */
export interface OverviewElement extends HTMLElement {
  /** The `id` of the `<tl-timeline>` to follow; without it, the one it is in. */
  for: string;
  /** Accessible name (default: "Overview", in the timeline's language). */
  label: string;
  /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
  theme: string;
  readonly updateComplete: Promise<boolean>;
}
export type OverviewConstructor = { new (): OverviewElement; prototype: OverviewElement };

/**
 * The whole span of a timeline's data as a density histogram, with the visible window as a brush. Nest it in a
 * `<tl-timeline>`, or point `for` at one's `id`; it loads on first use.
 *
 * @tagname tl-overview
 * @summary The whole span of a timeline's data, with its visible window as a brush: drag, click or use the keys.
 *
 * @csspart base - The strip.
 * @csspart histogram - The density histogram (one path per lane colour).
 * @csspart window - The brush: the timeline's visible window.
 * @csspart thumb - Each end of the brush (a slider, `data-end="start|end"`).
 *
 * @cssproperty --tl-overview-height - Height of the strip (default 44px).
 */
export function createOverview(api: OverviewApi): OverviewConstructor {
  const { LitElement, html, svg, nothing } = api;

  class TlOverview extends LitElement {
    static override properties = {
      for: { type: String, reflect: true, noAccessor: true },
      label: { type: String },
      theme: { type: String, reflect: true },
    };

    static override styles = overviewStyles(api);

    private readonly link = new TimelineLink(this);
    /** The `id` of the `<tl-timeline>` to follow (in the same document or shadow root); without it, the one it is in. */
    get for(): string {
      return this.link.for;
    }
    set for(value: string) {
      this.link.setFor(value);
    }
    /** Accessible name (default: "Overview", in the timeline's language). */
    label = '';
    /** `light`, `dark`, or `auto` (unset): follows the timeline's theme, or the system. */
    theme = '';

    private width = 0;
    private bins: { model: TimelineModel; layout: unknown; width: number; paths: unknown[] } | undefined;
    /** The strip's name, for a span and language: written again only when they change, not per frame. */
    private named = { key: '', text: '' };
    private drag: { kind: 'start' | 'end' | 'window' | 'centre'; pointer: number; x0: number; grab: number; moved: boolean } | undefined;
    private readonly resize = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        this.requestUpdate();
      }
    });

    override connectedCallback(): void {
      super.connectedCallback();
      this.resize.observe(this);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.resize.disconnect();
    }

    private get model(): TimelineModel | undefined {
      return this.link.model;
    }

    /** The words of the strip, in the timeline's language once its words are here. */
    private get words() {
      const t = api.messagesNow(this.model?.lang ?? 'en');
      return t ? { label: t.overview, start: t.overviewStart, end: t.overviewEnd } : ENGLISH;
    }

    /** Time runs right to left in the timeline (its model says so): the strip is mirrored with it. */
    private get rtl(): boolean {
      return this.model?.direction === 'rtl';
    }

    /** x px of a time, over the whole span (from the right edge, right to left). */
    private x(t: number): number {
      const [a, b] = this.model!.limits.fit;
      const x = ((t - a) / (b - a)) * this.width;
      return this.rtl ? this.width - x : x;
    }

    /** The time at x px. */
    private time(x: number): number {
      const [a, b] = this.model!.limits.fit;
      const f = x / Math.max(1, this.width);
      return a + (this.rtl ? 1 - f : f) * (b - a);
    }

    /** The histogram, one path per lane colour (as templates): built when the data or the width change, not per frame. */
    private paths(model: TimelineModel): unknown[] {
      const b = this.bins;
      if (b && b.model === model && b.layout === model.layout && b.width === this.width) return b.paths;
      const [t0, t1] = model.limits.fit;
      const columns = Math.max(1, Math.floor(this.width / COLUMN));
      const lanes = model.layout.lanes.map((lane) => api.binsOf(lane.all, t0, t1, columns));
      let max = 1;
      for (let c = 0; c < columns; c++) max = Math.max(max, lanes.reduce((n, bins) => n + bins[c]!, 0));
      const h = 100;
      const below = new Array<number>(columns).fill(0);
      const d: string[] = Array(LANE_COLORS).fill('');
      lanes.forEach((bins, lane) => {
        for (let c = 0; c < columns; c++) {
          if (!bins[c]) continue;
          // Stacked, square-root heights (as the density strips), in the lanes' order.
          const top = h * Math.sqrt((below[c]! + bins[c]!) / max);
          const bottom = h * Math.sqrt(below[c]! / max);
          d[lane % LANE_COLORS] += `M${c * COLUMN} ${h - top}h${COLUMN - 0.5}V${h - bottom}h${0.5 - COLUMN}z`;
          below[c]! += bins[c]!;
        }
      });
      const paths = d.flatMap((path, color) => (path ? [svg`<path class=${`c${color}`} d=${path}></path>`] : []));
      this.bins = { model, layout: model.layout, width: this.width, paths };
      return paths;
    }

    private name(fa: number, fb: number, lang: string, zone: TimeZone | undefined): string {
      const label = this.label || this.words.label;
      const key = `${fa}|${fb}|${lang}|${zone?.id}|${label}`;
      if (this.named.key !== key) this.named = { key, text: `${label}: ${api.formatSpan(fa, fb, lang, zone)}` };
      return this.named.text;
    }

    protected override render() {
      const model = this.model;
      if (!model || !model.events.length || !this.width) return nothing;
      const words = this.words;
      const [fa, fb] = model.limits.fit;
      const [a, b] = model.window;
      const span = b - a;
      const slider = (end: 'start' | 'end', t: number) =>
        html`<div
          part="thumb"
          class=${`thumb ${end}`}
          data-end=${end}
          role="slider"
          tabindex="0"
          aria-label=${words[end]}
          aria-orientation="horizontal"
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${Math.round(Math.max(0, Math.min(100, ((t - fa) / (fb - fa)) * 100)))}
          aria-valuetext=${api.formatInstant(t, span, model.lang, model.zone)}
          @keydown=${this.onKey}
        ></div>`;
      return html`<div
        part="base"
        class="base"
        role="group"
        aria-label=${this.name(fa, fb, model.lang, model.zone)}
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${this.onUp}
      >
        <svg part="histogram" viewBox=${`0 0 ${this.width} 100`} preserveAspectRatio="none" aria-hidden="true">
          ${this.rtl ? svg`<g transform=${`translate(${this.width} 0) scale(-1 1)`}>${this.paths(model)}</g>` : this.paths(model)}
        </svg>
        <div part="window" class="window"></div>
        ${slider('start', a)}${slider('end', b)}
      </div>`;
    }

    /** The scheme (its own theme, else the timeline's), the brush and the thumbs: through CSSOM and attributes. */
    protected override updated(): void {
      const scheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : this.link.timeline?.theme;
      if (scheme === 'light' || scheme === 'dark') this.dataset.scheme = scheme;
      else delete this.dataset.scheme;
      const model = this.model;
      if (!model || !this.width) return;
      const [a, b] = model.window;
      const clamp = (x: number) => Math.max(0, Math.min(this.width, x));
      const [xa, xb] = [clamp(this.x(a)), clamp(this.x(b))];
      const [x0, x1] = [Math.min(xa, xb), Math.max(xa, xb)];
      const brush = this.renderRoot.querySelector<HTMLElement>('.window');
      if (brush) [brush.style.left, brush.style.width] = [`${x0}px`, `${Math.max(2, x1 - x0)}px`];
      for (const thumb of this.renderRoot.querySelectorAll<HTMLElement>('.thumb')) thumb.style.left = `${thumb.dataset.end === 'start' ? xa : xb}px`;
    }

    /** Moves one end of the window to `t` (the other stays), as a reader's change of the timeline. */
    private moveEnd(end: 'start' | 'end', t: number): void {
      const model = this.model!;
      const [a, b] = model.window;
      const min = model.limits.minSpan;
      model.setWindow(end === 'start' ? [Math.min(t, b - min), b] : [a, Math.max(t, a + min)], true);
    }

    private onKey = (event: KeyboardEvent): void => {
      const model = this.model;
      const end = (event.currentTarget as HTMLElement).dataset.end as 'start' | 'end';
      if (!model) return;
      const [fa, fb] = model.limits.fit;
      const whole = fb - fa;
      const big = event.shiftKey ? BIG_STEP : STEP;
      // ← → move an end the way it moves on screen (right to left, → is earlier); ↑ and Page Up are always later.
      const right = this.rtl ? -big : big;
      const steps: Record<string, number> = { ArrowRight: right, ArrowUp: big, ArrowLeft: -right, ArrowDown: -big, PageUp: BIG_STEP, PageDown: -BIG_STEP };
      const [a, b] = model.window;
      const now = end === 'start' ? a : b;
      let t: number | undefined;
      if (event.key in steps) t = now + steps[event.key]! * whole;
      else if (event.key === 'Home') t = end === 'start' ? fa : a;
      else if (event.key === 'End') t = end === 'end' ? fb : b;
      if (t === undefined) return;
      event.preventDefault();
      this.moveEnd(end, t);
    };

    private onDown = (event: PointerEvent): void => {
      const model = this.model;
      if (!model || event.button) return;
      const target = event.target as HTMLElement;
      const left = this.getBoundingClientRect().left + this.clientLeft;
      const x = event.clientX - left;
      const thumb = target.closest<HTMLElement>('.thumb');
      const kind = thumb ? (thumb.dataset.end as 'start' | 'end') : target.closest('.window') ? 'window' : 'centre';
      this.drag = { kind, pointer: event.pointerId, x0: x, grab: this.time(x) - model.window[0], moved: false };
      (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      if (thumb) thumb.focus({ preventScroll: true });
    };

    private onMove = (event: PointerEvent): void => {
      const drag = this.drag;
      const model = this.model;
      if (!drag || !model || event.pointerId !== drag.pointer) return;
      const x = event.clientX - this.getBoundingClientRect().left - this.clientLeft;
      if (!drag.moved && Math.abs(x - drag.x0) < 3) return;
      drag.moved = true;
      const t = this.time(x);
      if (drag.kind === 'start' || drag.kind === 'end') return this.moveEnd(drag.kind, t);
      const [a, b] = model.window;
      // Dragging the brush, or a drag begun beside it, pans (the time grabbed stays under the pointer).
      const start = drag.kind === 'window' ? t - drag.grab : t - (b - a) / 2;
      model.setWindow([start, start + (b - a)], true);
    };

    private onUp = (event: PointerEvent): void => {
      const drag = this.drag;
      const model = this.model;
      this.drag = undefined;
      if (!drag || !model || event.pointerId !== drag.pointer || drag.moved || drag.kind !== 'centre') return;
      // A click beside the brush centres the window there.
      const [a, b] = model.window;
      const t = this.time(drag.x0);
      model.setWindow([t - (b - a) / 2, t + (b - a) / 2], true);
    };
  }
  return TlOverview;
}
