/**
 * CSV → `TimelineEventInput`, in two layouts told apart by their header:
 * - ours: `start,end,title,summary,group` and optionally `id,url,tags,category` (tags separated by `;`);
 * - TimelineJS's Google Sheets template: `Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,
 *   Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background`, with an `Alt Text`
 *   column for the media where a sheet adds one.
 */
import { csvParseRows } from 'd3-dsv';
import type { DataError, TimelineEventInput } from '../model/types.js';
import { edtfFromFields, parseTimeOfDay } from './dates.js';
import { readRow, type TimelineJSOptions, type TimelineJSResult } from './result.js';
import { isDataError, readTitle, slideToEvent } from './timelinejs.js';
import { readTimelineJSOptions } from './timelinejs-options.js';
import { safeUrl, stripTagsInline } from './text.js';

export type CsvLayout = 'csv' | 'timelinejs-csv';

/**
 * What {@link parseCSV} returns: events and errors; for the TimelineJS layout also the title slide and the eras
 * as TimelineJS has them (`convert` returns them as `EraInput`); and the layout read.
 */
export type CsvResult = Pick<TimelineJSResult, 'events' | 'errors'> &
  Partial<Pick<TimelineJSResult, 'title' | 'eras' | 'options'>> & { layout?: CsvLayout };

/** `'End Year'` → `'endyear'`: how TimelineJS itself matches sheet columns. */
const columnKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

/** Which layout a header row is, if either. */
export function csvLayout(header: readonly string[]): CsvLayout | undefined {
  const keys = new Set(header.map(columnKey));
  if (keys.has('year') && keys.has('headline')) return 'timelinejs-csv';
  if (keys.has('start') && keys.has('title')) return 'csv';
  return undefined;
}

/** The header row of CSV text (the first line that is not blank). */
export function csvHeader(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '').replace(/^\s*\n/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  return (csvParseRows(firstLine)[0] ?? []).map((cell) => cell.trim());
}

interface Table {
  rows: Record<string, string>[];
  layout: CsvLayout | undefined;
  /** The header's names as written. */
  header: string[];
}

/**
 * The cells of a data row by header name, as d3-dsv's `csvParse` builds them: a missing cell is `''`, cells past
 * the header are dropped, of duplicate names the last cell wins (at the first one's place), and a `__proto__`
 * column is ignored. `csvParse` itself is not used: it compiles this with `new Function`, which a
 * Content-Security-Policy without 'unsafe-eval' blocks.
 */
function rowObject(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const row: Record<string, string> = {};
  header.forEach((name, i) => {
    if (name !== '__proto__') row[name] = cells[i] || '';
  });
  return row;
}

function readTable(text: string): Table {
  const body = String(text ?? '').replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  const [header = [], ...data] = csvParseRows(body);
  const rows = data.map((cells) => {
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(rowObject(header, cells))) out[columnKey(name)] = value.trim();
    return out;
  });
  return { rows, layout: csvLayout(header), header };
}

const isBlank = (row: Record<string, string>) => Object.values(row).every((cell) => cell === '');

function plainRow(row: Record<string, string>, index: number): TimelineEventInput | DataError {
  const id = row.id || `csv-${index}`;
  if (!row.start) return { index, id, reason: 'missing start' };
  if (!row.title) return { index, id, reason: 'missing title' };
  const event: TimelineEventInput = { id, start: row.start, title: row.title };
  if (row.end) event.end = row.end;
  if (row.summary) event.summary = row.summary;
  if (row.group) event.group = row.group;
  if (row.category) event.category = row.category;
  const url = safeUrl(row.url);
  if (url) event.url = url;
  const tags = (row.tags ?? '').split(';').map((tag) => tag.trim()).filter(Boolean);
  if (tags.length) event.tags = tags;
  return event;
}

/** The sheet's columns (as `columnKey` writes them) that are read; `Tag` is the first template's `Group`. */
const SHEET_COLUMNS = new Set([
  'year', 'month', 'day', 'time', 'endyear', 'endmonth', 'endday', 'endtime', 'displaydate', 'headline', 'text',
  'media', 'mediacredit', 'mediacaption', 'mediathumbnail', 'alttext', 'mediaalt', 'mediaalttext', 'type', 'group',
  'tag', 'background', 'id', 'uniqueid',
]);

/** The `Background` cell as TimelineJS reads it: a URL (absolute, protocol- or site-relative) is an image, else a colour. */
function sheetBackground(cell: string | undefined): Record<string, string> | undefined {
  if (!cell) return undefined;
  return /^(?:https?:)?\/\/?/i.test(cell) ? { url: cell } : { color: cell };
}

/** A sheet row as the TimelineJS slide its importer would build. */
function sheetSlide(row: Record<string, string>): Record<string, unknown> | string {
  const start: Record<string, unknown> = { year: row.year, month: row.month, day: row.day };
  const end: Record<string, unknown> = { year: row.endyear, month: row.endmonth, day: row.endday };
  for (const [date, cell, label] of [[start, row.time, 'Time'], [end, row.endtime, 'End Time']] as const) {
    if (!cell) continue;
    const time = parseTimeOfDay(cell);
    if (!time) return `invalid ${label} "${cell}"`;
    Object.assign(date, time);
  }
  return {
    start_date: start,
    end_date: end,
    text: { headline: row.headline ?? '', text: row.text ?? '' },
    media: {
      url: row.media ?? '',
      caption: row.mediacaption,
      credit: row.mediacredit,
      thumbnail: row.mediathumbnail,
      alt: row.alttext || row.mediaalttext || row.mediaalt,
    },
    group: row.group || row.tag,
    display_date: row.displaydate,
    background: sheetBackground(row.background),
    unique_id: row.id || row.uniqueid,
  };
}

/** A warning for each column the sheet fills that we do not read (`index: -1`: it is about the whole sheet). */
function unreadColumns(table: Table): DataError[] {
  return table.header.flatMap((name) => {
    const key = columnKey(name);
    if (SHEET_COLUMNS.has(key) || !table.rows.some((row) => row[key])) return [];
    return [{ index: -1, reason: `column "${name}": not a TimelineJS sheet column, not carried over`, warning: true }];
  });
}

/**
 * TimelineJS sheet rows with the title slide (`Type: title`) and eras (`Type: era`) kept; generated ids are
 * `tljs-<row index>`. `options` are TimelineJS options passed with the sheet (see `parseTimelineJS`).
 */
function parseSheet(table: Table, options?: TimelineJSOptions): TimelineJSResult {
  const result: TimelineJSResult = { events: [], errors: unreadColumns(table), eras: [] };
  let hasTitle = false;
  table.rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const slide = sheetSlide(row);
    if (typeof slide === 'string') return void result.errors.push({ index, id: row.id || row.uniqueid || `tljs-${index}`, reason: slide });
    const type = (row.type ?? '').toLowerCase();
    if (type === 'title' && !hasTitle) {
      hasTitle = true;
      const title = readTitle(slide, result.errors);
      if (title) result.title = title;
      return;
    }
    if (type === 'era') {
      const start = edtfFromFields(slide.start_date);
      const end = edtfFromFields(slide.end_date);
      if (!start.ok) return void result.errors.push({ index, reason: `era: start: ${start.reason}` });
      if (!end.ok) return void result.errors.push({ index, reason: `era: end: ${end.reason}` });
      result.eras.push({ start: start.value, end: end.value, headline: stripTagsInline(row.headline ?? '') });
      return;
    }
    const event = slideToEvent(slide, index, result.errors);
    if (isDataError(event)) result.errors.push(event);
    else result.events.push(event);
  });
  const read = readRow(-1, () => readTimelineJSOptions(options, result.events, hasTitle, result.errors));
  if (read && 'reason' in read) result.errors.push({ ...read, reason: 'TimelineJS options could not be read', warning: true });
  else if (read) result.options = read;
  return result;
}

/**
 * CSV in either layout, with errors (`index` counts data rows from 0, blank rows included) and, for the
 * TimelineJS layout, the title slide, eras, warnings for what could not be carried over, and the TimelineJS
 * `options` passed with it, read. Never throws.
 */
export function parseCSV(text: string, options?: TimelineJSOptions): CsvResult {
  let table: Table;
  try {
    table = readTable(text);
  } catch (error) {
    return { events: [], errors: [{ index: -1, reason: `unreadable CSV: ${String(error)}` }] };
  }
  if (table.layout === 'timelinejs-csv') return { ...parseSheet(table, options), layout: table.layout };
  if (table.layout !== 'csv') {
    return table.rows.length === 0 && !String(text ?? '').trim()
      ? { events: [], errors: [] }
      : { events: [], errors: [{ index: -1, reason: 'CSV header needs "start" and "title" columns, or TimelineJS\'s "Year" and "Headline"' }] };
  }
  const events: TimelineEventInput[] = [];
  const errors: DataError[] = [];
  table.rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const event = plainRow(row, index);
    if (isDataError(event)) errors.push(event);
    else events.push(event);
  });
  return { events, errors, layout: 'csv' };
}

/** The events of CSV text in either layout (see {@link parseCSV} for errors, title slide and eras). */
export function fromCSV(text: string): TimelineEventInput[] {
  return parseCSV(text).events;
}
