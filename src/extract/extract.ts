/** `extractDates`: chrono first, own rules for what it misses, then one candidate per span with its sentence. */
import { PRECISIONS } from '../model/types.js';
import { chronoDates } from './chrono-dates.js';
import { findDocumentDate } from './document-date.js';
import { detectLanguage } from './language.js';
import { parseReferenceDate } from './reference.js';
import type { Rule } from './rules.js';
import { runRules } from './rules.js';
import { RULES_DE } from './rules-de.js';
import { RULES_EN } from './rules-en.js';
import { sentenceAt, sentenceChunks, type Sentence } from './sentences.js';
import type { DateCandidate, DateMatch, ExtractLang, ExtractOptions, ExtractResult, SkippedExpression } from './types.js';
import { bareYears } from './years.js';

const RULES: Record<ExtractLang, readonly Rule[]> = { de: RULES_DE, en: RULES_EN };

/**
 * Longest stretch of text read at once (characters): a few paragraphs. Windows end at a paragraph break or between
 * sentences, so no expression is cut; the work per window is bounded, so a book costs what its pages cost.
 */
export const WINDOW = 4000;
/** How far back in its sentence a relative year looks for the year it counts from ("2019 … im Vorjahr"). */
const ANCHOR_REACH = 400;
/** The language is guessed from this much of the start. */
const LANGUAGE_SAMPLE = 100_000;

/** Date expressions in `text`, in text order, resolved to EDTF against the document date. */
export function extractDates(text: string, options: ExtractOptions = {}): DateCandidate[] {
  return extractDatesWithReport(text, options).candidates;
}

/** Like `extractDates`, plus the language and document date used and the expressions left out (and why). */
export function extractDatesWithReport(text: string, options: ExtractOptions = {}): ExtractResult {
  const scan = scanDates(text, options);
  const candidates: DateCandidate[] = [];
  const skipped: SkippedExpression[] = [];
  for (const part of scan.windows()) {
    candidates.push(...part.candidates);
    skipped.push(...part.skipped);
  }
  return { candidates, lang: scan.lang, docDate: scan.docDate, documentDate: scan.documentDate, skipped };
}

/** What one window of the text gave, and how far into the text it reaches. */
export interface WindowResult {
  candidates: DateCandidate[];
  skipped: SkippedExpression[];
  /** End of the window (a string index): the part of the text done. */
  end: number;
}

/** A text prepared for extraction: its language and document date, and its windows, read one by one. */
export interface DateScan extends Omit<ExtractResult, 'candidates' | 'skipped'> {
  windows(): Generator<WindowResult>;
}

/**
 * Extraction in windows, for long texts: the candidates come window by window (a CLI can write them and show
 * progress as it goes), in time linear in the length of the text. `extractDatesWithReport` is this, collected.
 */
export function scanDates(text: string, options: ExtractOptions = {}): DateScan {
  const lang = options.lang ?? detectLanguage(text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text);
  const documentDate = findDocumentDate(text);
  const docDate = options.docDate ?? documentDate?.edtf;
  const ref = parseReferenceDate(docDate);

  return {
    lang,
    docDate,
    documentDate,
    *windows() {
      for (const sentences of sentenceChunks(text, lang)) yield* windowsIn(sentences);
    },
  };

  /** The windows over one chunk of sentences (windows never cross a chunk's end: a line break). */
  function* windowsIn(sentences: readonly Sentence[]): Generator<WindowResult> {
    const anchorYear = (offset: number): number | undefined => {
      const sentence = sentenceAt(sentences, offset);
      const before = sentence ? text.slice(Math.max(sentence.start, offset - ANCHOR_REACH), offset) : '';
      const years = before.match(/(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)/g);
      return years ? Number(years[years.length - 1]) : undefined;
    };
    const datelineStop = documentDate ? datelineEnd(text, documentDate.offsets[1]) : 0;
    for (const [from, to] of windowsOf(text, sentences)) {
      const part = text.slice(from, to);
      const shift = (m: DateMatch): DateMatch => ({ ...m, start: m.start + from, end: m.end + from });
      const fromChrono = chronoDates(part, lang, ref);
      const fromRules = runRules(part, RULES[lang], { lang, ref, anchorYear: (offset) => anchorYear(offset + from) });
      const all = [...fromChrono.matches, ...fromRules.matches, ...bareYears(part, lang)]
        .map(shift)
        // The dateline is the document date, not an event in it.
        .filter((m) => !documentDate || m.end <= documentDate.offsets[0] || m.start >= datelineStop);
      const candidates = dedupe(all).map((m): DateCandidate => {
        const sentence = sentenceAt(sentences, m.start) ?? { text: text.slice(m.start, m.end), start: m.start, end: m.end };
        return {
          edtf: m.edtf,
          precision: m.precision,
          approximate: m.approximate,
          relative: m.relative,
          expression: text.slice(m.start, m.end),
          offsets: [m.start, m.end],
          sentence: sentence.text,
          sentenceOffsets: [sentence.start, sentence.end],
          ...(options.doc !== undefined ? { doc: options.doc } : {}),
        };
      });
      const shiftSkipped = (s: SkippedExpression): SkippedExpression => ({ ...s, offsets: [s.offsets[0] + from, s.offsets[1] + from] });
      const overlap = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
      const length = (s: SkippedExpression) => s.offsets[1] - s.offsets[0];
      const skipped = [...fromChrono.skipped, ...fromRules.skipped]
        .map(shiftSkipped)
        .filter((s) => !candidates.some((c) => overlap(c.offsets, s.offsets)))
        .sort((a, b) => length(b) - length(a))
        .filter((s, i, all) => !all.slice(0, i).some((t) => overlap(t.offsets, s.offsets)))
        .sort((a, b) => a.offsets[0] - b.offsets[0]);
      yield { candidates, skipped, end: to };
    }
  }
}

/**
 * `[start, end)` windows over the text, each at most `WINDOW` long: sentences are gathered until a paragraph break
 * (a blank line) or the size limit; a sentence longer than a window is cut at the last white space before it.
 */
export function windowsOf(text: string, sentences: readonly Sentence[]): [number, number][] {
  const windows: [number, number][] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0) windows.push([start, end]);
    start = end = -1;
  };
  for (const s of sentences) {
    const paragraph = start >= 0 && /\n[^\S\n]*\n/.test(text.slice(end, s.start));
    if (start >= 0 && (paragraph || s.end - start > WINDOW)) close();
    if (s.end - s.start > WINDOW) {
      // One endless "sentence" (a list, a table dumped as text): windows cut at white space.
      for (let at = s.start; at < s.end; ) {
        let cut = Math.min(s.end, at + WINDOW);
        if (cut < s.end) {
          const space = text.lastIndexOf(' ', cut);
          if (space > at + WINDOW / 2) cut = space;
        }
        windows.push([at, cut]);
        at = cut;
      }
      continue;
    }
    if (start < 0) start = s.start;
    end = s.end;
  }
  close();
  return windows;
}

/** Where the dateline ends, with a time after the date ("24.09.2025\n12:39 Uhr") counted in. */
function datelineEnd(text: string, offset: number): number {
  const time = /^[\s,|]*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h)(?![\p{L}]))?/u.exec(text.slice(offset));
  return offset + (time ? time[0].length : 0);
}

const rank = (m: DateMatch) => PRECISIONS.indexOf(m.precision);

/** One match per span: longer first, then more precise, then own rules over chrono; in text order. */
function dedupe(matches: readonly DateMatch[]): DateMatch[] {
  const ordered = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      rank(b) - rank(a) ||
      (a.source === b.source ? 0 : a.source === 'rule' ? -1 : 1) ||
      a.start - b.start,
  );
  const kept: DateMatch[] = [];
  for (const m of ordered) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
