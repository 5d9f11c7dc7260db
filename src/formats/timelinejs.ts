/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) → `TimelineEventInput`.
 */
import type { DataError, EraInput, TimelineEventInput } from '../model/types.js';
import { edtfFromFields } from './dates.js';
import {
  isRecord, readRow, stringField, type Row, type TimelineJSEra, type TimelineJSOptions, type TimelineJSResult, type TimelineJSTitle,
} from './result.js';
import { autolink, hasMarkup, plainLink, stripTags, stripTagsInline } from './text.js';
import {
  DATE_KEYS, SLIDE_KEYS, TEXT_KEYS, autolinks, readBackground, readDisplayDate, readMedia, textField, warnUnknown, type Warn,
} from './timelinejs-fields.js';
import { readTimelineJSOptions } from './timelinejs-options.js';

/** Longest title made from the text when a slide has no headline. */
const TITLE_FROM_TEXT = 80;

function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A slide's headline and HTML text; with `warn`, fields of the wrong type and unknown fields are reported. */
function textOf(slide: Row, warn?: Warn): { headline: string; html: string } {
  if (warn && !isRecord(slide.text) && slide.text != null && slide.text !== '') warn('text: not an object');
  const text = isRecord(slide.text) ? slide.text : {};
  if (warn) warnUnknown(text, TEXT_KEYS, 'text.', warn);
  const read = (key: string): string => {
    const value = text[key];
    if (typeof value === 'string') return value;
    return (warn ? textField(value, `text.${key}`, warn) : stringField(value)) ?? '';
  };
  return { headline: read('headline'), html: read('text') };
}

/** Reports the fields of a slide (and of its dates) that we do not read. */
function warnUnknownFields(slide: Row, warn: Warn): void {
  warnUnknown(slide, SLIDE_KEYS, '', warn);
  for (const key of ['start_date', 'end_date']) {
    const date = slide[key];
    if (isRecord(date)) warnUnknown(date, DATE_KEYS, `${key}.`, warn);
  }
}

/**
 * One TimelineJS slide as an event, or why it cannot be one. `index` numbers the generated id (`tljs-<index>`)
 * when the slide has no `unique_id`. What the event keeps of the slide but not wholly (a background image, a media
 * title, an unknown field …) is added to `warnings`, one `{ index, id, reason, warning: true }` per field.
 */
export function slideToEvent(slide: unknown, index: number, warnings?: DataError[]): TimelineEventInput | DataError {
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

  const found: DataError[] = [];
  const warn: Warn = (reason) => found.push({ index, id, reason, warning: true });
  if (slide.unique_id != null && slide.unique_id !== '' && !stringField(slide.unique_id)) warn(`unique_id: not text, ${id} is used`);
  const linked = autolinks(slide);
  const { headline, html } = textOf(slide, warn);
  const summary = stripTags(html);
  const displayDate = readDisplayDate(slide, event.end !== undefined, warn);
  // The display date titles a slide only when it has neither headline nor text.
  event.title = stripTagsInline(headline) || (summary ? excerpt(summary, TITLE_FROM_TEXT) : '') || displayDate || (event.start as string);
  if (summary) event.summary = summary;
  const rich = linked ? autolink(html.trim()) : html.trim();
  if (rich && hasMarkup(rich)) event.summaryHtml = rich;
  if (displayDate) event.displayDate = displayDate;
  const group = textField(slide.group, 'group', warn);
  if (group) event.group = group;
  const media = readMedia(slide.media, warn, linked);
  if (media) {
    event.media = media;
    // The media's own link is the slide's "read more"; the media URL itself is shown as media, not as a link.
    const link = plainLink((Array.isArray(media) ? media[0] : media)?.link);
    if (link) event.url = link;
  }
  const accent = readBackground(slide.background, warn);
  if (accent) event.accent = accent;
  warnUnknownFields(slide, warn);
  warnings?.push(...found);
  return event;
}

export function isDataError(value: TimelineEventInput | DataError): value is DataError {
  return 'reason' in value;
}

/**
 * The title slide, with its media and background colour; what it holds that we cannot show is reported as
 * `{ index: -1, reason: 'title: …', warning: true }`. A title slide with neither text nor media gives none.
 */
export function readTitle(slide: unknown, errors: DataError[]): TimelineJSTitle | undefined {
  if (slide == null || slide === '') return undefined;
  const found: DataError[] = [];
  const warn: Warn = (reason) => found.push({ index: -1, reason: `title: ${reason}`, warning: true });
  let title: TimelineJSTitle | undefined;
  if (!isRecord(slide)) warn('not an object');
  else {
    const linked = autolinks(slide);
    const { headline, html } = textOf(slide, warn);
    title = { headline: stripTagsInline(headline), text: linked ? autolink(html.trim()) : html.trim() };
    const media = readMedia(slide.media, warn, linked);
    // A title card shows one media item.
    if (media) title.media = Array.isArray(media) ? media[0] : media;
    if (Array.isArray(media) && media.length > 1) warn('media: only the first item is shown on the title card');
    const accent = readBackground(slide.background, warn);
    if (accent) title.accent = accent;
    warnUnknownFields(slide, warn);
  }
  errors.push(...found);
  return title && (title.headline || title.text || title.media) ? title : undefined;
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

/**
 * Events from a list of slides, dropping and reporting the ones that cannot be read, and reporting what the kept
 * ones could not carry over (as warnings).
 */
export function slidesToEvents(slides: readonly unknown[]): { events: TimelineEventInput[]; errors: DataError[] } {
  const events: TimelineEventInput[] = [];
  const errors: DataError[] = [];
  slides.forEach((slide, index) => {
    const warnings: DataError[] = [];
    const result = readRow(index, () => slideToEvent(slide, index, warnings));
    // A slide that is dropped keeps none of its warnings: its error says it all.
    if (isDataError(result)) {
      errors.push(result);
    } else {
      events.push(result);
      errors.push(...warnings);
    }
  });
  return { events, errors };
}

/**
 * TimelineJS JSON with its title slide and eras. Accepts the documented object (`{title?, events, eras?}`) or a
 * bare array of slides. Never throws: unreadable slides are dropped and listed in `errors` (index into `events`;
 * `index: -1` means the whole input), with warnings (`warning: true`) for what kept slides could not carry over.
 * `options` are the TimelineJS options a page passes (`start_at_slide` …), returned as `options`.
 */
export function parseTimelineJS(json: unknown, options?: TimelineJSOptions): TimelineJSResult {
  const data = typeof json === 'string' ? tryJson(json) : json;
  const slides = Array.isArray(data) ? data : isRecord(data) ? data.events : undefined;
  if (!Array.isArray(slides)) {
    return { events: [], eras: [], errors: [{ index: -1, reason: 'TimelineJS data needs an "events" array' }] };
  }
  const { events, errors } = slidesToEvents(slides);
  const result: TimelineJSResult = { events, errors, eras: [] };
  let hasTitle = false;
  if (isRecord(data)) {
    const title = readRow(-1, () => {
      // TimelineJS counts a title slide in `start_at_slide` whatever it holds.
      hasTitle = isRecord(data.title);
      return readTitle(data.title, errors);
    });
    if (title && 'reason' in title) errors.push({ index: -1, reason: 'title: the title slide could not be read', warning: true });
    else if (title) result.title = title;
    let eras: unknown;
    try {
      eras = data.eras;
    } catch {
      errors.push({ index: -1, reason: 'era: eras could not be read' });
    }
    result.eras = readEras(eras, errors);
  }
  const read = readRow(-1, () => readTimelineJSOptions(options, events, hasTitle, errors));
  if (read && 'reason' in read) errors.push({ ...read, reason: 'TimelineJS options could not be read', warning: true });
  else if (read) result.options = read;
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
