/**
 * A reader's query and filter over one timeline's events, and which events match — the part of the shared model
 * that search and `<tl-filter>` change. The text index is built on the first query (it costs more than a search),
 * again only when the events or the language change; the matches are computed once per query, filter, events and
 * language, and read by every renderer.
 */
import { buildIndex, filterMatches, isFiltering, queryWords, search, type EventFilter, type SearchIndex } from '../model/search.js';
import type { TimelineEvent } from '../model/types.js';

/** What becomes of events that do not match: drawn dimmed, or left out. */
export type FilterMode = 'dim' | 'hide';
export const FILTER_MODES = ['dim', 'hide'] as const satisfies readonly FilterMode[];

export type { EventFilter };

/** Which events match: `1` by input index (`undefined`: nothing is asked, every event matches). */
export interface Matches {
  readonly matched: Uint8Array | undefined;
  readonly count: number;
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

export class QueryState {
  query = '';
  filter: EventFilter = EMPTY_FILTER;
  mode: FilterMode = 'dim';
  private index: { events: readonly TimelineEvent[]; lang: string; index: SearchIndex } | undefined;
  private result: { events: readonly TimelineEvent[]; lang: string; query: string; filter: EventFilter; matches: Matches } | undefined;

  /** Whether the query or the filter asks for anything. */
  get active(): boolean {
    return /\S/.test(this.query) || isFiltering(this.filter);
  }

  /** Whether non-matching events are left out of what is drawn. */
  get hiding(): boolean {
    return this.mode === 'hide' && this.active;
  }

  /** The matches among `events` (memoized on the events, language, query and filter). */
  matchesOf(events: readonly TimelineEvent[], lang: string): Matches {
    if (!this.active) return { matched: undefined, count: events.length };
    const r = this.result;
    if (r && r.events === events && r.lang === lang && r.query === this.query && r.filter === this.filter) return r.matches;
    let hits: Uint8Array | undefined;
    if (queryWords(this.query, lang).length) {
      if (this.index?.events !== events || this.index.lang !== lang) this.index = { events, lang, index: buildIndex(events, lang) };
      hits = search(this.index.index, this.query);
    }
    if (isFiltering(this.filter)) {
      const facets = filterMatches(events, this.filter);
      if (hits) for (let i = 0; i < facets.length; i++) hits[i]! &= facets[i]!;
      else hits = facets;
    }
    // By input index, as the model's other per-event state (positions) is.
    let size = 0;
    for (const e of events) size = Math.max(size, e.index + 1);
    const matched = new Uint8Array(size);
    let count = 0;
    for (let i = 0; i < events.length; i++) {
      if (!hits![i]) continue;
      matched[events[i]!.index] = 1;
      count++;
    }
    const matches = { matched, count };
    this.result = { events, lang, query: this.query, filter: this.filter, matches };
    return matches;
  }
}
