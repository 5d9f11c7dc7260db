/**
 * What `<tl-timeline>` draws around its events: eras, markers (the "now" line among them), colours by group,
 * category or tag, the legend that toggles categories, and lane names from the `groups` option. The model owns
 * the data (eras, markers, groups, hidden keys); this controller turns it into names, colours and templates, and
 * keeps the "now" line current (a timer only while `now` asks for the present).
 */
import { html, isServer, nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Marker } from '../../model/context.js';
import { parseEventDate } from '../../model/date.js';
import { formatDatePoint, formatSpan, localize } from '../../model/text.js';
import type { EraInput, GroupInput, LocalizedText, MarkerInput } from '../../model/types.js';
import type { DataSourceController, DataSourceResult } from '../../controllers/data-source-controller.js';
import type { SceneEra, SceneMarker } from '../../layout/context.js';
import type { SceneItem, SceneLane } from '../../layout/scene.js';
import { keyOf, type ColorBy, type TimelineModel } from '../../state/timeline-model.js';
import type { LaneColors, PaletteController } from '../../controllers/palette-controller.js';
import type { ContextActions } from './context.js';
import { loadContextKit, readyContextKit, type ContextKit } from './kit-loader.js';
import { adoptSheet } from './adopt-sheet.js';
import { memoLast } from '../../layout/pipeline.js';
import type { Messages } from './messages.js';

const MINUTE = 60_000;
const NO_MARKERS: readonly Marker[] = Object.freeze([]);

/** The "now" line at `t` (ms), named in the element's language. */
function nowMarker(t: number, title: string): Marker {
  const at = { min: t, max: t + MINUTE, precision: 'minute', approximate: false, uncertain: false, edtf: new Date(t).toISOString() } as const;
  return { id: 'now', index: -1, title, at, t, lo: t, hi: t + MINUTE, input: { id: 'now', at: t, title } };
}

const nonEmpty = (rows: unknown): boolean => Array.isArray(rows) && rows.length > 0;
const join = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): readonly unknown[] => (!a?.length ? (b ?? []) : !b?.length ? a : [...a, ...b]);

export interface LayersHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** `now`: '' (off), a date (a fixed "now"), or anything else (the present, kept current). */
  now: string | null;
  eras: readonly EraInput[] | undefined;
  markers: readonly MarkerInput[] | undefined;
  groups: readonly GroupInput[] | undefined;
  colorBy: ColorBy;
}

export class LayersController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private markersCache: { base: readonly Marker[]; now: string | null; minute: number; title: string; markers: readonly Marker[] } | undefined;
  private colorsCache: { key: unknown[]; colorOf: ((item: SceneItem) => LaneColors | undefined) | undefined } | undefined;

  /** One list of two (memoized on both, so the model sees the same rows while neither changed). */
  private readonly joinEras = memoLast(join);
  private readonly joinMarkers = memoLast(join);

  constructor(
    private readonly host: LayersHost,
    private readonly model: TimelineModel,
    private readonly palette: PaletteController,
  ) {
    host.addController(this);
  }

  /**
   * Puts the context in force: the host's properties where set, else what its data source carries (`src` or inline
   * data, when code has not set `events`) joined with its `<tl-era>` and `<tl-marker>` children.
   */
  sync(source: DataSourceResult | undefined, children: Pick<DataSourceController, 'childEras' | 'childMarkers'>): void {
    const h = this.host;
    const eras = h.eras ?? this.joinEras(source?.eras, children.childEras);
    const markers = h.markers ?? this.joinMarkers(source?.markers, children.childMarkers);
    // The server has no later update: there, the kit has been loaded before the render (`timeline-elements/ssr`).
    if (isServer) this.kit ??= readyContextKit();
    else if (!this.kit && (nonEmpty(eras) || nonEmpty(markers) || this.followsPresent())) this.load();
    this.model.setContext(eras, markers, h.groups ?? source?.groups, this.kit);
    this.model.setColorBy(h.colorBy);
  }

  /** Eras and markers, once loaded (the first timeline that has any loads them). */
  kit: ContextKit | undefined;
  private loading = false;

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    loadContextKit().then(
      (kit) => {
        // The strip's rules are in place before it is first drawn.
        adoptSheet(this.host.renderRoot, kit.CONTEXT_CSS);
        this.kit = kit;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn('tl-timeline: eras and markers could not be loaded', error);
      },
    );
  }

  hostConnected(): void {
    this.tick();
  }

  /** The era or marker with the keyboard focus when an update starts (the strip's nodes are reused by position). */
  private focusedKey: string | undefined;

  hostUpdate(): void {
    const active = (this.host.renderRoot as ShadowRoot).activeElement;
    this.focusedKey = active?.closest('.context') ? active.id || 'context' : undefined;
  }

  /**
   * Keeps the focus on the era or marker it was on: the strip draws what is in view in order, so as the view moves
   * a node may now show another era (or be gone). Only when the focus was in the strip as the update began.
   */
  hostUpdated(): void {
    const key = this.focusedKey;
    if (!key) return;
    const root = this.host.renderRoot as ShadowRoot;
    if (root.activeElement?.id === key) return;
    (root.getElementById(key) ?? root.querySelector<SVGElement>('.context'))?.focus({ preventScroll: true });
  }

  /** Eras or markers are coming, and the code that draws them is still loading: the lanes wait, so nothing jumps. */
  get pending(): boolean {
    return this.loading && !this.kit;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Keeps a present "now" current: an update at each minute's turn, only while `now` asks for the present. */
  private tick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.fixedNow() !== null || !this.followsPresent()) return;
    this.timer = setTimeout(() => {
      this.host.requestUpdate();
      this.tick();
    }, MINUTE - (Date.now() % MINUTE) + 50);
  }

  private followsPresent(): boolean {
    const now = this.host.now;
    return now !== null && now !== 'false';
  }

  /** A `now` given as a date, in ms; null when it asks for the present (or is off). */
  private fixedNow(): number | null {
    const now = this.host.now?.trim();
    if (!now || now === 'true' || now === 'now' || now === 'false') return null;
    const parsed = parseEventDate(now);
    return parsed.ok ? parsed.start.min : null;
  }

  /** The markers to draw: the model's, and the "now" line when asked for (sorted by time). */
  markers(t: Messages): readonly Marker[] {
    const base = this.model.markers;
    const nowAttr = this.host.now;
    if (!this.followsPresent()) return base.length ? base : NO_MARKERS;
    const fixed = this.fixedNow();
    const minute = fixed ?? Math.floor(Date.now() / MINUTE) * MINUTE;
    const c = this.markersCache;
    if (c && c.base === base && c.now === nowAttr && c.minute === minute && c.title === t.today) return c.markers;
    if (!this.timer && fixed === null) this.tick();
    const now = nowMarker(fixed ?? Date.now(), t.today);
    const markers = [...base, now].sort((a, b) => a.t - b.t);
    this.markersCache = { base, now: nowAttr, minute, title: t.today, markers };
    return markers;
  }

  /** The strip's names and what its buttons do. */
  contextActions(t: Messages, lang: string, show: (lo: number, hi: number) => void, centre: (t: number) => void): ContextActions {
    const title = (text: LocalizedText) => localize(text, lang);
    return {
      eraName: (item: SceneEra) => t.era(title(item.era.title), formatSpan(item.era.lo, item.era.hi, lang)),
      markerName: (item: SceneMarker) => t.marker(title(item.marker.title), formatDatePoint(item.marker.at, lang, this.model.zone)),
      openEra: (item: SceneEra) => show(item.era.lo, item.era.hi),
      openMarker: (item: SceneMarker) => centre(item.marker.t),
    };
  }

  /**
   * The colours of an item when they do not follow its lane: by category or tag (clusters and density strips, which
   * may mix them, in the text colour), or a group's own colour. Undefined: every item takes its lane's.
   */
  colorOf(): ((item: SceneItem) => LaneColors | undefined) | undefined {
    const model = this.model;
    const by = model.colorBy;
    const palette = this.palette.palette();
    // The keys (one pass over all events) only when events are coloured by them.
    const key = [by, palette, by === 'group' ? undefined : model.keys, by === 'group' ? this.groupColors() : undefined];
    const c = this.colorsCache;
    if (c && c.key.every((k, i) => k === key[i])) return c.colorOf;
    let colorOf: ((item: SceneItem) => LaneColors | undefined) | undefined;
    if (by === 'group') {
      const byGroup = this.groupColors();
      colorOf = byGroup.size ? (item) => byGroup.get(model.layout.lanes[item.lane]?.group ?? '') : undefined;
    } else {
      const colors = this.palette.categoryColors(model.keys);
      const index = new Map(model.keys.map((k, i) => [k, i]));
      const mixed = this.palette.colorsFor(palette.ink);
      colorOf = (item) => (item.type === 'event' ? colors[index.get(keyOf(item.event, by)) ?? 0] : mixed);
    }
    this.colorsCache = { key, colorOf };
    return colorOf;
  }

  private groupColorsCache: { groups: unknown; palette: unknown; map: Map<string, LaneColors> } | undefined;

  /** Colours the `groups` option gives lanes. */
  private groupColors(): Map<string, LaneColors> {
    const palette = this.palette.palette();
    const groups = this.model.layout;
    const c = this.groupColorsCache;
    if (c && c.palette === palette && c.groups === groups) return c.map;
    const map = new Map<string, LaneColors>();
    for (const lane of this.model.layout.lanes) {
      const color = this.model.groupOption(lane.group)?.color;
      if (color) map.set(lane.group, this.palette.colorsFor(color, lane.index));
    }
    this.groupColorsCache = { groups, palette, map };
    return map;
  }

  /** A lane's name: the `groups` option's title, else the group; a collapsed lane's with its count. */
  laneLabel(t: Messages, lang: string): (lane: SceneLane) => string {
    return (lane) => {
      const option = this.model.groupOption(lane.group);
      const name = option?.title !== undefined ? localize(option.title, lang) : lane.group || t.ungrouped;
      return this.model.collapsed.has(lane.group) ? t.collapsedLane(name, lane.count) : name;
    };
  }

  /** The legend of categories (with `color-by` category or tag): a toggle button each, pressed while shown. */
  legendTemplate(t: Messages): TemplateResult | typeof nothing {
    const model = this.model;
    if (model.colorBy === 'group' || model.keys.length < 2) return nothing;
    const colors = this.palette.categoryColors(model.keys);
    return html`<ul part="categories" class="categories" aria-label=${t.categories}>
      ${model.keys.map((key, i) => {
        const shown = !model.hidden.has(key);
        return html`<li>
          <button part="category" class="category" aria-pressed=${shown ? 'true' : 'false'} data-category=${key} @click=${() => model.setHidden(key, shown)}>
            <svg width="10" height="10" aria-hidden="true">${svg`<rect width="10" height="10" rx="2" fill=${colors[i]!.line}></rect>`}</svg>${key || t.uncategorized}
          </button>
        </li>`;
      })}
    </ul>`;
  }
}
