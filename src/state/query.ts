/**
 * A reader's query, filter and filter mode over one timeline's events — the part of the shared model that search
 * and `<tl-filter>` change (the model owns one, as `model.search`). Which events match is worked out by the search
 * core (`model/search.ts`: the index, built on the first query in slices, and the matches), loaded with the first
 * query or filter; until it is there every event matches (`pending`), then subscribers are told.
 */
import type { EventFilter } from '../model/facets.js';
import type { TimelineEvent } from '../model/types.js';
import { loadSearch } from './search-loader.js';
import type { Matcher, Matches, MatchSource } from '../model/search.js';

/** What becomes of events that do not match: drawn dimmed, or left out. */
export type FilterMode = 'dim' | 'hide';
export const FILTER_MODES = ['dim', 'hide'] as const satisfies readonly FilterMode[];
const FACETS = ['groups', 'categories', 'tags'] as const;

export type { EventFilter, Matches };

/** What a query reads from its model, and how it tells the model that the matches changed. */
export interface QuerySource {
  events(): readonly TimelineEvent[];
  lang(): string;
  /** The matches changed; `relayout`: what is drawn changed too (events left out or back). */
  changed(relayout: boolean): void;
}

export class Query implements MatchSource {
  private query = '';
  private facets: EventFilter = {};
  private filterMode: FilterMode = 'dim';
  /** The search core's matcher once loaded; while loading, the load; `null` when it could not be loaded. */
  private matcher: Matcher | Promise<unknown> | null | undefined;

  constructor(readonly source: QuerySource) {}

  /** The reader's search text (over title, summary, tags, actors and lane; case- and diacritic-insensitive). */
  get text(): string {
    return this.query;
  }

  setText(text: string): void {
    const next = String(text ?? '');
    if (next === this.query) return;
    this.query = next;
    this.source.changed(this.filterMode === 'hide');
  }

  /** The lanes, categories and tags an event must have (any of each list given; empty lists are left out). */
  get filter(): EventFilter {
    return this.facets;
  }

  setFilter(filter: EventFilter | undefined): void {
    const next: EventFilter = {};
    for (const key of FACETS) {
      const list = filter?.[key];
      if (Array.isArray(list) && list.length) next[key] = Object.freeze(list.map(String));
    }
    if (JSON.stringify(next) === JSON.stringify(this.facets)) return;
    this.facets = Object.freeze(next);
    this.source.changed(this.filterMode === 'hide');
  }

  /** What becomes of events that do not match: `dim` (drawn, `matches` says which to dim) or `hide`. */
  get mode(): FilterMode {
    return this.filterMode;
  }

  setMode(mode: FilterMode): void {
    const before = this.hiding;
    this.filterMode = mode === 'hide' ? mode : 'dim';
    if (before !== this.hiding) this.source.changed(true);
  }

  /** Whether the query or the filter asks for anything. */
  get active(): boolean {
    return /\S/.test(this.query) || Object.keys(this.facets).length > 0;
  }

  /** Whether non-matching events are left out of what is drawn. */
  get hiding(): boolean {
    return this.filterMode === 'hide' && this.active;
  }

  /** The matches among the model's events (every event matches while the search core is still loading). */
  get current(): Matches {
    const m = this.matcher;
    if (m && !(m instanceof Promise)) return m.current();
    if (this.active && m === undefined) {
      this.matcher = loadSearch().then(
        (core) => {
          this.matcher = new core.Matcher(this);
          if (this.active) this.source.changed(this.hiding);
        },
        (error: unknown) => {
          this.matcher = null;
          console.warn('The search could not be loaded.', error);
        },
      );
    }
    return { matched: undefined, count: this.source.events().length, pending: this.active && m !== null };
  }

  /** Whether the search is still loading or indexing (every event counts as a match until then). */
  get pending(): boolean {
    return this.current.pending === true;
  }

  /** Settles when the matches of the current query are known (starting the search's load and build if need be). */
  async settled(): Promise<void> {
    for (;;) {
      void this.current;
      const m = this.matcher;
      const wait = m instanceof Promise ? m : m?.busy;
      if (!wait) return;
      await wait;
    }
  }

  /** What to draw dimmed: with mode `dim` and a query or filter in force, `1` at the input index of each match. */
  get dimming(): Uint8Array | undefined {
    return this.filterMode === 'dim' ? this.current.matched : undefined;
  }

  /** `events` without those that do not match (the list and the story's previous/next read only the matches). */
  only(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const m = this.matcher;
    return m && !(m instanceof Promise) ? m.only(events) : events;
  }

  /** Whether `e` matches the query and the filter (every event does when none is set). */
  matches(e: TimelineEvent): boolean {
    const matched = this.current.matched;
    return !matched || matched[e.index] === 1;
  }

  /** How many events match the query and the filter (hidden categories included). */
  get count(): number {
    return this.current.count;
  }
}
