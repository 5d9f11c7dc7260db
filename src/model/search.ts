/**
 * Text search and facet filters over events. Pure: no DOM. `buildIndex` folds each event's words (title,
 * summary, tags, actors, group) into one normalized string — lower case in the timeline's language, without
 * diacritics, ß as ss — and joins them into one long string; `search` finds each query word there with
 * `indexOf` (the engine's fast substring scan), so a keystroke costs a few scans of one string, not a million
 * small ones.
 */
import { localize } from './text.js';
import type { TimelineEvent } from './types.js';

/** A prepared index: built once per events and language, read by every `search`. */
export interface SearchIndex {
  readonly lang: string;
  /** How many events (matches are by position in the events given to `buildIndex`). */
  readonly size: number;
  /** Every event's folded text, joined by `SEPARATOR`. */
  readonly text: string;
  /** Where event `i`'s text begins in `text`; `starts[size]` is one past the end. */
  readonly starts: Int32Array;
}

/** What facets an event must have: any of the values listed in a facet, and every facet given. */
export interface EventFilter {
  groups?: readonly string[];
  categories?: readonly string[];
  tags?: readonly string[];
}

/** Between events in the index (a query word never holds it, so no match spans two events). */
const SEPARATOR = '\u0001';
/** Between an event's fields: a word (no spaces) never spans two of them. */
const FIELD = '\n';
const NOT_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
/** Letters NFD does not take apart, written as a reader would type them on a plain keyboard. */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const SPECIAL = /[ßłøđæœıþð]/g;
/** Languages whose lower case differs from the default one for ASCII letters (Turkish and Azeri dotless i). */
const LOCALE_CASE = /^(tr|az)\b/i;

/** `text` as the index and queries hold it: lower case in `lang`, without diacritics, ß as ss. */
export function fold(text: string, lang: string): string {
  const ascii = !NOT_ASCII.test(text);
  if (ascii && !LOCALE_CASE.test(lang)) return text.toLowerCase();
  const lower = safeLower(text, lang);
  if (!NOT_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c]!);
}

function safeLower(text: string, lang: string): string {
  try {
    return text.toLocaleLowerCase(lang);
  } catch {
    return text.toLowerCase(); // not a language tag Intl knows
  }
}

/** Rich text as words: tags become spaces, a few entities are read (cheap; the card shows the sanitized HTML). */
function htmlWords(html: string): string {
  return html
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
      const n = name.toLowerCase();
      if (n[0] === '#') {
        const code = n[1] === 'x' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ({ nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[n]!;
    });
}

/** The words of one event the search looks through, in `lang`, not yet folded. */
export function searchText(e: TimelineEvent, lang: string): string {
  const parts = [localize(e.title, lang)];
  if (e.summary !== undefined) parts.push(localize(e.summary, lang));
  if (e.summaryHtml !== undefined) parts.push(htmlWords(localize(e.summaryHtml, lang)));
  parts.push(...e.tags, ...e.actors, e.group);
  return parts.join(FIELD).replaceAll(SEPARATOR, ' ');
}

/** Prepares `events` for `search` in `lang` (O(total text); build it once per events and language). */
export function buildIndex(events: readonly TimelineEvent[], lang: string): SearchIndex {
  const size = events.length;
  const starts = new Int32Array(size + 1);
  const parts = new Array<string>(size);
  let at = 0;
  for (let i = 0; i < size; i++) {
    const folded = fold(searchText(events[i]!, lang), lang);
    parts[i] = folded;
    starts[i] = at;
    at += folded.length + 1;
  }
  starts[size] = at;
  return { lang, size, text: parts.join(SEPARATOR), starts };
}

/** A query's words, folded like the index, without repeats or words another word holds ("mun munchen" → "munchen"). */
export function queryWords(query: string, lang: string): string[] {
  const words = [...new Set(fold(query.replaceAll(SEPARATOR, ' '), lang).split(/\s+/).filter(Boolean))];
  // Longest first: a longer word is usually rarer, and a word inside another adds nothing.
  words.sort((a, b) => b.length - a.length);
  return words.filter((w, i) => !words.slice(0, i).some((longer) => longer.includes(w)));
}

/**
 * Which events hold every word of `query` (as a substring, after folding): `1` at the position of each match.
 * An empty query matches every event.
 */
export function search(index: SearchIndex, query: string): Uint8Array {
  const { size, text, starts } = index;
  const words = queryWords(query, index.lang).slice(0, 255);
  const hits = new Uint8Array(size);
  if (!words.length) return hits.fill(1);
  if (!size) return hits;
  // Each word scans the whole text, jumping to the next event after a hit; `hits` counts the words found so far,
  // so an event counts a word only if it held all the words before it.
  words.forEach((word, round) => {
    let i = 0;
    let pos = text.indexOf(word);
    while (pos >= 0) {
      while (starts[i + 1]! <= pos) i++;
      if (hits[i] === round) hits[i] = round + 1;
      pos = text.indexOf(word, starts[i + 1]!);
    }
  });
  const all = words.length;
  if (all > 1) for (let i = 0; i < size; i++) hits[i] = hits[i] === all ? 1 : 0;
  return hits;
}

/** Whether `filter` asks for anything. */
export function isFiltering(filter: EventFilter | undefined): boolean {
  return !!(filter && (filter.groups?.length || filter.categories?.length || filter.tags?.length));
}

/** Which events have the facets `filter` asks for: `1` at the position of each (every event for an empty filter). */
export function filterMatches(events: readonly TimelineEvent[], filter: EventFilter): Uint8Array {
  const hits = new Uint8Array(events.length);
  const set = (list: readonly string[] | undefined) => (list?.length ? new Set(list) : undefined);
  const [groups, categories, tags] = [set(filter.groups), set(filter.categories), set(filter.tags)];
  events.forEach((e, i) => {
    if (groups && !groups.has(e.group)) return;
    if (categories && !categories.has(e.category)) return;
    if (tags && !e.tags.some((t) => tags.has(t))) return;
    hits[i] = 1;
  });
  return hits;
}
