/**
 * An event's `media` read into plain items (part of the main bundle, so small: no provider table here — the card
 * loads `media.ts` for that). No DOM.
 */
import type { MediaInput, MediaKind } from './types.js';
import { safeUrl } from './url.js';

const KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'embed', 'link', 'quote'];
const TEXT_FIELDS = ['alt', 'caption', 'credit', 'thumbnail', 'link'] as const;
/** Most items read from one event's list: a card shows a few; a longer list is a mistake in the data. */
const MAX_MEDIA = 100;
const NOT_BLANK = /\S/;
/** A file an `<img>` shows, by the end of its path. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
/** Hosts that serve images (a file of theirs without an extension is one; `i.imgur.com/x.mp4` is not). */
const IMAGE_HOST = /^(?:https?:)?\/\/(?:upload\.wikimedia|i\.imgur|\w+\.staticflickr|media\d?\.giphy|i\.giphy|images\.unsplash|pbs\.twimg)\.(?:org|com)\/(?:[^?#]*\/)?[^/.?#]+(?:[?#]|$)/i;

/** One property, once; a getter or Proxy trap that throws reads as `undefined`. */
function read(item: object, key: string | number): unknown {
  try {
    return (item as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** One item as a new plain object, or why it cannot be shown (`n` counts from 1). */
function readItem(value: unknown, n: number, problems: string[]): MediaInput | undefined {
  const rawUrl = value && typeof value === 'object' ? read(value, 'url') : undefined;
  const url = typeof rawUrl === 'string' ? rawUrl.trim() : '';
  // http(s), protocol-relative or relative, or an HTML string (`<blockquote>`, `<iframe>`)
  const safe = url[0] === '<' ? url : safeUrl(url);
  if (!url || !safe || /^mailto:/i.test(safe.replace(/[^\w:]/g, ''))) {
    const object = value && typeof value === 'object';
    problems.push(`media ${n}: ${!object ? 'not an object' : url || (rawUrl != null && typeof rawUrl !== 'string') ? 'url is not an http(s) address' : 'url missing'}`);
    return undefined;
  }
  const item: MediaInput = { url };
  const type = read(value as object, 'type');
  if ((KINDS as readonly unknown[]).includes(type)) item.type = type as MediaKind;
  else if (type != null && type !== '') problems.push(`media ${n}: unknown type (read from the url)`);
  for (const key of TEXT_FIELDS) {
    const field = read(value as object, key);
    if (typeof field === 'string') {
      if (NOT_BLANK.test(field)) item[key] = field.trim();
    } else if (field != null) problems.push(`media ${n}: ${key} is not text`);
  }
  return item;
}

/**
 * An event's `media` — one item or a list — as new plain items, each with a non-empty `url` (http(s),
 * protocol-relative, relative, or an HTML string starting with `<`) and only string fields. `problems` says what
 * was left out or is missing, numbered from 1 as the items are given: `media 2: url missing`,
 * `media 1: no alt text (the caption is used)`. Never throws, whatever the value's getters and Proxies do.
 */
export function readMediaList(value: unknown): { media: MediaInput[]; problems: string[] } {
  const media: MediaInput[] = [];
  const problems: string[] = [];
  const items: unknown[] = [];
  if (value == null) return { media, problems };
  try {
    if (!Array.isArray(value)) items.push(value);
    else {
      const length = value.length;
      for (let i = 0; i < length && i < MAX_MEDIA; i++) items.push(read(value, i));
      if (length > MAX_MEDIA) problems.push(`media: only the first ${MAX_MEDIA} items are read`);
    }
  } catch {
    problems.push('media could not be read');
  }
  items.forEach((value, i) => {
    const item = readItem(value, i + 1, problems);
    if (!item) return;
    media.push(item);
    if (lacksAlt(item)) problems.push(`media ${i + 1}: no alt text (the ${item.caption ? 'caption' : 'title'} is used)`);
  });
  return { media, problems };
}

/**
 * Whether an item is an image (by `type`, or without one by its file extension or a host that serves images)
 * with no `alt`: a reader of a screen reader gets the caption or the title instead, and the data should say more.
 */
export function lacksAlt(item: MediaInput): boolean {
  if (typeof item.alt === 'string' && NOT_BLANK.test(item.alt)) return false;
  if (item.type) return item.type === 'image';
  const url = item.url;
  return typeof url === 'string' && url[0] !== '<' && (IMAGE_FILE.test(url) || IMAGE_HOST.test(url));
}
