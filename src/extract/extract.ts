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
import { sentenceAt, splitSentences } from './sentences.js';
import type { DateCandidate, DateMatch, ExtractLang, ExtractOptions, ExtractResult, SkippedExpression } from './types.js';
import { bareYears } from './years.js';

const RULES: Record<ExtractLang, readonly Rule[]> = { de: RULES_DE, en: RULES_EN };

/** Date expressions in `text`, in text order, resolved to EDTF against the document date. */
export function extractDates(text: string, options: ExtractOptions = {}): DateCandidate[] {
  return extractDatesWithReport(text, options).candidates;
}

/** Like `extractDates`, plus the language and document date used and the expressions left out (and why). */
export function extractDatesWithReport(text: string, options: ExtractOptions = {}): ExtractResult {
  const lang = options.lang ?? detectLanguage(text);
  const documentDate = findDocumentDate(text);
  const docDate = options.docDate ?? documentDate?.edtf;
  const ref = parseReferenceDate(docDate);
  const sentences = splitSentences(text, lang);

  const anchorYear = (offset: number): number | undefined => {
    const sentence = sentenceAt(sentences, offset);
    const before = sentence ? text.slice(sentence.start, offset) : '';
    const years = before.match(/(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)/g);
    return years ? Number(years[years.length - 1]) : undefined;
  };

  const fromChrono = chronoDates(text, lang, ref);
  const fromRules = runRules(text, RULES[lang], { lang, ref, anchorYear });
  const all = [...fromChrono.matches, ...fromRules.matches, ...bareYears(text, lang)]
    // The dateline is the document date, not an event in it.
    .filter((m) => !documentDate || m.end <= documentDate.offsets[0] || m.start >= datelineEnd(text, documentDate.offsets[1]));

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
  const overlap = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
  const length = (s: SkippedExpression) => s.offsets[1] - s.offsets[0];
  const skipped = [...fromChrono.skipped, ...fromRules.skipped]
    .filter((s) => !candidates.some((c) => overlap(c.offsets, s.offsets)))
    .sort((a, b) => length(b) - length(a))
    .filter((s, i, all) => !all.slice(0, i).some((t) => overlap(t.offsets, s.offsets)))
    .sort((a, b) => a.offsets[0] - b.offsets[0]);
  return { candidates, lang, docDate, documentDate, skipped };
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
