/**
 * The event schema: what callers hand to `<tl-timeline>` (`TimelineEventInput`) and what the pure core
 * turns it into (`TimelineEvent`). No DOM here.
 */

/** A string, or a map of BCP 47 language → string (`{ de: '…', en: '…' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * A date as callers may give it: an EDTF (ISO 8601-2) string (`'2012'`, `'2018-04'`, `'2025-23'`,
 * `'2025-03~'`, `'2019?'`, `'2012/2014'`, `'Y-13800000000'`), an ISO date-time, a `Date`, or epoch ms.
 */
export type DateInput = string | number | Date;

/** Where a fact comes from. */
export interface EventSource {
  /** Document identifier, e.g. the corpus file name. */
  doc: string;
  publisher?: string;
  author?: string;
  /** Publication date of the document (EDTF / ISO string). */
  published?: string;
  url?: string;
  /** Character offsets `[start, end)` of the supporting passage in the document. */
  offsets?: readonly [number, number];
}

/** One row of input data. */
export interface TimelineEventInput {
  id: string;
  start: DateInput;
  end?: DateInput;
  title: LocalizedText;
  summary?: LocalizedText;
  /**
   * Rich summary as HTML (e.g. TimelineJS `text.text`). Never injected raw: the detail card sanitizes it with
   * DOMPurify (links get `rel="noopener noreferrer"`, `javascript:` URLs are dropped). Shown instead of `summary`.
   */
  summaryHtml?: LocalizedText;
  /** Lane name. */
  group?: string;
  /** A kind of event (`election`, `product` …): with `color-by="category"` it picks the colour, and the legend toggles it. */
  category?: string;
  tags?: readonly string[];
  actors?: readonly string[];
  url?: string;
  source?: EventSource;
  /** Photos, videos, embeds shown in the card (click-to-load for third-party players). */
  media?: MediaInput | readonly MediaInput[];
  /** The date as the source writes it ("Spring 1969"), shown instead of the computed one; placement still uses `start`/`end`. */
  displayDate?: LocalizedText;
  /** A CSS colour the card takes as its accent (TimelineJS's slide background). */
  accent?: string;
}

/** A photo, a video, a sound, an embed (YouTube, a map, a post …) or a document shown in an event's card. */
export interface MediaInput {
  /** The media's URL (an image or a media file, or a page of a provider we embed); TimelineJS also allows an HTML string (`<blockquote>`, `<iframe>`). */
  url: string;
  /** `image`, `video`, `audio`, `embed` or `link`; detected from the URL when absent. */
  type?: MediaKind;
  /** Text alternative of an image (without it: the caption, else the event's title, and a warning). */
  alt?: string;
  /** Shown under the media; rich text, sanitized. */
  caption?: string;
  /** Who made it; plain text. */
  credit?: string;
  /** A small image for the click-to-load placeholder (loaded with the card, never one derived from the provider). */
  thumbnail?: string;
  /** Where the media links to (a click on an image opens it). */
  link?: string;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'embed' | 'link' | 'quote';

/** A media item as the card shows it, read from `MediaInput` (see `model/media.ts`). */
export interface Media {
  kind: MediaKind;
  /**
   * The image, file or page: an absolute http(s) URL (as the URL parser writes it; a protocol-relative one as https)
   * or a relative one; `''` when the item has none that may be shown (and for `quote`). For a wiki's file page, the
   * file itself (the page is then `link`).
   */
  url: string;
  /** The provider's name ("YouTube", "Wikimedia Commons") when the URL is one of a provider we know. */
  provider?: string;
  /** For `embed`: the iframe's src, on the provider's own embed host, always https; loaded only on a click. */
  embedUrl?: string;
  /** Width / height of the frame or image box when known (16/9 for video embeds), so the card does not jump. */
  aspect?: number;
  /** For players whose height does not follow their width (SoundCloud 166 or 450, Spotify 152 or 352): the frame's height in CSS px. */
  height?: number;
  /** The text alternative in force (alt, else caption text, else the event's title). */
  alt: string;
  /** Whether `alt` came from the data (false: a fallback, reported as a warning). */
  hasAlt: boolean;
  /** As given: rich text the card sanitizes. */
  caption?: string;
  credit?: string;
  /** http(s) or relative; only the data's own, never one derived from the provider. */
  thumbnail?: string;
  /** http(s) or relative. */
  link?: string;
  /**
   * For `quote`, and for an embed read from a provider's embed code (`<blockquote class="twitter-tweet">`, shown
   * until the click): the blockquote as given — NOT sanitized; the card passes it through the sanitizer.
   */
  html?: string;
}

/** A span of context drawn behind the lanes: a war, a presidency, a product generation. */
export interface EraInput {
  id?: string;
  start: DateInput;
  end: DateInput;
  title: LocalizedText;
  /** CSS colour of its band (default: a neutral tint of the text colour). */
  color?: string;
  /** Only behind this lane (vis-timeline background items of a group); behind every lane when absent. */
  group?: string;
}

/** A reference line at one instant: "Election day". */
export interface MarkerInput {
  id?: string;
  at: DateInput;
  title: LocalizedText;
}

/** How the lane of one `group` is shown. */
export interface GroupInput {
  /** The `group` value of the events it holds. */
  id: string;
  /** Shown as the lane's name (default: `id`). */
  title?: LocalizedText;
  /** Lanes are sorted by `order`, then as their groups first appear. */
  order?: number;
  /** CSS colour of its events (default: the lane palette's). */
  color?: string;
  /** Drawn as one density strip with its count. */
  collapsed?: boolean;
}

/** How finely a date is known. Ordered from coarsest to finest. */
export type Precision =
  | 'billion-years'
  | 'million-years'
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'season'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'millisecond';

export const PRECISIONS = [
  'billion-years',
  'million-years',
  'millennium',
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'hour',
  'minute',
  'second',
  'millisecond',
] as const satisfies readonly Precision[];

/**
 * One end of an event, as an interval of time it may fall in. Times are numbers of milliseconds since
 * 1970-01-01T00:00Z on the proleptic Gregorian calendar — a number, not a `Date`, so deep time works.
 */
export interface DatePoint {
  /** Earliest instant the date covers (inclusive). */
  min: number;
  /** Latest instant the date covers (exclusive): `'2012'` → `[2012-01-01, 2013-01-01)`. */
  max: number;
  precision: Precision;
  /** `~` in EDTF: the value is an estimate. */
  approximate: boolean;
  /** `?` in EDTF: the source is not sure. */
  uncertain: boolean;
  /** Open end of an interval (`..`). */
  open?: 'before' | 'after';
  /** The EDTF string this was read from (normalised where the input was a Date or number). */
  edtf: string;
  /** Season number for `'2025-21'…'2025-41'`. */
  season?: number;
}

/** A validated, normalised event, ready for layout. */
export interface TimelineEvent {
  id: string;
  /** Position in the input array. */
  index: number;
  title: LocalizedText;
  summary?: LocalizedText;
  summaryHtml?: LocalizedText;
  group: string;
  /** `''` when none. */
  category: string;
  tags: readonly string[];
  actors: readonly string[];
  url?: string;
  source?: EventSource;
  /** `media` as a list of items with a usable `url` (empty when none); the card reads them (`model/media.ts`). */
  media: readonly MediaInput[];
  displayDate?: LocalizedText;
  accent?: string;
  start: DatePoint;
  /** Present for ranges. */
  end?: DatePoint;
  /** Drawing extent: earliest and latest instant the event may touch. */
  lo: number;
  hi: number;
  /** `'point'` when known to a day or finer with no end; else `'range'` (drawn as a bar or a fuzzy span). */
  kind: 'point' | 'range';
  /** The original input row. */
  input: TimelineEventInput;
}

/** Why a row was rejected. */
export interface DataError {
  /** Index of the row in the input array. */
  index: number;
  id?: string;
  reason: string;
  /** Which list the row was in, when not `events`: the timeline's `eras`, `markers` or `groups`. */
  layer?: 'eras' | 'markers' | 'groups';
  /** The row is shown, but something in it could not be used or is missing (media without alt text, a TimelineJS field we cannot carry over). */
  warning?: boolean;
}

export interface NormalizeResult {
  events: TimelineEvent[];
  errors: DataError[];
}
