/**
 * Text search over events. Pure: no DOM. The index is each event's searchable text (title, summary, tags, actors,
 * group, in the timeline's language) folded — lower case in the language, without diacritics, ß as ss — and
 * concatenated, in chunks of events, with each event's offset; a query word is found by `indexOf` over that text,
 * a hit mapped to its event by binary search, and the scan jumps to the next event that may still match. This
 * module is loaded on demand (the first query); `facets.ts` holds the filter by lane, category and tag.
 */
import { localize } from './localize.js';
import type { TimelineEvent } from './types.js';

/** Events per chunk: a chunk is built in well under a frame, and a hit's event is found in ≤ 12 steps. */
const CHUNK = 1024;

/** One chunk's text: event `first + i`'s folded text is `text.slice(at[i], at[i + 1])`. */
interface Chunk {
  readonly first: number;
  readonly text: string;
  readonly at: Uint32Array;
}

/** A prepared index of `size` events in `lang` (matches are by position in the events given to `buildIndex`). */
export interface SearchIndex {
  readonly lang: string;
  readonly size: number;
  readonly chunks: readonly Chunk[];
}

/** Between events' texts and between an event's fields: a query word never holds it, so no hit spans two. */
const SEPARATOR = '\u0001';
const NOT_ASCII = /[^\0-\x7f]/;
const NOT_ASCII_RUNS = /[^\0-\x7f]+/g;
const MARKS = /\p{M}+/gu;
/** Letters NFD does not take apart, written as a reader would type them on a plain keyboard. */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const SPECIAL = /[ßłøđæœıþð]/g;
/** Languages whose lower case differs from the default one for ASCII letters (Turkish and Azeri dotless i). */
const LOCALE_CASE = /^(tr|az)\b/i;

/** `text` as the index and queries hold it: lower case in `lang`, without diacritics, ß as ss. */
export function fold(text: string, lang: string): string {
  if (!NOT_ASCII.test(text) && !LOCALE_CASE.test(lang)) return text.toLowerCase();
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(lang);
  } catch {
    lower = text.toLowerCase(); // not a language tag Intl knows
  }
  // Only the runs of other letters the slow way (the rest stays one byte a letter, which `indexOf` scans faster).
  return lower.replace(NOT_ASCII_RUNS, (run) => run.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c]!));
}

/** Tags that separate words (`<p>a</p><p>b</p>` is two words; `<b>Bundes</b>tag` one). */
const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|td|th|tr|table|blockquote|section|article|hr|dt|dd|figcaption|pre)\b[^>]*>?/gi;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Rich text as words: block tags become spaces, inline ones nothing, a few entities are read (the card shows the sanitized HTML). */
function htmlWords(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
      const n = name.toLowerCase();
      if (n[0] !== '#') return ENTITIES[n]!;
      const code = n[1] === 'x' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    });
}

/** The text of one event the search looks through, in `lang`, not yet folded (fields apart by `SEPARATOR`). */
export function searchText(e: TimelineEvent, lang: string): string {
  let text = localize(e.title, lang);
  if (e.summary !== undefined) text += SEPARATOR + localize(e.summary, lang);
  if (e.summaryHtml !== undefined) text += SEPARATOR + htmlWords(localize(e.summaryHtml, lang));
  for (const tag of e.tags) text += SEPARATOR + tag;
  for (const actor of e.actors) text += SEPARATOR + actor;
  return text + SEPARATOR + e.group;
}

function buildChunk(events: readonly TimelineEvent[], first: number, lang: string): Chunk {
  const end = Math.min(events.length, first + CHUNK);
  const at = new Uint32Array(end - first + 1);
  const parts: string[] = [];
  let length = 0;
  for (let i = first; i < end; i++) {
    // A separator inside a field would let a query word span two; whitespace runs are one space (words stay apart).
    const text = fold(searchText(events[i]!, lang), lang);
    at[i - first] = length;
    parts.push(text, SEPARATOR);
    length += text.length + 1;
  }
  at[end - first] = length;
  return { first, text: parts.join(''), at };
}

/** Prepares `events` for `search` in `lang`, all at once (O(total text); ~1–3 s at a million events: see `buildIndexInSlices`). */
export function buildIndex(events: readonly TimelineEvent[], lang: string): SearchIndex {
  const chunks: Chunk[] = [];
  for (let first = 0; first < events.length; first += CHUNK) chunks.push(buildChunk(events, first, lang));
  return { lang, size: events.length, chunks };
}

/** Lets the page run: `scheduler.yield()` where there is one, else a task. */
const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * `buildIndex` in slices of at most about `sliceMs` each, letting the page run between them, so building a million
 * events' index never freezes it. `aborted()` is asked between slices: when true, the build stops (resolves `undefined`).
 */
export async function buildIndexInSlices(events: readonly TimelineEvent[], lang: string, aborted: () => boolean = () => false, sliceMs = 12): Promise<SearchIndex | undefined> {
  const chunks: Chunk[] = [];
  let sliceStart = performance.now();
  for (let first = 0; first < events.length; first += CHUNK) {
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      if (aborted()) return undefined;
      sliceStart = performance.now();
    }
    chunks.push(buildChunk(events, first, lang));
  }
  return { lang, size: events.length, chunks };
}

/** A query's words, folded like the index, without repeats or words another word holds ("mun munchen" → "munchen"). */
export function queryWords(query: string, lang: string): string[] {
  const words = [...new Set(fold(query.replaceAll(SEPARATOR, ' '), lang).split(/\s+/).filter(Boolean))];
  // Longest first: a longer word is usually rarer, so later words have fewer events left to look at.
  words.sort((a, b) => b.length - a.length);
  return words.filter((w, i) => !words.slice(0, i).some((longer) => longer.includes(w)));
}

/** The event (index into `at`) whose text holds position `pos`, searching from `lo`. */
function eventOf(at: Uint32Array, pos: number, lo: number): number {
  let hi = at.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The events among `candidates` (positions, ascending; `undefined`: all) whose text holds `word`. Each `indexOf`
 * starts at the next candidate's text, so the scan skips what cannot match, and stops at a chunk's last hit.
 */
function scan(index: SearchIndex, word: string, candidates: Int32Array | undefined): Int32Array {
  const out = new Int32Array(candidates ? candidates.length : index.size);
  let n = 0;
  let c = 0; // the next candidate to look at
  for (const { first, text, at } of index.chunks) {
    const last = first + at.length - 2;
    if (candidates) {
      while (c < candidates.length && candidates[c]! < first) c++;
      if (c === candidates.length) break;
      if (candidates[c]! > last) continue;
    }
    let from = candidates ? candidates[c]! - first : 0;
    for (;;) {
      const pos = text.indexOf(word, at[from]!);
      if (pos < 0) break;
      const e = eventOf(at, pos, from);
      if (!candidates) out[n++] = first + e;
      else {
        while (c < candidates.length && candidates[c]! < first + e) c++;
        if (candidates[c] === first + e) out[n++] = first + e;
      }
      if (!candidates) from = e + 1;
      else {
        while (c < candidates.length && candidates[c]! <= first + e) c++;
        if (c === candidates.length || candidates[c]! > last) break;
        from = candidates[c]! - first;
      }
      if (from > at.length - 2) break;
    }
  }
  return out.subarray(0, n);
}

/** The events (positions, ascending) holding every word (`words` from `queryWords`), among `within` if given. */
export function searchWords(index: SearchIndex, words: readonly string[], within?: Int32Array): Int32Array {
  let hits = within;
  for (const word of words) {
    hits = scan(index, word, hits);
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
