/** Types shared by the date extractor. Pure TS, no DOM, no Node. */
import type { Precision } from '../model/types.js';

export type ExtractLang = 'de' | 'en';

/** A date expression found in a text, resolved to an EDTF value. */
export interface DateCandidate {
  /** EDTF value: `'2012'`, `'2018-04'`, `'2025-03-26'`, `'2025-23'`, `'2025-03~'`, `'2025/2027'`. */
  edtf: string;
  /** Precision of the value (of the start for intervals). */
  precision: Precision;
  /** `~`: the words give only an estimate ("Mitte März", a weekday when the doc date is known to the month). */
  approximate: boolean;
  /** The value depends on the document date or on a year named earlier in the sentence. */
  relative: boolean;
  /** The matched words, exactly as in the text. */
  expression: string;
  /** `[start, end)` of the expression, JS string indices. */
  offsets: [number, number];
  /** The sentence that holds the expression. */
  sentence: string;
  sentenceOffsets: [number, number];
  doc?: string;
}

export interface ExtractOptions {
  /** Publication date (EDTF/ISO: `'2025'`, `'2025-03'`, `'2025-09-24'`); found in the text when absent. */
  docDate?: string;
  /** Document identifier copied into each candidate. */
  doc?: string;
  /** Language of the text; detected from common words when absent. */
  lang?: ExtractLang;
}

/** The publication date as found near the top of a text. */
export interface DocumentDate {
  edtf: string;
  precision: 'year' | 'month' | 'day';
  /** The date words (without a label such as `date` or `Veröffentlicht am`). */
  expression: string;
  offsets: [number, number];
}

/** A reference date, as far as it is known. */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
}

/** A rule's raw hit before sentence lookup and de-duplication. */
export interface DateMatch {
  start: number;
  end: number;
  edtf: string;
  precision: Precision;
  approximate: boolean;
  relative: boolean;
  /** Own rules win over chrono on spans of equal length. */
  source: 'rule' | 'chrono';
}

/** Why a date expression was seen but not reported. */
export interface SkippedExpression {
  expression: string;
  offsets: [number, number];
  reason: string;
}

export interface ExtractResult {
  candidates: DateCandidate[];
  lang: ExtractLang;
  /** The reference date used for relative expressions (from options or the text). */
  docDate?: string;
  /** The publication date found in the text, if any (never reported as a candidate). */
  documentDate?: DocumentDate;
  skipped: SkippedExpression[];
}
