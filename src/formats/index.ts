/**
 * Adapters from other timeline tools' data to `TimelineEventInput[]`, with the eras, groups, title card and start
 * options that came with them. Pure TypeScript; none of them throws on bad input: rows that cannot be read are
 * dropped and reported as `{ index, id?, reason }`, and what a kept row could not carry over as
 * `{ index, id?, reason, warning: true }`.
 */
import type { DataError, EraInput, TimelineEventInput } from '../model/types.js';
import { parseCSV } from './csv.js';
import { detectFormat, parseJsonText, type FormatName } from './detect.js';
import { isRecord, listOf, type ConversionResult, type TimelineJSOptions, type TimelineJSTitle, type TitleCard } from './result.js';
import { eraInputs, parseTimelineJS } from './timelinejs.js';
import { parseVisItems } from './vis.js';

export { fromCSV, parseCSV, csvLayout, type CsvLayout, type CsvResult } from './csv.js';
export { detectFormat, FORMATS, type FormatName } from './detect.js';
export { eraInputs, fromTimelineJS, parseTimelineJS } from './timelinejs.js';
export { fromVisItems, parseVisItems, type VisResult } from './vis.js';
export { edtfFromFields, edtfYear, dateInputToString, type DateFields, type DateResult } from './dates.js';
export { stripTags, safeUrl, hasMarkup, escapeHtml } from './text.js';
export type {
  ConversionResult, StoryOptions, TimelineJSEra, TimelineJSOptions, TimelineJSResult, TimelineJSTitle, TitleCard,
} from './result.js';

/**
 * What {@link convert} returns: the events, the dropped rows, and what came with them: `eras` from TimelineJS
 * (JSON or sheet) and vis-timeline background items, `groups` from vis-timeline groups, the `title` card and
 * start `options` from TimelineJS.
 */
export interface ConvertResult extends ConversionResult {
  /** The format read (`undefined` when it could not be told). */
  format: FormatName | undefined;
  /**
   * Eras, ready for the element: TimelineJS eras as `{ id: 'era-<n>', start, end, title }` (the headline as plain
   * text), vis-timeline background items as `{ id, start, end, title, color?, group? }`.
   */
  eras?: EraInput[];
}

/**
 * With TimelineJS data (JSON or sheet CSV), every option but `groups` is read as a TimelineJS option
 * (`start_at_slide`, `start_at_end`, `hash_bookmark`, `initial_zoom`, `language`) into the result's `options`;
 * the others are reported as warnings.
 */
export interface ConvertOptions extends TimelineJSOptions {
  /** vis-timeline groups, when they are not part of `data` (`{ items, groups }`). */
  groups?: unknown;
}

/** The TimelineJS options among `options` (all but `groups`), or none. */
function timelineJSOptions(options: ConvertOptions): TimelineJSOptions | undefined {
  const out: TimelineJSOptions = {};
  for (const key of Object.keys(options)) if (key !== 'groups') out[key] = options[key];
  return Object.keys(out).length ? out : undefined;
}

/** A TimelineJS title slide as the element's title card. */
function titleCard(title: TimelineJSTitle): TitleCard {
  const card: TitleCard = { heading: title.headline };
  if (title.text) card.text = title.text;
  if (title.media) card.media = title.media;
  if (title.accent) card.accent = title.accent;
  return card;
}

/** Our own events: passed through as they are (the element's normaliser validates them); non-objects dropped. */
function passEvents(data: unknown): ConversionResult {
  const list = isRecord(data) && !listOf(data) ? data.events : listOf(data);
  if (!Array.isArray(list)) return { events: [], errors: [{ index: -1, reason: 'events must be an array' }] };
  const events: TimelineEventInput[] = [];
  const errors: DataError[] = [];
  list.forEach((row: unknown, index) => {
    // Passed on as it is: normalizeEvents reads each field once, defensively.
    if (isRecord(row)) events.push(row as unknown as TimelineEventInput);
    else errors.push({ index, reason: 'event is not an object' });
  });
  return { events, errors };
}

/**
 * Reads `data` in `format`, or in the format {@link detectFormat} finds. `data` may be parsed JSON, JSON text,
 * or CSV text. Errors index into the input's rows; `index: -1` is about the input as a whole.
 */
export function convert(data: unknown, format?: FormatName, options: ConvertOptions = {}): ConvertResult {
  try {
    return convertOrThrow(data, format, options);
  } catch {
    // Rows are read one by one, each in its own guard; this is for the input as a whole (a revoked Proxy, an
    // `events` getter that throws).
    return { format, events: [], errors: [{ index: -1, reason: 'the data could not be read' }] };
  }
}

function convertOrThrow(data: unknown, format: FormatName | undefined, options: ConvertOptions): ConvertResult {
  const chosen = format ?? detectFormat(data);
  const isText = typeof data === 'string';
  const json = isText && chosen !== 'csv' && chosen !== 'timelinejs-csv' ? parseJsonText(data) : data;
  switch (chosen) {
    case 'events':
      return { format: chosen, ...passEvents(json) };
    case 'timelinejs': {
      const { eras, title, ...result } = parseTimelineJS(json, timelineJSOptions(options));
      return { format: chosen, ...result, eras: eraInputs(eras), ...(title && { title: titleCard(title) }) };
    }
    case 'vis':
      return { format: chosen, ...parseVisItems(json, options?.groups) };
    case 'csv':
    case 'timelinejs-csv': {
      if (!isText) return { format: chosen, events: [], errors: [{ index: -1, reason: 'CSV input must be text' }] };
      const { layout, eras, title, ...result } = parseCSV(data, timelineJSOptions(options));
      if (layout && layout !== chosen) {
        return { format: chosen, events: [], errors: [{ index: -1, reason: `CSV header is the ${layout} layout, not ${chosen}` }] };
      }
      return { format: chosen, ...result, ...(eras && { eras: eraInputs(eras) }), ...(title && { title: titleCard(title) }) };
    }
    default:
      return { format: undefined, events: [], errors: [{ index: -1, reason: 'unrecognised data format' }] };
  }
}
