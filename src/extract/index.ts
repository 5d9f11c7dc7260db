/** Date extraction from German and English news text: candidates for a first draft of a timeline dataset. */
export { extractDates, extractDatesWithReport } from './extract.js';
export { findDocumentDate } from './document-date.js';
export { detectLanguage } from './language.js';
export { toCandidateEvents, trimTitle, DRAFT_TAG, DRAFT_TITLE_LENGTH } from './events.js';
export type { CandidateEventOptions } from './events.js';
export type {
  DateCandidate, DocumentDate, ExtractLang, ExtractOptions, ExtractResult, SkippedExpression,
} from './types.js';
