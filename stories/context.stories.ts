import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { TlTimeline } from '../src/index.js';
import {
  brandtEras,
  brandtEvents,
  brandtMarkers,
  ferryTimelineJS,
  festivalEvents,
  gardenVis,
  releaseEvents,
  releaseMarkers,
  supportEvents,
  supportGroups,
  vargaTimelineJS,
} from './samples.js';
import { settle, span, timelineIn } from './support.js';

/**
 * What makes a timeline readable at first sight: eras named above the plot, markers (and a "today" line), events
 * coloured by category with a legend that hides and shows them, lanes ordered, named, coloured and collapsed by the
 * `groups` option, and titles laid out whole. Every era and marker is a button: Enter shows the era, or centres the
 * view on the marker.
 */
interface ContextArgs {
  onTlRangeChange: (e: Event) => void;
}

const meta = {
  title: 'Elements/tl-timeline/Eras, markers and categories',
  component: 'tl-timeline',
  args: { onTlRangeChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Context around the events: `eras` (or `<tl-era>` children, TimelineJS eras, vis-timeline background items), ' +
          '`markers` (or `<tl-marker>` children) and `now`, `color-by` with its legend, and the `groups` option.',
      },
    },
  },
} satisfies Meta<ContextArgs>;

export default meta;
type Story = StoryObj<ContextArgs>;

const EMBED = 'width: 1100px; height: 600px';

const texts = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((n) => n.textContent ?? '');
/** The names in the strip above the plot. */
const eraNames = (root: ShadowRoot) => texts(root, '[part="era"] .era-label');
const markerNames = (root: ShadowRoot) => texts(root, '[part="marker"] .marker-label');
const laneNames = (root: ShadowRoot) => texts(root, '[part="lane-label"]');
const era = (root: ShadowRoot, id: string) => root.querySelector<SVGGElement>(`[part="era"][data-era-id="${id}"]`)!;
const marker = (root: ShadowRoot, id: string) => root.querySelector<SVGGElement>(`[part="marker"][data-marker-id="${id}"]`)!;
/** The fade masks on an era's band: an end known only to a year (or guessed) is drawn fading. */
const masks = (root: ShadowRoot, id: string) => [...era(root, id).querySelectorAll('.era-band')].map((r) => r.getAttribute('mask'));
/** Ids of the events drawn on their own. */
const drawnIds = (el: TlTimeline) => el.visibleItems().flatMap((i) => (i.type === 'event' ? [i.id!] : []));
const middle = (el: TlTimeline) => (el.visibleRange.startMs + el.visibleRange.endMs) / 2;
const DAY = 864e5;

/**
 * The text the element's canvas draws in one drawing (the labels of the events), caught while the view is moved by a
 * millionth of its span to make it draw again.
 */
async function drawnLabels(el: TlTimeline): Promise<Set<string>> {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const proto = CanvasRenderingContext2D.prototype;
  const { fillText, clearRect } = proto;
  let drawn: string[] = [];
  proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
    if (this.canvas === canvas) drawn = []; // a drawing starts by clearing the canvas
    return clearRect.apply(this, args);
  };
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (this.canvas === canvas) drawn.push(text);
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
  };
  try {
    const { startMs, endMs } = el.visibleRange;
    const nudge = (endMs - startMs) * 1e-6;
    await el.zoomTo(startMs + nudge, endMs + nudge);
    await settle(el.parentElement ?? el);
  } finally {
    proto.fillText = fillText;
    proto.clearRect = clearRect;
  }
  return new Set(drawn);
}

/** An event's label as the canvas writes it: ≈ before an approximate date, ? after an uncertain one. */
function labelOf(e: TlTimeline['normalizedEvents'][number]): string {
  const title = typeof e.title === 'string' ? e.title : (e.title.en ?? '');
  return `${e.start.approximate ? '≈ ' : ''}${title}${e.start.uncertain ? ' ?' : ''}`;
}

/** A dark page around the story, as a dark site would have. */
const darkPage = (story: () => unknown) => html`<div style="background:#0b0e13;padding:16px;border-radius:8px">${story()}</div>`;

// ——— Eras ———

/**
 * Thirty events of an invented life in an 1100×600 embed, with three eras named in the strip above the plot: an
 * apprenticeship known only to the years (its ends fade over those years), and two posts known to the day that
 * overlap (each in its own row). Each era is a button: Tab reaches it, Enter (or a click) shows its whole span.
 */
export const Eras: Story = {
  render: (args) =>
    html`<tl-timeline lang="en" label="Ottilie Brandt" style=${EMBED} .events=${brandtEvents} .eras=${brandtEras} @tl-range-change=${args.onTlRangeChange}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    // The strip may come a few frames after the lanes: wait for it, as a reader would.
    await waitFor(() => expect(eraNames(root)).toHaveLength(3));
    await expect(eraNames(root)).toEqual(expect.arrayContaining(['Apprenticeship at the shipyard', 'Harbour Board engineer', 'Coastal light commission']));
    // Overlapping eras get rows of their own.
    const rowOf = (id: string) => Number(era(root, id).querySelector('.era-ring')!.getAttribute('y'));
    await expect(rowOf('harbour-board')).not.toBe(rowOf('commission'));
    // Known only to the years: both ends fade. Known to the day: sharp.
    await expect(masks(root, 'apprenticeship')).toEqual(expect.arrayContaining(['url(#tl-fade-in)', 'url(#tl-fade-out)']));
    await expect(masks(root, 'commission').every((m) => m === null)).toBe(true);
    // A named button in the tab order.
    const commission = era(root, 'commission');
    await expect(commission).toHaveAttribute('role', 'button');
    await expect(commission).toHaveAttribute('tabindex', '0');
    await expect(commission.getAttribute('aria-label')).toMatch(/^Era: Coastal light commission, .*1888.*1903.*\. Enter shows it\.$/);
    // Enter shows the era, from May 1888 to November 1903, with a small margin.
    const fitted = span(el);
    commission.focus();
    await expect(root.activeElement).toBe(commission);
    await userEvent.keyboard('{Enter}');
    const [lo, hi] = [Date.UTC(1888, 4, 14), Date.UTC(1903, 10, 3)];
    await waitFor(() => {
      expect(el.visibleRange.startMs).toBeLessThanOrEqual(lo);
      expect(el.visibleRange.endMs).toBeGreaterThanOrEqual(hi);
      expect(span(el)).toBeLessThan((hi - lo) * 1.2);
    });
    await expect(span(el)).toBeLessThan(fitted / 3);
    await waitFor(() => expect(args.onTlRangeChange).toHaveBeenCalled());
  },
};

/**
 * Plain HTML: `<tl-era>` and `<tl-marker>` children beside `<tl-event>`s. Editing a child (here its text, from the
 * play function) renames its era.
 */
export const ErasFromChildren: Story = {
  render: () => html`<tl-timeline lang="en" label="Mill Street school">
    <tl-event id="opened" start="1890-10-01" group="School">The village school opens with 34 pupils</tl-event>
    <tl-event id="stove" start="1897" group="School">A tiled stove replaces the open fire</tl-event>
    <tl-event id="library" start="1905-03" group="Village">A lending library in the back room</tl-event>
    <tl-event id="new-building" start="1912-09-02" group="School">Classes move into the new building</tl-event>
    <tl-event id="garden" start="1925~" group="Village">Around 1925: pupils plant the school garden</tl-event>
    <tl-event id="bus" start="1948-04" group="Village">The first school bus from the hill farms</tl-event>
    <tl-event id="closed" start="1961-07-15" group="School">The school closes; pupils go to the town</tl-event>
    <tl-era id="old-house" start="1890" end="1912">Old schoolhouse</tl-era>
    <tl-era id="mill-street" start="1912-09-02" end="1961-07-15" color="#b45309">Mill Street building</tl-era>
    <tl-marker id="centenary" at="1936-06-20">Village centenary</tl-marker>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root)).toEqual(['Old schoolhouse', 'Mill Street building']));
    await expect(markerNames(root)).toEqual(['Village centenary']);
    await expect(el.normalizedEvents).toHaveLength(7);
    // The old schoolhouse's dates are years: its ends fade.
    await expect(masks(root, 'old-house')).toContain('url(#tl-fade-out)');
    await expect(marker(root, 'centenary').getAttribute('aria-label')).toMatch(/^Village centenary, .*1936/);
    // Children are read again when they change.
    el.querySelector('tl-era')!.textContent = 'The old schoolhouse';
    await waitFor(() => expect(eraNames(root)[0]).toBe('The old schoolhouse'));
    const added = document.createElement('tl-marker');
    added.id = 'flood';
    added.setAttribute('at', '1954-08-03');
    added.textContent = 'The brook floods';
    el.append(added);
    await waitFor(() => expect(markerNames(root)).toEqual(['Village centenary', 'The brook floods']));
  },
};

/**
 * A TimelineJS3 JSON object, as a TimelineJS user already has it, in an inline `<script type="application/json">`:
 * its `eras` become eras and its slides events, their `group`s lanes. "Steam years" is known to the years (soft ends);
 * "Diesel years" to the day.
 */
export const ErasFromTimelineJS: Story = {
  render: () => html`<tl-timeline lang="en" label="The Osterau River Ferry">
    <script type="application/json">
      ${JSON.stringify(ferryTimelineJS)}
    </script>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root)).toEqual(['Steam years', 'Diesel years']));
    await expect(el.normalizedEvents).toHaveLength(ferryTimelineJS.events.length);
    await expect(laneNames(root)).toEqual(['Boats', 'Route']);
    const [steam, diesel] = [...root.querySelectorAll<SVGGElement>('[part="era"]')].map((g) => g.dataset.eraId!);
    await expect(masks(root, steam!)).toContain('url(#tl-fade-in)');
    await expect(masks(root, diesel!).every((m) => m === null)).toBe(true);
  },
};

/**
 * vis-timeline data (`{ items, groups }`) in an inline script: `type: 'background'` items become eras — one behind
 * every lane, one (with a `group`) only behind the compost lane — and the groups' `order` and `content` order and
 * name the lanes.
 */
export const VisBackgroundAndGroups: Story = {
  render: () => html`<tl-timeline lang="en" label="Community garden">
    <script type="application/json">
      ${JSON.stringify(gardenVis)}
    </script>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root).sort()).toEqual(['Hedgehogs nesting', 'Late frost risk']));
    await waitFor(() => expect(laneNames(root)).toEqual(['Orchard', 'Vegetable beds', 'Compost']));
    // The background items are eras, not events.
    await expect(el.normalizedEvents).toHaveLength(gardenVis.items.filter((i) => i.type !== 'background').length);
    await expect(era(root, 'frost').getAttribute('aria-label')).toMatch(/^Era: Late frost risk, /);
  },
};

// ——— Markers ———

/**
 * Markers are lines across the lanes, named in the strip; `now="2025-03-14"` draws a "Today" line at a fixed date
 * (a bare `now` follows the clock). Enter on a marker centres the view on it, at the same zoom.
 */
export const Markers: Story = {
  render: (args) =>
    html`<tl-timeline lang="en" label="Spring release" now="2025-03-14" .events=${releaseEvents} .markers=${releaseMarkers} @tl-range-change=${args.onTlRangeChange}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    const ids = () => [...root.querySelectorAll<SVGGElement>('[part="marker"]')].map((m) => m.dataset.markerId);
    await waitFor(() => expect(ids()).toEqual(['budget', 'now', 'freeze']));
    await expect(markerNames(root)).toEqual(['Budget approved', 'Today', 'Code freeze']);
    await expect(marker(root, 'now').getAttribute('aria-label')).toMatch(/^Today, .*2025/);
    // The today line stands at 14 March 2025.
    const x = Number(marker(root, 'now').querySelector('line')!.getAttribute('x1'));
    const { startMs, endMs } = el.visibleRange;
    const width = root.querySelector('[part="plot"]')!.clientWidth;
    await expect(Math.abs(x - ((Date.UTC(2025, 2, 14) - startMs) / (endMs - startMs)) * width)).toBeLessThan(2);
    // Zoomed in on the spring, Enter on "Code freeze" (near the right edge) brings it to the middle of the view.
    await el.zoomTo(Date.UTC(2025, 2, 1), Date.UTC(2025, 5, 1));
    await settle(canvasElement);
    const zoomed = span(el);
    const freeze = marker(root, 'freeze');
    freeze.focus();
    await userEvent.keyboard('{Enter}');
    // (The move is animated, zooming out on the way: both hold once it has arrived.)
    await waitFor(() => {
      expect(Math.abs(middle(el) - Date.UTC(2025, 4, 6))).toBeLessThan(DAY);
      expect(span(el) / zoomed).toBeCloseTo(1, 3);
    });
    await waitFor(() => expect(args.onTlRangeChange).toHaveBeenCalled());
  },
};

// ——— Colour by category ———

/**
 * `color-by="category"`: each category gets a colour — from the page's `--tl-category-<name>` (here
 * `--tl-category-theatre` for "Théâtre": lower-cased, accents dropped) or a default palette — and a toggle in the
 * legend. Pressing one hides that category's events; pressing it again brings them back.
 */
export const ColorByCategory: Story = {
  render: () => html`<style>
      .festival tl-timeline {
        --tl-category-theatre: rgb(194, 65, 12);
      }
    </style>
    <div class="festival"><tl-timeline lang="en" label="Summer festival" color-by="category" .events=${festivalEvents}></tl-timeline></div>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('[part="category"]')];
    await waitFor(() => expect(buttons().map((b) => b.dataset.category)).toEqual(['Music', 'Film', 'Théâtre', 'Dance']));
    await expect(buttons().every((b) => b.getAttribute('aria-pressed') === 'true')).toBe(true);
    await expect(root.querySelector('[part="categories"]')).toHaveAttribute('aria-label', 'Categories: show or hide');
    // Four different colours, the page's for Théâtre.
    const swatches = buttons().map((b) => b.querySelector('rect')!.getAttribute('fill'));
    await expect(new Set(swatches).size).toBe(4);
    await expect(getComputedStyle(buttons()[2]!.querySelector('rect')!).fill).toBe('rgb(194, 65, 12)');
    // Hide the films: their events leave the drawing; the others stay.
    const films = festivalEvents.filter((e) => e.category === 'Film').map((e) => e.id);
    await waitFor(() => expect(drawnIds(el)).toEqual(expect.arrayContaining(films)));
    const film = buttons()[1]!;
    await userEvent.click(film);
    await waitFor(() => expect(film).toHaveAttribute('aria-pressed', 'false'));
    await waitFor(() => expect(drawnIds(el).filter((id) => films.includes(id))).toEqual([]));
    await expect(drawnIds(el)).toEqual(expect.arrayContaining(['opening', 'puppets', 'folk']));
    await userEvent.click(film);
    await waitFor(() => expect(film).toHaveAttribute('aria-pressed', 'true'));
    await waitFor(() => expect(drawnIds(el)).toEqual(expect.arrayContaining(films)));
  },
};

// ——— Groups ———

/**
 * The `groups` option: lanes in their `order`, named by `title`, Engineering in a colour of its own, and the 24
 * support tickets collapsed into one density strip whose lane name carries the count.
 */
export const Groups: Story = {
  render: () => html`<tl-timeline lang="en" label="Support quarter" .events=${supportEvents} .groups=${supportGroups}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(laneNames(root)).toEqual(['Engineering', 'Design', 'Operations', 'Support tickets · 24 events']));
    const engineering = root.querySelector('[part="lane-label"]')!;
    await expect(getComputedStyle(engineering).fill).toBe('rgb(11, 110, 79)');
    // The collapsed lane is one strip that stands for all its events.
    const tickets = el.visibleItems().filter((i) => i.group === 'tickets');
    await expect(tickets.map((i) => i.type)).toEqual(['density']);
    await expect(tickets[0]!.count).toBe(24);
    await expect(drawnIds(el)).toEqual(expect.arrayContaining(['eng-1', 'design-1', 'ops-1']));
  },
};

// ——— Layout ———

/**
 * A TimelineJS biography of thirty slides with long headlines, crowded in a few years, in an 1100×600 embed: rows
 * are laid out for each title's whole width, the lanes use the height the element has (no scrolling), and a single
 * lane without a name gets no header.
 */
export const LabelsThatFit: Story = {
  render: () => html`<tl-timeline lang="en" label="Ada Varga" style=${EMBED}>
    <script type="application/json">
      ${JSON.stringify(vargaTimelineJS)}
    </script>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(el.normalizedEvents).toHaveLength(30));
    await settle(canvasElement);
    await expect(laneNames(root)).toEqual([]);
    const drawn = await drawnLabels(el);
    const cut = el.normalizedEvents.map(labelOf).filter((label) => !drawn.has(label));
    await expect(cut).toEqual([]);
    const plot = root.querySelector<HTMLElement>('[part="plot"]')!;
    await expect(plot.scrollHeight).toBeLessThanOrEqual(plot.clientHeight + 1);
    await expect(el.getBoundingClientRect().height).toBeCloseTo(600, 0);
  },
};

// ——— Theming ———

/** Eras, markers and categories in the dark scheme (`theme="dark"`): names, lines and swatches stay readable. */
export const Dark: Story = {
  render: () =>
    html`<tl-timeline lang="en" theme="dark" label="Ottilie Brandt, dark" color-by="category" style=${EMBED} .events=${brandtEvents} .eras=${brandtEras} .markers=${brandtMarkers}></tl-timeline>`,
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root)).toHaveLength(3));
    await expect(markerNames(root)).toEqual(['Railway reaches Lühnfeld', 'Coast telegraph opens']);
    await expect([...root.querySelectorAll<HTMLElement>('[part="category"]')].map((b) => b.dataset.category)).toEqual([
      'Family',
      'Lights',
      'Publications',
      'Commission',
      'Honours',
    ]);
    // Light text on a dark ground.
    const channels = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const brightness = (color: string) => channels(color).reduce((a, b) => a + b, 0) / 3;
    await expect(brightness(getComputedStyle(root.querySelector('[part="base"]')!).backgroundColor)).toBeLessThan(60);
    await expect(brightness(getComputedStyle(root.querySelector('.era-label')!).fill)).toBeGreaterThan(180);
  },
};

// ——— Found while writing these stories, fixed: kept as regression tests ———

/**
 * After Enter on an era (or a marker), the keyboard focus stays on its button while the view moves (the strip draws
 * the eras in view by position, so a node may come to show another era: the focus follows its era).
 */
export const FocusStaysOnEraAfterEnter: Story = {
  render: () => html`<tl-timeline lang="en" label="Ottilie Brandt" style=${EMBED} .events=${brandtEvents} .eras=${brandtEras}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root)).toHaveLength(3));
    const fitted = span(el);
    era(root, 'commission').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(span(el)).toBeLessThan(fitted / 3));
    await settle(canvasElement);
    await waitFor(() => expect((root.activeElement as HTMLElement | null)?.dataset.eraId).toBe('commission'));
  },
};

/** With a category hidden from the legend, the arrow keys move between the events still drawn, and only those. */
export const ArrowKeysSkipHiddenCategories: Story = {
  render: () => html`<tl-timeline lang="en" label="Summer festival" color-by="category" .events=${festivalEvents}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    const film = await waitFor(() => root.querySelector<HTMLButtonElement>('[part="category"][data-category="Film"]') ?? Promise.reject(new Error('no legend')));
    await userEvent.click(film);
    await waitFor(() => expect(film).toHaveAttribute('aria-pressed', 'false'));
    const plot = root.querySelector<HTMLElement>('[part="plot"]')!;
    plot.focus();
    await userEvent.keyboard('{Home}');
    const shown = festivalEvents.filter((e) => e.category !== 'Film').map((e) => e.id);
    const visited: (string | undefined)[] = [];
    for (let i = 0; i < shown.length; i++) {
      await settle(canvasElement);
      const key = plot.getAttribute('aria-activedescendant');
      visited.push(key ? root.getElementById(key)?.getAttribute('data-event-id') ?? key : undefined);
      await userEvent.keyboard('{ArrowRight}');
    }
    await expect(visited.sort()).toEqual([...shown].sort());
  },
};
