/** Sentence boundaries through `Intl.Segmenter`, so each candidate can carry its sentence. */
import type { ExtractLang } from './types.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Text handed to the segmenter at once. Intl.Segmenter gets slower per sentence the longer its input (300 kB took
 * 1.8 s here, 16 s at 1 MB), so the text goes in chunks that end after a line break — where a sentence ends
 * anyway — or, in a line longer than a chunk, after a full stop or at a space.
 */
const CHUNK = 8000;

/** End of the chunk that starts at `at`: after the last line break in reach, else the last ". ", else a space. */
function chunkEnd(text: string, at: number): number {
  const limit = at + CHUNK;
  if (limit >= text.length) return text.length;
  for (const mark of ['\n', '. ', ' ']) {
    const i = text.lastIndexOf(mark, limit - mark.length);
    if (i > at + CHUNK / 4) return i + mark.length;
  }
  return limit;
}

/**
 * The sentences of `text`, a chunk at a time (offsets into the whole text; surrounding white space trimmed off
 * each one): a long text is never held as one list of sentences. Linear in the text's length.
 */
export function* sentenceChunks(text: string, lang: ExtractLang): Generator<Sentence[]> {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (let at = 0; at < text.length; ) {
    const end = chunkEnd(text, at);
    const sentences: Sentence[] = [];
    for (const { segment, index } of segmenter.segment(text.slice(at, end))) {
      const lead = segment.length - segment.trimStart().length;
      const trimmed = segment.trim();
      if (!trimmed) continue;
      const start = at + index + lead;
      sentences.push({ text: trimmed, start, end: start + trimmed.length });
    }
    if (sentences.length) yield sentences;
    at = end;
  }
}

/** Sentences with their offsets; surrounding white space is trimmed off each one. Linear in the text's length. */
export function splitSentences(text: string, lang: ExtractLang): Sentence[] {
  const sentences: Sentence[] = [];
  for (const chunk of sentenceChunks(text, lang)) for (const s of chunk) sentences.push(s);
  return sentences;
}

/** The sentence that holds `offset` (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
