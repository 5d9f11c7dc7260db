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
/** Files that are not images, even on an image host (`i.imgur.com/x.mp4`). */
const OTHER_FILE = /\.(?:mp4|webm|ogv|mov|m4v|gifv|mp3|ogg|oga|opus|wav|m4a|aac|flac|pdf)(?:[?#]|$)/i;
/** Hosts that serve images (or whose image files the extension test above does not see). */
const IMAGE_HOST = /^(?:https?:)?\/\/(?:upload\.wikimedia\.org|i\.imgur\.com|live\.staticflickr\.com|farm\d+\.staticflickr\.com|media\d?\.giphy\.com|i\.giphy\.com|images\.unsplash\.com|pbs\.twimg\.com)\//i;

/** One property, once; a getter or Proxy trap that throws reads as `undefined`. */
function read(item: object, key: string): unknown {
  try {
    return (item as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Whether `url` can be shown: an http(s), protocol-relative or relative URL, or an HTML string (`<blockquote>`, `<iframe>`). */
function usableUrl(url: string): boolean {
  if (url[0] === '<') return true;
  const safe = safeUrl(url);
  return safe !== undefined && !/^\s*mailto:/i.test(safe);
}

/** One item as a new plain object, or why it cannot be shown (`n` counts from 1). */
function readItem(value: unknown, n: number, problems: string[]): MediaInput | undefined {
  if (!value || typeof value !== 'object') {
    problems.push(`media ${n}: not an object`);
    return undefined;
  }
  const rawUrl = read(value, 'url');
  const url = typeof rawUrl === 'string' ? rawUrl.trim() : '';
  if (!url) {
    problems.push(rawUrl == null || typeof rawUrl === 'string' ? `media ${n}: url missing` : `media ${n}: url is not text`);
    return undefined;
  }
  if (!usableUrl(url)) {
    problems.push(`media ${n}: url is not an http(s) address`);
    return undefined;
  }
  const item: MediaInput = { url };
  const type = read(value, 'type');
  if (typeof type === 'string' && (KINDS as readonly string[]).includes(type)) item.type = type as MediaKind;
  else if (type != null && type !== '') problems.push(`media ${n}: type is not one of ${KINDS.join(', ')} (read from the url)`);
  for (const key of TEXT_FIELDS) {
    const field = read(value, key);
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
  if (value == null) return { media, problems };
  let items: readonly unknown[];
  try {
    if (Array.isArray(value)) {
      const n = Math.min(value.length, MAX_MEDIA);
      items = Array.from({ length: n }, (_, i) => {
        try {
          return (value as unknown[])[i];
        } catch {
          return undefined;
        }
      });
      if (value.length > MAX_MEDIA) problems.push(`media: ${value.length} items, only the first ${MAX_MEDIA} are read`);
    } else items = [value];
  } catch {
    problems.push('media could not be read');
    return { media, problems };
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
  return typeof url === 'string' && url[0] !== '<' && (IMAGE_FILE.test(url) || (IMAGE_HOST.test(url) && !OTHER_FILE.test(url)));
}
