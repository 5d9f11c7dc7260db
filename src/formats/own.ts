/**
 * Our own event format, recognised without the format adapters (which load on demand): a list of rows with `start`
 * and `title`, or `{ events: [...] }` of them. The rows are passed on as they are; `normalizeEvents` reads them.
 */
import type { DataError, TimelineEventInput } from '../model/types.js';

const SAMPLE = 5;

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A row of ours (not a TimelineJS slide, not a vis item). */
function ours(value: unknown): boolean {
  try {
    return isRow(value) && 'start' in value && 'title' in value && !('start_date' in value) && !('content' in value);
  } catch {
    return false;
  }
}

/**
 * The rows of `data` when it is in our format — or, with `sure` (`format="events"` said so), whatever list it
 * holds; `undefined` when another format's reader is needed.
 */
export function readOwnEvents(data: unknown, sure = false): { events: TimelineEventInput[]; errors: DataError[] } | undefined {
  try {
    const list = Array.isArray(data) ? data : isRow(data) && Array.isArray(data.events) && !isRow(data.title) && !('eras' in data) ? data.events : undefined;
    if (!list) return sure ? { events: [], errors: [{ index: -1, reason: 'events must be an array' }] } : undefined;
    const sample = list.slice(0, SAMPLE).filter(isRow);
    if (!sure && (!sample.length || !sample.some(ours) || sample.some((row) => 'start_date' in row || 'content' in row))) return undefined;
    const events: TimelineEventInput[] = [];
    const errors: DataError[] = [];
    list.forEach((row: unknown, index) => {
      if (isRow(row)) events.push(row as unknown as TimelineEventInput);
      else errors.push({ index, reason: 'event is not an object' });
    });
    return { events, errors };
  } catch {
    return sure ? { events: [], errors: [{ index: -1, reason: 'the data could not be read' }] } : undefined;
  }
}
