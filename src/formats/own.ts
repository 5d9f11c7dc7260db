/**
 * Our own event format, recognised without the format adapters (which load on demand): a list of rows with `start`
 * and `title`, or `{ events: [...], eras?, markers?, groups? }`. The rows and lists are passed on as they are;
 * `normalizeEvents` (and the context layers' readers) validate them.
 */
import type { DataError, EraInput, GroupInput, MarkerInput, TimelineEventInput } from '../model/types.js';

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

/** `data[key]` when it is an array; a field that cannot be read (a getter that throws) costs only itself. */
function listField(data: Record<string, unknown>, key: string): unknown[] | undefined {
  try {
    const value = data[key];
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What {@link readOwnEvents} reads: the events, the rows it dropped, and the context layers given beside them. */
export interface OwnEventsResult {
  events: TimelineEventInput[];
  errors: DataError[];
  /** `eras` of `{ events, eras }`, as given (when it is an array). */
  eras?: EraInput[];
  /** `markers` of `{ events, markers }`, as given (when it is an array). */
  markers?: MarkerInput[];
  /** `groups` of `{ events, groups }`, as given (when it is an array). */
  groups?: GroupInput[];
}

/**
 * The rows of `data` when it is in our format — or, with `sure` (`format="events"` said so), whatever list it
 * holds; `undefined` when another format's reader is needed. An object with a TimelineJS title slide is
 * TimelineJS's; one with `eras` is ours only when its sampled events are (TimelineJS data has `eras` too).
 */
export function readOwnEvents(data: unknown, sure = false): OwnEventsResult | undefined {
  try {
    const list = Array.isArray(data) ? data : isRow(data) && Array.isArray(data.events) && !isRow(data.title) ? data.events : undefined;
    if (!list) return sure ? { events: [], errors: [{ index: -1, reason: 'events must be an array' }] } : undefined;
    const sample = list.slice(0, SAMPLE).filter(isRow);
    if (!sure && (!sample.length || !sample.some(ours) || sample.some((row) => 'start_date' in row || 'content' in row))) return undefined;
    const events: TimelineEventInput[] = [];
    const errors: DataError[] = [];
    list.forEach((row: unknown, index) => {
      if (isRow(row)) events.push(row as unknown as TimelineEventInput);
      else errors.push({ index, reason: 'event is not an object' });
    });
    const result: OwnEventsResult = { events, errors };
    if (isRow(data)) {
      const eras = listField(data, 'eras');
      const markers = listField(data, 'markers');
      const groups = listField(data, 'groups');
      if (eras) result.eras = eras as EraInput[];
      if (markers) result.markers = markers as MarkerInput[];
      if (groups) result.groups = groups as GroupInput[];
    }
    return result;
  } catch {
    return sure ? { events: [], errors: [{ index: -1, reason: 'the data could not be read' }] } : undefined;
  }
}
