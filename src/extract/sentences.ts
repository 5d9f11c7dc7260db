/** Sentence boundaries through `Intl.Segmenter`, so each candidate can carry its sentence. */
import type { ExtractLang } from './types.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Sentences with their offsets; surrounding white space is trimmed off each one. */
export function splitSentences(text: string, lang: ExtractLang): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    sentences.push({ text: trimmed, start: index + lead, end: index + lead + trimmed.length });
  }
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
