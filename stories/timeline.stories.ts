import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { TimelineEventInput, TlDataErrorDetail, TlTimeline } from '../src/index.js';
import { corpusEvents } from '../src/data/corpus.js';
import { generateEvents } from '../src/data/generate.js';
import { badRows, deepTimeEvents, precisionEvents, weekEvents } from './samples.js';
import { attributes, span, timelineIn } from './support.js';

/** Controls are keyed by attribute name (as the docs table lists them); `events` is a property. */
interface TimelineArgs {
  events: readonly TimelineEventInput[];
  lang: string;
  'plain-wheel': boolean;
  'max-rows': number;
  'no-list-first': boolean;
  theme: 'auto' | 'light' | 'dark';
  label: string;
  onTlSelect: (e: Event) => void;
  onTlRangeChange: (e: Event) => void;
  onTlDataError: (e: Event) => void;
  // Read-only properties: rows in the docs table, never args.
  visibleRange?: never;
  normalizedEvents?: never;
  dataErrors?: never;
}

const THEMES = ['auto', 'light', 'dark'] as const;

const meta = {
  title: 'Elements/tl-timeline',
  component: 'tl-timeline',
  tags: ['autodocs'],
  // Every attribute control (the manifest's, beyond the ones typed above) sets its attribute.
  render: (args) => html`<tl-timeline
    .events=${args.events}
    ${attributes(args)}
    @tl-select=${args.onTlSelect}
    @tl-range-change=${args.onTlRangeChange}
    @tl-data-error=${args.onTlDataError}
  ></tl-timeline>`,
  args: {
    events: corpusEvents,
    lang: '',
    'plain-wheel': false,
    'max-rows': 0,
    'no-list-first': false,
    theme: 'auto',
    label: '',
    // Spies: logged in the Actions panel, and assertable in play functions.
    onTlSelect: fn(),
    onTlRangeChange: fn(),
    onTlDataError: fn(),
  },
  argTypes: {
    events: { control: 'object' },
    lang: { control: { type: 'inline-radio', labels: { '': 'inherit' } }, options: ['', 'en', 'de'] },
    'plain-wheel': { control: 'boolean' },
    'max-rows': { control: { type: 'number', min: 0, max: 40, step: 1 } },
    'no-list-first': { control: 'boolean' },
    theme: { control: 'inline-radio', options: THEMES },
    label: { control: 'text' },
    // Read-only getters: documented, not editable.
    visibleRange: { control: false },
    normalizedEvents: { control: false },
    dataErrors: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A zoomable timeline of dated events. Give it rows through the `events` property; dates are EDTF strings, ' +
          'ISO date-times, `Date`s or epoch ms. See **Getting started** for the data format.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

const args = (partial: Partial<TimelineArgs>) => partial;

// ——— Playground ———

/** Every attribute and property as a control; `tl-select`, `tl-range-change` and `tl-data-error` are logged. */
export const Playground: Story = {
  args: args({ label: 'Playground' }),
};

// ——— Data ———

/** The dataset shipped with the package: 26 events from five German news articles, in the page's language. */
export const Corpus: Story = {
  args: args({ label: 'Corpus' }),
};

/** `lang="de"`: labels, dates and the interface in German. */
export const German: Story = {
  args: args({ lang: 'de', label: 'Korpus' }),
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await expect(root.querySelector('[part=legend]')).toHaveTextContent('irgendwann in diesem Zeitraum');
    await expect(root.querySelector('.fit')).toHaveTextContent('Alles zeigen');
    await expect(root.querySelector('[part=plot]')?.getAttribute('aria-label')).toMatch(/^Korpus: 26 Ereignisse/);
  },
};

/** `lang="en"`: the same data in English. */
export const English: Story = {
  args: args({ lang: 'en', label: 'Corpus' }),
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await expect(root.querySelector('[part=legend]')).toHaveTextContent('somewhere in this period');
    await expect(root.querySelector('[part=plot]')?.getAttribute('aria-label')).toMatch(/^Corpus: 26 events/);
  },
};

/**
 * One event per kind of date: a day and a minute (dots), a month, a year and a season (shaded periods), an
 * approximate (`~`, label starts with ≈) and an uncertain date (`?`, label ends with ?), and three ranges.
 */
export const Precision: Story = {
  args: args({ events: precisionEvents, lang: 'en', label: 'Kinds of dates' }),
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    await expect(el.dataErrors).toEqual([]);
    await expect(el.normalizedEvents).toHaveLength(precisionEvents.length);
    await expect(args.onTlDataError).not.toHaveBeenCalled();
    const labelOf = (id: string) => root.querySelector(`[data-event-id="${id}"]`)?.getAttribute('aria-label') ?? '';
    await expect(labelOf('approximate')).toContain('Around June 2016');
    await expect(labelOf('approximate')).toContain('approximate');
    await expect(labelOf('uncertain')).toContain('uncertain');
  },
};

/**
 * Deep time: from `Y-13800000000` (the Big Bang) through `-66000000` to 1969 on one zoomable axis.
 */
export const DeepTime: Story = {
  args: args({ events: deepTimeEvents, lang: 'en', label: 'History of everything' }),
  play: async ({ canvasElement }) => {
    const { el } = await timelineIn(canvasElement);
    await expect(el.dataErrors).toEqual([]);
    const yearMs = 365.2425 * 86_400_000;
    // The fitted view reaches back beyond 13.8 billion years ago, where a Date can no longer go.
    await expect(el.visibleRange.startMs).toBeLessThan(-13.8e9 * yearMs);
    await expect(Number.isNaN(el.visibleRange.start.getTime())).toBe(true);
  },
};

const dense = generateEvents({ n: 600, seed: 7, years: 3, lanes: 5, startYear: 2021 });

/**
 * 600 events in five lanes over three years: events stack up to `max-rows` rows per lane, and what no longer fits
 * merges into clusters with a count.
 */
export const DenseLanesAndClusters: Story = {
  args: args({ events: dense, lang: 'en', label: 'Dense data' }),
  argTypes: { events: { control: false } },
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await expect(root.querySelectorAll('[part=lane]')).toHaveLength(5);
    const items = el.visibleItems();
    await expect(items.some((i) => i.type === 'cluster')).toBe(true);
    // Every event is drawn, on its own or counted in a cluster or strip.
    await expect(items.reduce((n, i) => n + i.count, 0)).toBe(dense.length);
  },
};

/** No events: the element says so instead of drawing an empty axis. */
export const Empty: Story = {
  args: args({ events: [], lang: 'en', label: 'Nothing yet' }),
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await expect(root.querySelector('.empty')).toHaveTextContent('No events to show.');
    await expect(root.querySelectorAll('[part=event]')).toHaveLength(0);
  },
};

/**
 * Rows that cannot be drawn (no id, an impossible date, an end before the start, a duplicate id, no title) are
 * skipped; a notice lists them and `tl-data-error` reports them. The valid rows still render.
 */
export const BadRows: Story = {
  args: args({ events: badRows, lang: 'en', label: 'Data with errors' }),
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    const notice = root.querySelector('[part=notice]') as HTMLElement;
    await expect(notice).toBeVisible();
    await expect(notice).toHaveTextContent('5 rows could not be shown');
    await expect(root.querySelectorAll('[part=event]')).toHaveLength(2);
    await expect(args.onTlDataError).toHaveBeenCalledTimes(1);
    const detail = (callsOf(args.onTlDataError)[0]![0] as CustomEvent<TlDataErrorDetail>).detail;
    await expect(detail.errors.map((e) => e.index)).toEqual([2, 3, 4, 5, 6]);
    await expect(el.dataErrors).toHaveLength(5);
    // The list of reasons opens on demand.
    await userEvent.click(notice.querySelector('summary')!);
    await expect(notice.querySelector('li')).toHaveTextContent('#3: missing id');
  },
};

/** 10,000 seeded events (`generateEvents({ n: 10000, seed: 1 })`): clusters keep the view readable and fast. */
export const TenThousandEvents: Story = {
  tags: ['!autodocs'],
  args: args({ events: generateEvents({ n: 10_000, seed: 1 }), lang: 'en', label: '10,000 events' }),
  argTypes: { events: { control: false } },
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await expect(el.normalizedEvents).toHaveLength(10_000);
    await expect(root.querySelectorAll('[part=cluster]').length).toBeGreaterThan(0);
    // Far fewer nodes than events: what does not fit is merged.
    await expect(root.querySelectorAll('[part=event], [part=cluster]').length).toBeLessThan(1000);
  },
};

// ——— Theming ———

/**
 * On a phone, in an article's 390 px column: a vertical swipe over the plot scrolls the page (`touch-action: pan-y`;
 * only a clearly horizontal swipe pans, two fingers pinch-zoom), every event is a target of at least 24×24 px that
 * takes in its label, and the card opens scrolled into view. Open it with the toolbar's mobile viewport to try it.
 */
export const OnAPhone: Story = {
  // The plot on a phone (without no-list-first, a container under 480 px opens on the list: see tl-list's stories).
  args: args({ lang: 'en', label: 'Corpus', 'no-list-first': true }),
  globals: { viewport: { value: 'mobile2', isRotated: false } },
  decorators: [(story) => html`<div style="max-width:390px">${story()}</div>`],
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    const plot = root.querySelector<HTMLElement>('[part=plot]')!;
    await expect(getComputedStyle(plot).touchAction).toBe('pan-y');
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(390);
    // A tap a few px above a small dot still hits it: its target is 24 px tall.
    const dot = el.visibleItems().find((i) => i.type === 'event' && i.box.width < 24)!;
    await expect(dot).toBeDefined();
    const over = root.querySelector('svg.over')!;
    await userEvent.pointer({ keys: '[MouseLeft]', target: over, coords: { clientX: dot.box.x + dot.box.width / 2, clientY: dot.box.y - 2 } });
    await waitFor(() => expect(args.onTlSelect).toHaveBeenCalledTimes(1));
    await expect((callsOf(args.onTlSelect)[0]![0] as CustomEvent).detail.event.id).toBe(dot.id);
    // The card opens below the plot, and is brought into view.
    const card = await waitFor(() => root.querySelector<HTMLElement>('[part=detail]') ?? Promise.reject(new Error('no card')));
    await waitFor(() => expect(card.getBoundingClientRect().top).toBeLessThan(window.innerHeight));
    await expect(card.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
  },
};

/** `theme="dark"` (also what `auto` gives under `prefers-color-scheme: dark`). */
export const Dark: Story = {
  args: args({ theme: 'dark', lang: 'en', label: 'Corpus, dark' }),
  decorators: [(story) => html`<div style="background:#0b0e13;padding:16px;border-radius:8px">${story()}</div>`],
  parameters: { backgrounds: { disable: true } },
};

/** Any colour, font or radius through `--tl-…` custom properties, and any part through `::part()`. */
export const CustomTheme: Story = {
  args: args({ events: precisionEvents, lang: 'en', theme: 'light', label: 'Custom theme' }),
  decorators: [
    (story) => html`<style>
        .brand tl-timeline {
          --tl-font: 14px/1.45 Georgia, 'Times New Roman', serif;
          --tl-color-bg: #fdfaf3;
          --tl-color-fg: #2b2118;
          --tl-color-muted: #5e5040;
          --tl-color-band: #f5efe2;
          --tl-color-grid: #e6dcc8;
          --tl-color-border: #b9a888;
          --tl-color-accent: #8a3b12;
          --tl-color-focus: #0b6e4f;
          --tl-color-card: #fffdf8;
          --tl-lane-color-0: #8a3b12;
          --tl-lane-color-1: #0b6e4f;
          --tl-lane-color-2: #6b3fa0;
          --tl-lane-color-3: #1d4f91;
          --tl-radius: 0;
        }
        .brand tl-timeline::part(button) {
          border-radius: 999px;
          border-color: #8a3b12;
        }
        .brand tl-timeline::part(lane-label) {
          font-variant: small-caps;
          letter-spacing: 0.04em;
        }
        .brand tl-timeline::part(detail) {
          box-shadow: 6px 6px 0 #b9a888;
        }
      </style>
      <div class="brand">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await expect(getComputedStyle(el).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(root.querySelector('[part=button]')!).borderTopLeftRadius).toBe('999px');
  },
};

/** Rings over every BMW event drawn on its own, placed from `visibleItems()`; returns how many. */
function markBmw(el: TlTimeline, layer: HTMLElement): number {
  const origin = layer.getBoundingClientRect();
  const rings = el
    .visibleItems()
    .filter((item) => item.type === 'event' && item.group === 'BMW')
    .map((item) => {
      const ring = document.createElement('div');
      ring.className = 'ring';
      ring.title = item.id!;
      Object.assign(ring.style, {
        left: `${item.box.x - origin.left - 4}px`,
        top: `${item.box.y - origin.top - 4}px`,
        width: `${Math.max(item.box.width, 10) + 8}px`,
        height: `${item.box.height + 8}px`,
      });
      return ring;
    });
  layer.replaceChildren(...rings);
  return rings.length;
}

/**
 * `visibleItems()` says what is drawn where, in viewport px: events, clusters and density strips with their
 * boxes. Here a page lays its own marks over the timeline — a ring around every BMW event drawn on its own — and places them
 * again after each zoom or pan (`tl-range-change`, then `updateComplete`).
 */
export const AnnotateWithVisibleItems: Story = {
  args: args({ lang: 'en', label: 'Corpus, BMW events ringed' }),
  render: (a) => {
    // Called when the wrapper is rendered, before its children are: look for the timeline once they are.
    const wire = (wrapper?: Element) => void Promise.resolve().then(() => mark(wrapper));
    const mark = (wrapper?: Element) => {
      const el = wrapper?.querySelector('tl-timeline');
      const layer = wrapper?.querySelector<HTMLElement>('.marks');
      if (!el || !layer || el.hasAttribute('data-marked')) return;
      el.setAttribute('data-marked', '');
      const place = () => void el.updateComplete.then(() => requestAnimationFrame(() => markBmw(el, layer)));
      el.addEventListener('tl-range-change', place);
      customElements.whenDefined('tl-timeline').then(place);
    };
    return html`<style>
        .annotated { position: relative; }
        .annotated .marks { position: absolute; inset: 0; pointer-events: none; }
        .annotated .ring { position: absolute; border: 2px solid #c2410c; border-radius: 8px; }
      </style>
      <div class="annotated" ${ref(wire)}>${meta.render(a)}<div class="marks" aria-hidden="true"></div></div>`;
  },
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const rings = () => [...canvasElement.querySelectorAll<HTMLElement>('.ring')];
    const alibaba = () => el.visibleItems().filter((i) => i.type === 'event' && i.group === 'BMW');
    await waitFor(() => expect(rings().length).toBe(alibaba().length));
    await expect(rings().length).toBeGreaterThan(0);
    const before = rings().map((r) => r.getBoundingClientRect().left);
    await userEvent.click(root.querySelector('.zoom-in')!);
    await waitFor(() => expect(rings().map((r) => r.getBoundingClientRect().left)).not.toEqual(before));
    // Each ring surrounds its event's box.
    await waitFor(() => {
      const boxes = alibaba().map((i) => i.box);
      const drawn = rings().map((r) => r.getBoundingClientRect());
      expect(drawn.length).toBe(boxes.length);
      drawn.forEach((r, n) => expect(Math.abs(r.left + 4 - boxes[n]!.x)).toBeLessThan(1.5));
    });
  },
};

// ——— Interaction ———

/** Click an event: its detail card opens with the title, and `tl-select` carries the input row. Escape closes it. */
export const SelectAnEvent: Story = {
  args: args({ lang: 'en', label: 'Corpus' }),
  play: async ({ canvasElement, args }) => {
    const { root } = await timelineIn(canvasElement);
    const target = root.querySelector<SVGGElement>('[part~=event]')!;
    const id = target.dataset.eventId!;
    const row = corpusEvents.find((e) => e.id === id)!;
    const title = typeof row.title === 'string' ? row.title : row.title.en!;
    await userEvent.click(target);
    const detail = await waitFor(() => root.querySelector('[part=detail]') ?? Promise.reject(new Error('no detail card')));
    await expect(detail.querySelector('h2')).toHaveTextContent(title);
    await expect(args.onTlSelect).toHaveBeenCalledTimes(1);
    await expect((callsOf(args.onTlSelect)[0]![0] as CustomEvent).detail.event).toBe(row);
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(root.querySelector('[part=detail]')).toBeNull());
  },
};

/** The − / + / Show all buttons zoom out, in and back to everything. */
export const ZoomWithButtons: Story = {
  args: args({ lang: 'en', label: 'Corpus' }),
  play: async ({ canvasElement, args }) => {
    const { el, shadow } = await timelineIn(canvasElement);
    const fitted = span(el);
    await userEvent.click(shadow.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(span(el) / fitted).toBeCloseTo(1 / 2, 6));
    await userEvent.click(shadow.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(span(el) / fitted).toBeCloseTo(1 / 4, 6));
    await userEvent.click(shadow.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(span(el) / fitted).toBeCloseTo(1 / 2, 6));
    await userEvent.click(shadow.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(Math.abs(span(el) - fitted)).toBeLessThan(fitted * 1e-6));
    await expect(args.onTlRangeChange).toHaveBeenCalled();
  },
};

/** The plot is one tab stop: `+` / `-` zoom, `0` fits, arrows move between events, Enter opens one. */
export const KeyboardZoomAndSelect: Story = {
  args: args({ lang: 'en', label: 'Corpus' }),
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    const plot = root.querySelector<HTMLElement>('[part=plot]')!;
    // user-event's tab() does not walk into shadow roots; the plot's tabindex is checked instead.
    await expect(plot.tabIndex).toBe(0);
    plot.focus();
    await expect(root.activeElement).toBe(plot);
    const fitted = span(el);
    await userEvent.keyboard('+');
    await waitFor(() => expect(span(el)).toBeLessThan(fitted * 0.6));
    const zoomed = span(el);
    await userEvent.keyboard('-');
    await waitFor(() => expect(span(el)).toBeGreaterThan(zoomed * 1.6));
    await userEvent.keyboard('0');
    await waitFor(() => expect(Math.abs(span(el) - fitted)).toBeLessThan(fitted * 1e-6));
    await expect(args.onTlRangeChange).toHaveBeenCalled();
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(plot.getAttribute('aria-activedescendant')).toMatch(/^e-/));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root.querySelector('[part=detail] h2')).not.toBeNull());
    await expect(args.onTlSelect).toHaveBeenCalledTimes(1);
  },
};

/** Clicking a cluster zooms into the events it stands for. */
export const ZoomIntoCluster: Story = {
  args: args({ events: dense, lang: 'en', label: 'Dense data' }),
  argTypes: { events: { control: false } },
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    const fitted = span(el);
    // Clusters are drawn on the canvas; click where one is, as a user would.
    const cluster = el.visibleItems().find((i) => i.type === 'cluster')!;
    const over = root.querySelector('svg.over')!;
    await userEvent.pointer({ keys: '[MouseLeft]', target: over, coords: { clientX: cluster.box.x + 6, clientY: cluster.box.y + cluster.box.height / 2 } });
    await waitFor(() => expect(span(el)).toBeLessThan(fitted / 2));
    await waitFor(() => expect(args.onTlRangeChange).toHaveBeenCalled());
  },
};

function wheel(target: Element, deltaY: number, ctrlKey: boolean): void {
  const box = target.getBoundingClientRect();
  target.dispatchEvent(
    new WheelEvent('wheel', { deltaY, ctrlKey, clientX: box.left + box.width / 2, clientY: box.top + 20, bubbles: true, cancelable: true, composed: true }),
  );
}

/**
 * Default (cooperative) wheel: a plain wheel scrolls the page and shows a "Ctrl + scroll to zoom" hint;
 * ctrl/⌘ + wheel (and a trackpad pinch) zooms around the pointer.
 */
export const CooperativeWheel: Story = {
  args: args({ events: weekEvents, lang: 'en', label: 'A week' }),
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const plot = root.querySelector('[part=plot]')!;
    const fitted = span(el);
    wheel(plot, -300, false);
    await waitFor(() => expect(root.querySelector('[part=hint]')).toHaveClass('visible'));
    await expect(span(el)).toBe(fitted);
    wheel(plot, -300, true);
    await waitFor(() => expect(span(el)).toBeLessThan(fitted * 0.9));
  },
};

/** `plain-wheel`: the wheel zooms without a modifier, for pages where the timeline is the main thing. */
export const PlainWheel: Story = {
  args: args({ events: weekEvents, lang: 'en', label: 'A week', 'plain-wheel': true }),
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const plot = root.querySelector('[part=plot]')!;
    const fitted = span(el);
    wheel(plot, -300, false);
    await waitFor(() => expect(span(el)).toBeLessThan(fitted * 0.9));
    await expect(root.querySelector('[part=hint]')).not.toHaveClass('visible');
  },
};

/** The arguments of each call of a `fn()` spy. */
function callsOf(spy: unknown): unknown[][] {
  return (spy as { mock: { calls: unknown[][] } }).mock.calls;
}
