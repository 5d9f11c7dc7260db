/**
 * The search index, built once per events and language (used by `search.ts`, with it loaded on the first query).
 * Pure: no DOM. Each event's searchable text (title, summary, tags, actors, group, in the timeline's language) is
 * folded — lower case in the language, without diacritics, ß as ss — and split into words; the index holds the
 * distinct words and which events have them.
 */
import { localize } from './localize.js';
import type { TimelineEvent } from './types.js';

/**
 * A prepared index of `size` events in `lang` (matches are by position in the events given to `buildIndex`): the
 * distinct folded words of all events (the vocabulary), each event's words and each word's events. A query word is
 * looked for in the vocabulary only (a few MB, not the whole text); its events come through the words that hold it —
 * their event lists when few events have them, else each event's words, walked until one holds it.
 */
export interface SearchIndex {
  readonly lang: string;
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

/** Between events' texts and between an event's fields: a query word never holds it, so no hit spans two. */
const SEPARATOR = '\u0001';
const NOT_ASCII = /[^\0-\x7f]/;
const NOT_ASCII_RUNS = /[^\0-\x7f]+/g;
const MARKS = /\p{M}+/gu;
/** Letters NFD does not take apart, written as a reader would type them on a plain keyboard. */
const LETTERS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const SPECIAL = /[ßłøđæœıþð]/g;
/** Languages whose lower case differs from the default one (Turkish and Azeri dotless i, Lithuanian dotted i). */
const LOCALE_CASE = /^(tr|az|lt)\b/i;
/** Runs of letters other than ASCII, folded (they repeat: "ü", "é", "ß" …); cleared when it grows past `RUNS_MAX`. */
const runs = new Map<string, string>();
const RUNS_MAX = 20000;

function foldRun(run: string): string {
  let folded = runs.get(run);
  if (folded === undefined) {
    folded = run.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => LETTERS[c]!);
    if (runs.size >= RUNS_MAX) runs.clear();
    runs.set(run, folded);
  }
  return folded;
}

/** `text` as the index and queries hold it: lower case in `lang`, without diacritics, ß as ss. */
export function fold(text: string, lang: string): string {
  let lower = text.toLowerCase();
  if (LOCALE_CASE.test(lang)) {
    try {
      lower = text.toLocaleLowerCase(lang);
    } catch {
      // not a language tag Intl knows: the default lower case
    }
  }
  // Only the runs of other letters the slow way (and each distinct run once).
  return NOT_ASCII.test(lower) ? lower.replace(NOT_ASCII_RUNS, foldRun) : lower;
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

/** Whether a UTF-16 unit is a space between words (the ones `\s` knows, and `SEPARATOR`). */
const isSpace = (c: number): boolean =>
  c <= 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** A growable list of 32-bit integers. */
class Ints {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data, this.length * 2);
    this.data[this.length++] = value;
  }
}

function grow(a: Int32Array, size: number, fill = 0): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  if (fill) next.fill(fill);
  next.set(a);
  return next;
}

/**
 * Builds an index event by event. Words are found in each event's folded text by their characters and looked up in
 * a hash table of their own (no substring, no Map, per word: a million events hold some 30 M words).
 */
class Builder {
  private words: string[] = [];
  private hashes = new Int32Array(1024);
  private table = new Int32Array(4096).fill(-1);
  private lastEvent = new Int32Array(1024).fill(-1);
  private counts = new Int32Array(1024);
  private eventWords = new Ints();
  private readonly eventAt: Int32Array;

  constructor(
    private readonly events: readonly TimelineEvent[],
    private readonly lang: string,
  ) {
    this.eventAt = new Int32Array(events.length + 1);
  }

  add(i: number): void {
    const text = fold(searchText(this.events[i]!, this.lang), this.lang);
    this.eventAt[i] = this.eventWords.length;
    let start = -1;
    let hash = 0;
    for (let p = 0; p <= text.length; p++) {
      const c = p < text.length ? text.charCodeAt(p) : 32;
      if (isSpace(c)) {
        if (start >= 0) this.word(text, start, p, hash, i);
        start = -1;
        hash = 0;
      } else {
        if (start < 0) start = p;
        hash = Math.imul(hash ^ c, 16777619);
      }
    }
  }

  private word(text: string, start: number, end: number, hash: number, event: number): void {
    const { table, hashes, words } = this;
    const mask = table.length - 1;
    let slot = hash & mask;
    let id = table[slot]!;
    for (; id >= 0; slot = (slot + 1) & mask, id = table[slot]!) {
      if (hashes[id] !== hash || words[id]!.length !== end - start) continue;
      const w = words[id]!;
      let k = 0;
      while (k < w.length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === w.length) break;
    }
    if (id < 0) {
      id = words.push(text.slice(start, end)) - 1;
      if (id === this.hashes.length) {
        this.hashes = grow(this.hashes, id * 2);
        this.lastEvent = grow(this.lastEvent, id * 2, -1);
        this.counts = grow(this.counts, id * 2);
      }
      this.hashes[id] = hash;
      table[slot] = id;
      if (words.length * 2 > table.length) this.rehash();
    }
    if (this.lastEvent[id] === event) return;
    this.lastEvent[id] = event;
    this.counts[id]!++;
    this.eventWords.push(id);
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }

  /** The index, from the words added; yields every few thousand events (a million events hold some 30 M words). */
  *finish(): Generator<void, SearchIndex> {
    const { words, counts, eventAt } = this;
    const size = this.events.length;
    const ids = this.eventWords.data.slice(0, this.eventWords.length);
    eventAt[size] = ids.length;
    const postingAt = new Int32Array(words.length + 1);
    for (let w = 0; w < words.length; w++) postingAt[w + 1] = postingAt[w]! + counts[w]!;
    const postings = new Int32Array(ids.length);
    const next = postingAt.slice(0, words.length);
    for (let i = 0; i < size; i++) {
      for (let j = eventAt[i]!; j < eventAt[i + 1]!; j++) postings[next[ids[j]!]!++] = i;
      if ((i & 8191) === 8191) yield;
    }
    const wordAt = new Int32Array(words.length + 1);
    for (let w = 0; w < words.length; w++) wordAt[w + 1] = wordAt[w]! + words[w]!.length + 1;
    return { lang: this.lang, size, vocabulary: words.join(SEPARATOR), wordAt, eventWords: ids, eventAt, postings, postingAt };
  }
}

/** Prepares `events` for `search` in `lang`, all at once (O(total text): see `buildIndexInSlices` for a page). */
export function buildIndex(events: readonly TimelineEvent[], lang: string): SearchIndex {
  const builder = new Builder(events, lang);
  for (let i = 0; i < events.length; i++) builder.add(i);
  const finish = builder.finish();
  for (;;) {
    const step = finish.next();
    if (step.done) return step.value;
  }
}

/** Lets the page run: `scheduler.yield()` where there is one, else a task. */
const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * `buildIndex` in slices of about `sliceMs` each, letting the page run between them, so building a million events'
 * index never freezes it. `aborted()` is asked between slices: when true, the build stops (resolves `undefined`).
 */
export async function buildIndexInSlices(events: readonly TimelineEvent[], lang: string, aborted: () => boolean = () => false, sliceMs = 10): Promise<SearchIndex | undefined> {
  const builder = new Builder(events, lang);
  let sliceStart = performance.now();
  const due = async () => {
    if (performance.now() - sliceStart < sliceMs) return false;
    await pause();
    sliceStart = performance.now();
    return aborted();
  };
  for (let i = 0; i < events.length; i++) {
    // The clock is read every 256 events (an event costs a few µs).
    if ((i & 255) === 0 && (await due())) return undefined;
    builder.add(i);
  }
  const finish = builder.finish();
  for (;;) {
    const step = finish.next();
    if (step.done) return step.value;
    if (await due()) return undefined;
  }
}
