/** Telling the supported input formats apart. Pure. */
import { csvHeader, csvLayout } from './csv.js';
import { isRecord, listOf } from './result.js';

export const FORMATS = ['events', 'timelinejs', 'vis', 'csv', 'timelinejs-csv'] as const;
export type FormatName = (typeof FORMATS)[number];

/** How many leading records to look at before deciding what a list holds. */
const SAMPLE = 5;

function recordKind(value: unknown): 'events' | 'timelinejs' | 'vis' | undefined {
  if (!isRecord(value)) return undefined;
  if ('start_date' in value) return 'timelinejs';
  if ('start' in value && 'content' in value) return 'vis';
  if ('start' in value && 'title' in value) return 'events';
  return undefined;
}

function listKind(list: readonly unknown[]): 'events' | 'timelinejs' | 'vis' | undefined {
  for (const value of list.slice(0, SAMPLE)) {
    const kind = recordKind(value);
    if (kind) return kind;
  }
  return undefined;
}

/** JSON text parsed, or `undefined` when the text does not look like (or is not) JSON. */
export function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/**
 * Which format `data` is in: our own events (`'events'`), TimelineJS JSON (`{events: [{start_date…}]}` or a
 * list of slides), vis-timeline items (a list or `DataSet` of `{start, content}`, or `{items, groups}`), or CSV
 * text in our layout (`'csv'`) or TimelineJS's sheet layout (`'timelinejs-csv'`). Strings holding JSON are
 * read as JSON. `undefined` when none fits.
 */
export function detectFormat(data: unknown): FormatName | undefined {
  if (typeof data === 'string') {
    const json = parseJsonText(data);
    if (json !== undefined) return detectFormat(json);
    return csvLayout(csvHeader(data));
  }
  const list = listOf(data);
  if (list) return listKind(list) ?? (Array.isArray(data) ? undefined : 'vis');
  if (!isRecord(data)) return undefined;
  if (Array.isArray(data.events)) {
    const kind = listKind(data.events);
    if (kind === 'events') return 'events';
    if (kind === 'timelinejs' || isRecord(data.title) || Array.isArray(data.eras)) return 'timelinejs';
    return data.events.length === 0 ? 'timelinejs' : undefined;
  }
  if (listOf(data.items)) return 'vis';
  return undefined;
}
