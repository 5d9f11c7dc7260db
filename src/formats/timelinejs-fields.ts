/**
 * The parts of a TimelineJS slide besides its dates and text: media, background, display date, and the fields we
 * do not read. Whatever cannot be carried over is reported through `warn` (one reason per field), never dropped
 * silently. Strings are kept as data: sanitizing them is the card's job.
 */
import type { MediaInput } from '../model/types.js';
import { isRecord, stringField, type Row } from './result.js';
import { autolink, plainColor, stripTagsInline } from './text.js';

/** Reports one field that was read but not (or not wholly) carried over. */
export type Warn = (reason: string) => void;

export const SLIDE_KEYS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id']);
export const DATE_KEYS = new Set(['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date']);
export const TEXT_KEYS = new Set(['headline', 'text']);
const MEDIA_KEYS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const BACKGROUND_KEYS = new Set(['color', 'url', 'alt']);

/** Nothing to carry over: absent, empty or blank. */
function isEmpty(value: unknown): boolean {
  if (value == null) return true;
  if (typeof value === 'string') return !value.trim();
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

/** A field as text (a number reads as its digits); another type is reported and gives none. */
export function textField(value: unknown, name: string, warn: Warn): string | undefined {
  if (isEmpty(value)) return undefined;
  const text = stringField(value);
  if (text === undefined) warn(`${name}: not text`);
  return text;
}

/** Reports each field of `record` outside `known` that holds something. */
export function warnUnknown(record: Row, known: ReadonlySet<string>, prefix: string, warn: Warn): void {
  for (const key of Object.keys(record)) {
    if (!known.has(key) && !isEmpty(record[key])) warn(`${prefix}${key}: not a TimelineJS field we read, not carried over`);
  }
}

/** Whether TimelineJS would autolink the slide's text and caption (its default). */
export function autolinks(slide: Row): boolean {
  return slide.autolink !== false && slide.autolink !== 'false';
}

/**
 * A media object as `MediaInput`: `url` as given (a URL or TimelineJS's raw `<blockquote>`/`<iframe>` HTML), the
 * caption as HTML (autolinked like TimelineJS), the credit as text, thumbnail, alt and link. Media without a url
 * is not shown by TimelineJS either; its other fields are reported.
 */
function readOneMedia(media: Row, prefix: string, warn: Warn, linked: boolean): MediaInput | undefined {
  const field = (key: string) => textField(media[key], `${prefix}.${key}`, warn);
  const url = field('url');
  const out: MediaInput = { url: url ?? '' };
  const caption = field('caption');
  if (caption) out.caption = linked ? autolink(caption) : caption;
  const creditHtml = field('credit');
  const credit = creditHtml && stripTagsInline(creditHtml);
  if (credit) out.credit = credit;
  if (creditHtml && /<a\b[^>]*\bhref/i.test(creditHtml)) warn(`${prefix}.credit: its link is not kept (credits are plain text)`);
  const thumbnail = field('thumbnail');
  if (thumbnail) out.thumbnail = thumbnail;
  const alt = field('alt');
  const altText = alt && stripTagsInline(alt);
  if (altText) out.alt = altText;
  const link = field('link');
  if (link) out.link = link;
  if (field('title')) warn(`${prefix}.title: media titles are not shown (the card uses alt and caption)`);
  if (field('link_target')) warn(`${prefix}.link_target: not kept (the card decides where links open)`);
  warnUnknown(media, MEDIA_KEYS, `${prefix}.`, warn);
  if (url) return out;
  const lost = (['caption', 'credit', 'thumbnail', 'alt', 'link'] as const).filter((key) => out[key]);
  if (lost.length) warn(`${prefix}: no url, so its ${lost.join(', ')} cannot be shown`);
  return undefined;
}

/** A slide's `media` (an object, or a list of them, which TimelineJS does not have but our events do). */
export function readMedia(value: unknown, warn: Warn, linked: boolean): MediaInput | MediaInput[] | undefined {
  if (isEmpty(value)) return undefined;
  if (Array.isArray(value)) {
    const list = value.flatMap((item: unknown, i) => {
      if (isRecord(item)) return readOneMedia(item, `media[${i}]`, warn, linked) ?? [];
      if (!isEmpty(item)) warn(`media[${i}]: not an object`);
      return [];
    });
    return list.length ? list : undefined;
  }
  if (!isRecord(value)) {
    // A bare URL string is what a careless export writes for `{ url }`.
    const url = stringField(value);
    if (typeof value === 'string' && url) return { url };
    warn('media: not an object');
    return undefined;
  }
  return readOneMedia(value, 'media', warn, linked);
}

/** A slide's `background`: its colour as the card's accent when it is a plain CSS colour; an image is reported. */
export function readBackground(value: unknown, warn: Warn): string | undefined {
  if (isEmpty(value)) return undefined;
  if (!isRecord(value)) {
    warn('background: not an object');
    return undefined;
  }
  const color = textField(value.color, 'background.color', warn);
  if (textField(value.url, 'background.url', warn)) warn('background.url: background images are not shown');
  warnUnknown(value, BACKGROUND_KEYS, 'background.', warn);
  if (!color) return undefined;
  const accent = plainColor(color);
  if (!accent) warn('background.color: not a plain CSS colour');
  return accent;
}

/**
 * The date as the slide writes it: its own `display_date`, else the start and end dates' (`"A – B"`). Placement
 * still uses the computed dates. Markup is removed, as TimelineJS does for these fields.
 */
export function readDisplayDate(slide: Row, hasEnd: boolean, warn: Warn): string | undefined {
  const of = (date: unknown, name: string) => {
    const text = isRecord(date) ? textField(date.display_date, `${name}.display_date`, warn) : undefined;
    return text && stripTagsInline(text);
  };
  const own = textField(slide.display_date, 'display_date', warn);
  const start = of(slide.start_date, 'start_date');
  const end = hasEnd ? of(slide.end_date, 'end_date') : undefined;
  if (own) return stripTagsInline(own) || undefined;
  if (start && end) return `${start} \u2013 ${end}`;
  if (end) warn('end_date.display_date: not shown without a start_date.display_date');
  else if (start && hasEnd) warn('start_date.display_date: shown alone (the end date is not added to it)');
  return start || undefined;
}
