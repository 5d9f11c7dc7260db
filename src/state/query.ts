/**
 * A reader's query, filter and filter mode over one timeline's events, and which events match — the part of the
 * shared model that search and `<tl-filter>` change (the model owns one, as `model.search`). What matches is worked
 * out by the search core (`model/search.ts`), loaded with the first query or filter; the text index is built on the
 * first query, in slices (a million events never freeze the page). Until they are there every event matches
 * (`pending`), then subscribers are told. The matches are computed once per query,
 * filter, events and language, and read by every renderer.
 */
import { isFiltering, type EventFilter } from '../model/facets.js';
import type { TimelineEvent } from '../model/types.js';
import { loadSearch, type SearchCore } from './search-loader.js';
import type { Matches, Searcher } from '../model/search.js';

/** What becomes of events that do not match: drawn dimmed, or left out. */
export type FilterMode = 'dim' | 'hide';
export const FILTER_MODES = ['dim', 'hide'] as const satisfies readonly FilterMode[];

export type { EventFilter, Matches };

/** What a query reads from its model, and how it tells the model that the matches changed. */
export interface QuerySource {
  events(): readonly TimelineEvent[];
  lang(): string;
  /** The matches changed; `relayout`: what is drawn changed too (events left out or back). */
  changed(relayout: boolean): void;
}

const EMPTY_FILTER: EventFilter = Object.freeze({});

/** A filter with its lists copied and empty ones dropped (so a page's later changes to its arrays change nothing). */
export function cleanFilter(filter: EventFilter | undefined): EventFilter {
  if (!isFiltering(filter)) return EMPTY_FILTER;
  const out: EventFilter = {};
  for (const key of ['groups', 'categories', 'tags'] as const) {
    const list = filter![key];
    if (Array.isArray(list) && list.length) out[key] = Object.freeze(list.map(String));
  }
  return Object.freeze(out);
}

/** Whether two filters ask for the same (same lists in the same order). */
export function sameFilter(a: EventFilter, b: EventFilter): boolean {
  const same = (x: readonly string[] = [], y: readonly string[] = []) => x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.groups, b.groups) && same(a.categories, b.categories) && same(a.tags, b.tags);
}

type Key = { events: readonly TimelineEvent[]; lang: string };
const sameKey = (a: Key | undefined, b: Key) => !!a && a.events === b.events && a.lang === b.lang;

export class Query {
  private query = '';
  private facets: EventFilter = EMPTY_FILTER;
  private filterMode: FilterMode = 'dim';
  private core: SearchCore | undefined;
  private searcher: (Key & { searcher: Searcher }) | undefined;
  private building: (Key & { done: Promise<void> }) | undefined;
  /** The events and language the search could not be loaded for (not tried again at every render). */
  private failed: Key | undefined;
  private onlyCache: { events: readonly TimelineEvent[]; matched: Uint8Array; out: readonly TimelineEvent[] } | undefined;
  private result: (Key & { query: string; filter: EventFilter; matches: Matches }) | undefined;

  constructor(private readonly source: QuerySource) {}

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

  /** The lanes, categories and tags an event must have (any of each list given). */
  get filter(): EventFilter {
    return this.facets;
  }

  setFilter(filter: EventFilter | undefined): void {
    const next = cleanFilter(filter);
    if (sameFilter(next, this.facets)) return;
    this.facets = next;
    this.source.changed(this.filterMode === 'hide');
  }

  /** What becomes of events that do not match: `dim` (drawn, `matches` says which to dim) or `hide`. */
  get mode(): FilterMode {
    return this.filterMode;
  }

  setMode(mode: FilterMode): void {
    const next = FILTER_MODES.includes(mode) ? mode : 'dim';
    if (next === this.filterMode) return;
    const before = this.hiding;
    this.filterMode = next;
    this.source.changed(before !== this.hiding);
  }

  /** Whether the query or the filter asks for anything. */
  get active(): boolean {
    return /\S/.test(this.query) || isFiltering(this.facets);
  }

  /** Whether non-matching events are left out of what is drawn. */
  get hiding(): boolean {
    return this.filterMode === 'hide' && this.active;
  }

  /** Whether the text search is still loading or building its index (the query matches every event until then). */
  get pending(): boolean {
    return this.active && (!this.core || (/\S/.test(this.query) && !sameKey(this.searcher, this.key())));
  }

  /** Settles when the matches of the current query are known (starting the search's load and build if need be). */
  async settled(): Promise<void> {
    void this.current;
    while (this.building) await this.building.done;
  }

  /** What to draw dimmed: with mode `dim` and a query or filter in force, `1` at the input index of each match. */
  get dimming(): Uint8Array | undefined {
    return this.filterMode === 'dim' && this.active ? this.current.matched : undefined;
  }

  /** `events` without those that do not match (the list and the story's previous/next read only the matches). */
  only(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const matched = this.current.matched;
    if (!matched) return events;
    const c = this.onlyCache;
    if (c && c.events === events && c.matched === matched) return c.out;
    const out = events.filter((e) => matched[e.index] === 1);
    this.onlyCache = { events, matched, out };
    return out;
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

  /** The matches among the model's events, memoized on the events, language, query and filter. */
  get current(): Matches {
    const key = this.key();
    if (!this.active) return { matched: undefined, count: key.events.length };
    const r = this.result;
    if (sameKey(r, key) && r!.query === this.query && r!.filter === this.facets) return r!.matches;
    const text = /\S/.test(this.query);
    if (this.pending) {
      if (!sameKey(this.failed, key)) this.prepare(key, text);
      return { matched: undefined, count: key.events.length };
    }
    const matches = this.core!.matchesOf(key.events, text ? this.searcher!.searcher.search(this.query) : undefined, this.facets);
    this.result = { ...key, query: this.query, filter: this.facets, matches };
    return matches;
  }

  private key(): Key {
    return { events: this.source.events(), lang: this.source.lang() };
  }

  /** Loads the search core and (for a text query) builds the index of `key` in slices; a newer build (other events or language) stops it. */
  private prepare(key: Key, text: boolean): void {
    if (sameKey(this.building, key)) return;
    const done = (async () => {
      try {
        const core = (this.core ??= await loadSearch());
        const index = text ? await core.buildIndexInSlices(key.events, key.lang, () => !sameKey(this.building, key)) : undefined;
        if (index && sameKey(this.building, key)) this.searcher = { ...key, searcher: new core.Searcher(index) };
      } catch (error) {
        console.warn('The search could not be loaded.', error);
        this.failed = key;
      }
      if (sameKey(this.building, key)) this.building = undefined;
      if (this.active) this.source.changed(this.hiding);
    })();
    this.building = { ...key, done };
  }
}
