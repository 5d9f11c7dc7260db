/**
 * Text search over events, loaded on demand (the first query or filter; `timeline-elements.search.js` beside the
 * script-tag bundle). Pure: no DOM. A query's words are folded like the index (`search-index.ts`); each must be a
 * substring of one of an event's words. `Matcher` holds one query's matches for the model's `Query`.
 */
import { filterMatches, type EventFilter } from './facets.js';
import { buildIndexInSlices, fold, type SearchIndex } from './search-index.js';
import type { TimelineEvent } from './types.js';

export { buildIndex, buildIndexInSlices, fold, searchText, type SearchIndex } from './search-index.js';

/** Between the vocabulary's words (see `search-index.ts`): never in a query word. */
const SEPARATOR = '\u0001';

/** A query's words, folded like the index, without repeats or words another word holds ("mun munchen" → "munchen"). */
export function queryWords(query: string, lang: string): string[] {
  const words = [...new Set(fold(query.replaceAll(SEPARATOR, ' '), lang).split(/\s+/).filter(Boolean))];
  // Longest first: a longer word is usually rarer, so later words have fewer events left to look at.
  words.sort((a, b) => b.length - a.length);
  return words.filter((w, i) => !words.slice(0, i).some((longer) => longer.includes(w)));
}

/** Which words of the vocabulary hold `word` (1 at each), and how many events those words have in all. */
function wordsHolding(index: SearchIndex, word: string): { held: Uint8Array; events: number } {
  const { vocabulary, wordAt, postingAt } = index;
  const held = new Uint8Array(wordAt.length - 1);
  let events = 0;
  let w = 0;
  let pos = vocabulary.indexOf(word);
  while (pos >= 0) {
    while (wordAt[w + 1]! <= pos) w++;
    held[w] = 1;
    events += postingAt[w + 1]! - postingAt[w]!;
    pos = vocabulary.indexOf(word, wordAt[w + 1]!);
  }
  return { held, events };
}

/** The events among `candidates` (positions, ascending; `undefined`: all) with a word that holds `word`. */
function eventsHolding(index: SearchIndex, word: string, candidates: Int32Array | undefined): Int32Array {
  const { size, eventWords, eventAt, postings, postingAt } = index;
  const { held, events } = wordsHolding(index, word);
  const count = candidates ? candidates.length : size;
  const out = new Int32Array(Math.min(count, events));
  let n = 0;
  // Few events have these words (for the events left): visit them through the words' event lists.
  if (events * 4 < (eventWords.length / Math.max(1, size)) * count) {
    const hit = new Uint8Array(size);
    for (let w = 0; w < held.length; w++) if (held[w]) for (let j = postingAt[w]!; j < postingAt[w + 1]!; j++) hit[postings[j]!] = 1;
    for (let k = 0; k < count; k++) {
      const i = candidates ? candidates[k]! : k;
      if (hit[i]) out[n++] = i;
    }
    return out.subarray(0, n);
  }
  // A common word: walk each event's words, stopping at the first that holds it (usually among the first few).
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k]! : k;
    for (let j = eventAt[i]!; j < eventAt[i + 1]!; j++) {
      if (held[eventWords[j]!]) {
        out[n++] = i;
        break;
      }
    }
  }
  return out.subarray(0, n);
}

/** The events (positions, ascending) holding every word (`words` from `queryWords`), among `within` if given. */
export function searchWords(index: SearchIndex, words: readonly string[], within?: Int32Array): Int32Array {
  let hits = within;
  for (const word of words) {
    hits = eventsHolding(index, word, hits);
    if (!hits.length) break;
  }
  return hits ?? Int32Array.from({ length: index.size }, (_, i) => i);
}

/** Whether every event matching `after` also matches `before` (each word of `before` is in a word of `after`). */
export function narrows(before: readonly string[], after: readonly string[]): boolean {
  return before.every((b) => after.some((a) => a.includes(b)));
}

/**
 * Searches one index as a reader types: a query that narrows the previous one (another letter, another word) looks
 * only at the previous matches.
 */
export class Searcher {
  private last: { words: string[]; hits: Int32Array } | undefined;

  constructor(readonly index: SearchIndex) {}

  /** The events (positions, ascending) holding every word of `query`; every event for a blank query. */
  search(query: string): Int32Array {
    const words = queryWords(query, this.index.lang);
    const last = this.last;
    const within = last && narrows(last.words, words) ? last.hits : undefined;
    const hits = words.length ? searchWords(this.index, words, within) : searchWords(this.index, []);
    this.last = { words, hits };
    return hits;
  }
}

/** Which events hold every word of `query` (after folding): `1` at the position of each match (all, for a blank query). */
export function search(index: SearchIndex, query: string): Uint8Array {
  const hits = new Uint8Array(index.size);
  for (const i of searchWords(index, queryWords(query, index.lang))) hits[i] = 1;
  return hits;
}

/** Which events match: `1` by input index (`undefined`: every event matches), and how many. */
export interface Matches {
  readonly matched: Uint8Array | undefined;
  readonly count: number;
  /** The search is still building its index: every event counts as a match until then. */
  readonly pending?: boolean;
}

/** What a `Matcher` reads: the query's state (`state/query.ts`) and its model's events and language. */
export interface MatchSource {
  readonly text: string;
  readonly filter: EventFilter;
  readonly hiding: boolean;
  readonly active: boolean;
  readonly source: { events(): readonly TimelineEvent[]; lang(): string; changed(relayout: boolean): void };
}

type Key = { events: readonly TimelineEvent[]; lang: string };
const sameKey = (a: Key | undefined, b: Key) => !!a && a.events === b.events && a.lang === b.lang;

/**
 * The matches of one query's state, memoized on the events, language, text and filter: the text index is built (in
 * slices) on the first query and again only for other events or another language; the query's model is told when
 * it is there.
 */
export class Matcher {
  private searcher: (Key & { searcher: Searcher }) | undefined;
  private building: (Key & { done: Promise<void> }) | undefined;
  private result: (Key & { text: string; filter: EventFilter; matches: Matches }) | undefined;
  private onlyCache: { events: readonly TimelineEvent[]; matched: Uint8Array; out: readonly TimelineEvent[] } | undefined;
  /** The events and language whose index could not be built (not tried again at every render). */
  private failed: Key | undefined;

  constructor(private readonly q: MatchSource) {}

  /** While an index is being built: settles when it is there. */
  get busy(): Promise<void> | undefined {
    return this.building?.done;
  }

  current(): Matches {
    const key = { events: this.q.source.events(), lang: this.q.source.lang() };
    const { text, filter } = this.q;
    if (!this.q.active) return { matched: undefined, count: key.events.length };
    const r = this.result;
    if (sameKey(r, key) && r!.text === text && r!.filter === filter) return r!.matches;
    const words = /\S/.test(text);
    if (words && !sameKey(this.searcher, key)) {
      if (sameKey(this.failed, key)) return { matched: undefined, count: key.events.length };
      this.build(key);
      return { matched: undefined, count: key.events.length, pending: true };
    }
    const matches = matchesOf(key.events, words ? this.searcher!.searcher.search(text) : undefined, filter);
    this.result = { ...key, text, filter, matches };
    return matches;
  }

  /** `events` without those that do not match (memoized). */
  only(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
    const matched = this.current().matched;
    if (!matched) return events;
    const c = this.onlyCache;
    if (c && c.events === events && c.matched === matched) return c.out;
    const out = events.filter((e) => matched[e.index] === 1);
    this.onlyCache = { events, matched, out };
    return out;
  }

  /** Builds the index of `key` in slices; a newer build (other events or language) stops this one. */
  private build(key: Key): void {
    if (sameKey(this.building, key)) return;
    const done = buildIndexInSlices(key.events, key.lang, () => !sameKey(this.building, key)).then(
      (index) => {
        if (!index || !sameKey(this.building, key)) return;
        this.searcher = { ...key, searcher: new Searcher(index) };
        this.building = undefined;
        if (this.q.active) this.q.source.changed(this.q.hiding);
      },
      (error: unknown) => {
        console.warn('The search index could not be built.', error);
        this.failed = key;
        if (sameKey(this.building, key)) this.building = undefined;
      },
    );
    this.building = { ...key, done };
  }
}

/** The matches of a search's `hits` (positions; `undefined`: no text asked for) and a facet `filter`, by input index. */
export function matchesOf(events: readonly TimelineEvent[], hits: Int32Array | undefined, filter: EventFilter): Matches {
  const facets = filter.groups || filter.categories || filter.tags ? filterMatches(events, filter) : undefined;
  let size = 0;
  for (const e of events) size = Math.max(size, e.index + 1);
  const matched = new Uint8Array(size);
  let count = 0;
  const take = (i: number) => {
    if (facets && !facets[i]) return;
    matched[events[i]!.index] = 1;
    count++;
  };
  if (hits) hits.forEach(take);
  else for (let i = 0; i < events.length; i++) take(i);
  return { matched, count };
}
