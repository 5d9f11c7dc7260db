/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) → `TimelineEventInput`.
 */
import type { DataError, EraInput, TimelineEventInput } from '../model/types.js';
import { edtfFromFields } from './dates.js';
import { isRecord, readRow, stringField, type Row, type TimelineJSEra, type TimelineJSResult, type TimelineJSTitle } from './result.js';
import { hasMarkup, plainLink, stripTags, stripTagsInline } from './text.js';

/** Longest title made from the text when a slide has no headline. */
const TITLE_FROM_TEXT = 80;

function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function textOf(slide: Row): { headline: string; html: string } {
  const text = isRecord(slide.text) ? slide.text : {};
  return {
    headline: typeof text.headline === 'string' ? text.headline : '',
    html: typeof text.text === 'string' ? text.text : '',
  };
}

/**
 * One TimelineJS slide as an event, or why it cannot be one. `index` numbers the generated id (`tljs-<index>`)
 * when the slide has no `unique_id`.
 */
export function slideToEvent(slide: unknown, index: number): TimelineEventInput | DataError {
  if (!isRecord(slide)) return { index, reason: 'event is not an object' };
  const id = stringField(slide.unique_id) ?? `tljs-${index}`;
  const start = edtfFromFields(slide.start_date);
  if (!start.ok) return { index, id, reason: `start_date: ${start.reason}` };
  const event: TimelineEventInput = { id, start: start.value, title: '' };
  // TimelineJS's sheet importer writes an empty end date as `{year: ''}`: that means "no end".
  const endYear = isRecord(slide.end_date) ? slide.end_date.year : undefined;
  if (isRecord(slide.end_date) && !(endYear === '' || endYear == null)) {
    const end = edtfFromFields(slide.end_date);
    if (!end.ok) return { index, id, reason: `end_date: ${end.reason}` };
    event.end = end.value;
  } else if (slide.end_date != null && !isRecord(slide.end_date)) {
    return { index, id, reason: 'end_date: date is not an object' };
  }

  const { headline, html } = textOf(slide);
  const summary = stripTags(html);
  event.title =
    stripTagsInline(headline) ||
    stringField(slide.display_date) ||
    (isRecord(slide.start_date) ? stringField(slide.start_date.display_date) : undefined) ||
    (summary ? excerpt(summary, TITLE_FROM_TEXT) : event.start as string);
  if (summary) event.summary = summary;
  if (html.trim() && hasMarkup(html)) event.summaryHtml = html.trim();
  const group = stringField(slide.group);
  if (group) event.group = group;
  if (isRecord(slide.media)) {
    const url = plainLink(slide.media.link) ?? plainLink(slide.media.url);
    if (url) event.url = url;
  }
  return event;
}

export function isDataError(value: TimelineEventInput | DataError): value is DataError {
  return 'reason' in value;
}

function readTitle(slide: unknown): TimelineJSTitle | undefined {
  if (!isRecord(slide)) return undefined;
  const { headline, html } = textOf(slide);
  const title = { headline: stripTagsInline(headline), text: html.trim() };
  return title.headline || title.text ? title : undefined;
}

/**
 * Reads eras; their errors carry the era's index and a reason starting with `era:`. An era without a headline is
 * kept, untitled.
 */
function readEras(eras: unknown, errors: DataError[]): TimelineJSEra[] {
  if (eras == null) return [];
  if (!Array.isArray(eras)) {
    errors.push({ index: -1, reason: 'era: eras is not an array' });
    return [];
  }
  const out: TimelineJSEra[] = [];
  eras.forEach((era: unknown, index) => {
    const result = readRow(index, (): TimelineJSEra | DataError => {
      if (!isRecord(era)) return { index, reason: 'era: not an object' };
      const start = edtfFromFields(era.start_date);
      const end = edtfFromFields(era.end_date);
      if (!start.ok) return { index, reason: `era: start_date: ${start.reason}` };
      if (!end.ok) return { index, reason: `era: end_date: ${end.reason}` };
      return { start: start.value, end: end.value, headline: stripTagsInline(textOf(era).headline) };
    });
    if ('reason' in result) errors.push(result.reason.startsWith('era:') ? result : { index, reason: `era: ${result.reason}` });
    else out.push(result);
  });
  return out;
}

/**
 * TimelineJS eras as the element's eras: `{ id: 'era-<n>', start, end, title }`, `n` counting the eras read
 * (from 0).
 */
export function eraInputs(eras: readonly TimelineJSEra[]): EraInput[] {
  return eras.map(({ start, end, headline }, n) => ({ id: `era-${n}`, start, end, title: headline }));
}

/** Events from a list of slides, dropping and reporting the ones that cannot be read. */
export function slidesToEvents(slides: readonly unknown[]): { events: TimelineEventInput[]; errors: DataError[] } {
  const events: TimelineEventInput[] = [];
  const errors: DataError[] = [];
  slides.forEach((slide, index) => {
    const result = readRow(index, () => slideToEvent(slide, index));
    if (isDataError(result)) errors.push(result);
    else events.push(result);
  });
  return { events, errors };
}

/**
 * TimelineJS JSON with its title slide and eras. Accepts the documented object (`{title?, events, eras?}`) or a
 * bare array of slides. Never throws: unreadable slides are dropped and listed in `errors` (index into `events`;
 * `index: -1` means the whole input).
 */
export function parseTimelineJS(json: unknown): TimelineJSResult {
  const data = typeof json === 'string' ? tryJson(json) : json;
  const slides = Array.isArray(data) ? data : isRecord(data) ? data.events : undefined;
  if (!Array.isArray(slides)) {
    return { events: [], eras: [], errors: [{ index: -1, reason: 'TimelineJS data needs an "events" array' }] };
  }
  const { events, errors } = slidesToEvents(slides);
  const result: TimelineJSResult = { events, errors, eras: [] };
  if (isRecord(data)) {
    const title = readRow(-1, () => readTitle(data.title));
    if (title && !('reason' in title)) result.title = title;
    let eras: unknown;
    try {
      eras = data.eras;
    } catch {
      errors.push({ index: -1, reason: 'era: eras could not be read' });
    }
    result.eras = readEras(eras, errors);
  }
  return result;
}

/** The events of TimelineJS JSON (see {@link parseTimelineJS} for the title slide, eras and errors). */
export function fromTimelineJS(json: unknown): TimelineEventInput[] {
  return parseTimelineJS(json).events;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
