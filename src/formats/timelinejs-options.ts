/**
 * The options a page passes to TimelineJS (`new TL.Timeline(el, data, options)`, or the embed URL's parameters),
 * as our `StoryOptions`. Options we do not carry over are reported as warnings about the input (`index: -1`).
 */
import type { DataError, TimelineEventInput } from '../model/types.js';
import { isRecord, type StoryOptions } from './result.js';

const READ = new Set(['start_at_slide', 'start_at_end', 'hash_bookmark', 'initial_zoom', 'language', 'lang']);

/** TimelineJS's language codes that are not BCP 47 tags, or whose variant we have no use for. */
const LANGUAGES: Record<string, string> = { cz: 'cs', 'sr-cy': 'sr-Cyrl', 'en-24hr': 'en', 'en-week': 'en' };

/** `true`/`false` as TimelineJS's `isTrue` reads them (`'true'`, `1`, `'1'`). */
function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true' || value === 1 || value === '1') return true;
  if (value === false || value === 'false' || value === 0 || value === '0') return false;
  return undefined;
}

/** A whole number, or a string of one (TimelineJS's embed passes every option as text). */
function whole(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value) ? Number(value) : undefined;
}

/** The year (and rest of the EDTF/ISO string) of an event's start, to put events in TimelineJS's slide order. */
function startKey(start: TimelineEventInput['start']): [number, string] {
  const text = String(start);
  const m = /^Y?(-?\d+)(.*)$/.exec(text);
  return m ? [Number(m[1]), m[2] || ''] : [Number.NaN, text];
}

/** The events as TimelineJS orders its slides: by start date, ties in the order given (a stable sort). */
function slideOrder(events: readonly TimelineEventInput[]): TimelineEventInput[] {
  const keys = new Map(events.map((event) => [event, startKey(event.start)]));
  return [...events].sort((a, b) => {
    const [ya, ra] = keys.get(a)!;
    const [yb, rb] = keys.get(b)!;
    return ya - yb || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
}

function readLanguage(value: unknown, warn: (reason: string) => void): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    warn('language: not a language code');
    return undefined;
  }
  const code = value.trim();
  const mapped = LANGUAGES[code.toLowerCase()] ?? code;
  if (/-(?:24hr|week)$/i.test(code)) warn(`language: "${code}" is read as "${mapped}" (its date format variant is not carried over)`);
  try {
    return Intl.getCanonicalLocales(mapped)[0];
  } catch {
    warn('language: not a language code');
    return undefined;
  }
}

/**
 * TimelineJS options as `StoryOptions` (`undefined` when none of them says anything). `start_at_slide` counts the
 * title slide as 0 when there is one, and the events in TimelineJS's order (by start date), as TimelineJS does;
 * a slide past the last one starts at the end, as there.
 */
export function readTimelineJSOptions(
  options: unknown,
  events: readonly TimelineEventInput[],
  hasTitle: boolean,
  errors: DataError[],
): StoryOptions | undefined {
  const warn = (reason: string) => errors.push({ index: -1, reason: `option ${reason}`, warning: true });
  if (options == null) return undefined;
  if (!isRecord(options)) {
    errors.push({ index: -1, reason: 'TimelineJS options are not an object', warning: true });
    return undefined;
  }
  const out: StoryOptions = {};
  for (const [key, name] of [['start_at_end', 'startAtEnd'], ['hash_bookmark', 'hashLinks']] as const) {
    if (options[key] == null) continue;
    const value = flag(options[key]);
    if (value === undefined) warn(`${key}: not true or false`);
    else out[name] = value;
  }
  if (options.start_at_slide != null) {
    const slide = whole(options.start_at_slide);
    const n = slide === undefined ? -1 : hasTitle ? slide - 1 : slide;
    if (slide === undefined || slide < 0) warn('start_at_slide: not a slide number');
    else if (out.startAtEnd) {
      // start_at_end wins in TimelineJS.
    } else if (n >= events.length) out.startAtEnd = true;
    else if (n >= 0) out.startAt = slideOrder(events)[n]!.id;
  }
  if (options.initial_zoom != null) {
    const zoom = whole(options.initial_zoom);
    if (zoom === undefined || zoom < 0) warn('initial_zoom: not a zoom level');
    else out.initialZoom = zoom;
  }
  const language = options.language ?? options.lang;
  if (language != null) {
    const lang = readLanguage(language, warn);
    if (lang) out.lang = lang;
  }
  for (const key of Object.keys(options)) {
    if (!READ.has(key) && options[key] !== undefined) warn(`${key}: not carried over`);
  }
  return Object.keys(out).length ? out : undefined;
}
