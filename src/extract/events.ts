/** Draft timeline events from date candidates, for a person to review before they ship. */
import type { TimelineEventInput } from '../model/types.js';
import type { DateCandidate } from './types.js';

export interface CandidateEventOptions {
  /** Document identifier: ids become `<doc>-1`, `<doc>-2`, … */
  doc: string;
  publisher?: string;
  /** Publication date of the document (EDTF/ISO). */
  published?: string;
  /** Number of the first event (default 1): a long text's candidates come in parts, numbered on. */
  first?: number;
}

/** Longest title kept from the sentence, in characters (an ellipsis marks the cut). */
export const DRAFT_TITLE_LENGTH = 120;

/** Tag that marks an event as machine-drafted and not yet reviewed. */
export const DRAFT_TAG = 'draft';

/** One draft event per candidate: the sentence as title, the date words as summary, `tags: ['draft']`. */
export function toCandidateEvents(candidates: readonly DateCandidate[], options: CandidateEventOptions): TimelineEventInput[] {
  return candidates.map((candidate, i) => {
    const [start, end] = candidate.edtf.split('/');
    return {
      id: `${options.doc}-${i + (options.first ?? 1)}`,
      start,
      ...(end !== undefined ? { end } : {}),
      title: trimTitle(candidate.sentence),
      summary: `„${candidate.expression}“ → ${candidate.edtf}`,
      tags: [DRAFT_TAG],
      source: {
        doc: options.doc,
        ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
        ...(options.published !== undefined ? { published: options.published } : {}),
        offsets: candidate.sentenceOffsets,
      },
    };
  });
}

/** The sentence on one line, cut at a word boundary to at most `DRAFT_TITLE_LENGTH` characters. */
export function trimTitle(sentence: string, max = DRAFT_TITLE_LENGTH): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}
