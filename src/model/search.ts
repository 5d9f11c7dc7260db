/**
 * Text search and facet filters over events. Pure: no DOM. `buildIndex` folds each event's words (title,
 * summary, tags, actors, group) — lower case in the timeline's language, without diacritics, ß as ss — into a
 * word index; `search` finds each query word as a substring of those words, so "Munchen" finds "München".
 */
import { localize } from './text.js';
import type { TimelineEvent } from './types.js';

/**
 * A prepared index, built once per events and language: the distinct folded words of all events (the vocabulary),
 * each event's words and each word's events. A query word is looked for in the vocabulary only (a few MB, not the
 * whole text); the events come from the words that hold it — through the words' event lists when few events have
 * them, else by walking each event's words until one holds it (a common word is found in an event's first words).
 * A query word has no spaces, so it is a substring of an event's text exactly when it is one of a word of it.
 */
export interface SearchIndex {
  readonly lang: string;
  /** How many events (matches are by position in the events given to `buildIndex`). */
  readonly size: number;
  /** The vocabulary, joined by `SEPARATOR`; word `w` begins at `wordAt[w]` (`wordAt[words]`: one past the end). */
  readonly vocabulary: string;
  readonly wordAt: Int32Array;
  /** Event `i`'s distinct words: `eventWords[eventAt[i] … eventAt[i + 1])`. */
  readonly eventWords: Int32Array;
  readonly eventAt: Int32Array;
  /** Word `w`'s events, in order: `postings[postingAt[w] … postingAt[w + 1])`. */
  readonly postings: Int32Array;
  readonly postingAt: Int32Array;
}

/** What facets an event must have: any of the values listed in a facet, and every facet given. */
export interface EventFilter {
  groups?: readonly string[];
  categories?: readonly string[];
  tags?: readonly string[];
}

/** Between the vocabulary's words (a query word never holds it, so no match spans two words). */
const SEPARATOR = '\u0001';
/** Between an event's fields: a word (no spaces) never spans two of them. */
const FIELD = '\n';
const NOT_ASCII = /[^ -~\s]/;
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

/** Tags that separate words (`<p>a</p><p>b</p>` is two words; `<b>Bundes</b>tag` one). */
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|td|th|tr|table|blockquote|section|article|hr|dt|dd|figcaption|pre)\b[^>]*>?/gi;

/** Rich text as words: block tags become spaces, inline ones nothing, a few entities are read (cheap; the card shows the sanitized HTML). */
function htmlWords(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>?/g, '')
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

const SPACE = /\s+/;

/** A growable list of 32-bit integers. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Prepares `events` for `search` in `lang` (O(total text); build it once per events and language). */
export function buildIndex(events: readonly TimelineEvent[], lang: string): SearchIndex {
  const size = events.length;
  // A raw word is folded once (words repeat: a million events hold far fewer distinct words).
  const rawIds = new Map<string, number>();
  const foldedIds = new Map<string, number>();
  const words: string[] = [];
  const eventWords = new Ints();
  const eventAt = new Int32Array(size + 1);
  let lastEvent = new Int32Array(1024).fill(-1);
  let counts = new Int32Array(1024);
  for (let i = 0; i < size; i++) {
    eventAt[i] = eventWords.length;
    for (const raw of searchText(events[i]!, lang).split(SPACE)) {
      if (!raw) continue;
      let id = rawIds.get(raw);
      if (id === undefined) {
        const folded = fold(raw, lang);
        id = foldedIds.get(folded);
        if (id === undefined) {
          id = words.push(folded) - 1;
          foldedIds.set(folded, id);
          if (id === lastEvent.length) {
            const [l, c] = [new Int32Array(id * 2).fill(-1), new Int32Array(id * 2)];
            l.set(lastEvent);
            c.set(counts);
            [lastEvent, counts] = [l, c];
          }
        }
        rawIds.set(raw, id);
      }
      if (lastEvent[id] === i) continue;
      lastEvent[id] = i;
      counts[id]!++;
      eventWords.push(id);
    }
  }
  eventAt[size] = eventWords.length;
  const ids = eventWords.done();
  const postingAt = new Int32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) postingAt[w + 1] = postingAt[w]! + counts[w]!;
  const postings = new Int32Array(ids.length);
  const next = postingAt.slice(0, words.length);
  for (let i = 0; i < size; i++) for (let j = eventAt[i]!; j < eventAt[i + 1]!; j++) postings[next[ids[j]!]!++] = i;
  const wordAt = new Int32Array(words.length + 1);
  for (let w = 0; w < words.length; w++) wordAt[w + 1] = wordAt[w]! + words[w]!.length + 1;
  return { lang, size, vocabulary: words.join(SEPARATOR), wordAt, eventWords: ids, eventAt, postings, postingAt };
}

/** A query's words, folded like the index, without repeats or words another word holds ("mun munchen" → "munchen"). */
export function queryWords(query: string, lang: string): string[] {
  const words = [...new Set(fold(query.replaceAll(SEPARATOR, ' '), lang).split(/\s+/).filter(Boolean))];
  // Longest first: a longer word is usually rarer, and a word inside another adds nothing.
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

/**
 * Which events hold every word of `query` (as a substring, after folding): `1` at the position of each match.
 * An empty query matches every event.
 */
export function search(index: SearchIndex, query: string): Uint8Array {
  const { size, eventWords, eventAt, postings, postingAt } = index;
  const words = queryWords(query, index.lang).slice(0, 255);
  const hits = new Uint8Array(size);
  if (!words.length) return hits.fill(1);
  // `hits[i]` counts the query words event i holds so far: round r looks only at events that held the r before.
  words.forEach((word, round) => {
    const { held, events } = wordsHolding(index, word);
    if (events * 4 < eventWords.length) {
      // Few events have these words: visit them through the words' event lists.
      for (let w = 0; w < held.length; w++) {
        if (!held[w]) continue;
        for (let j = postingAt[w]!; j < postingAt[w + 1]!; j++) if (hits[postings[j]!] === round) hits[postings[j]!] = round + 1;
      }
      return;
    }
    // A common word: walk each event's words, stopping at the first that holds it (usually among the first few).
    for (let i = 0; i < size; i++) {
      if (hits[i] !== round) continue;
      for (let j = eventAt[i]!; j < eventAt[i + 1]!; j++) {
        if (held[eventWords[j]!]) {
          hits[i] = round + 1;
          break;
        }
      }
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
