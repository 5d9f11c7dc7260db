/**
 * A media item as the card shows it: its kind (image, video, audio, click-to-load embed, link, quote), the
 * provider and the iframe src of an embed, and the text alternative in force. Loaded with the first card that has
 * media, never with the bundle. Pure: no DOM, no requests.
 */
import type { Media, MediaInput, MediaKind } from './types.js';
import { stripTagsInline } from './html-text.js';
import { safeUrl } from './url.js';
import { fileKind, findProvider, type Found } from './media-providers.js';

const NOT_BLANK = /\S/;
const KINDS: readonly MediaKind[] = ['image', 'video', 'audio', 'embed', 'link', 'quote'];

/** A string field, trimmed, when it has text. */
function field(item: MediaInput, key: keyof MediaInput): string | undefined {
  const value: unknown = item[key];
  return typeof value === 'string' && NOT_BLANK.test(value) ? value.trim() : undefined;
}

/**
 * `value` as a URL the card may put in a `src` or `href`: an absolute http(s) URL (normalised by the URL parser;
 * a protocol-relative one as https), or a relative one as given; else `undefined` (`javascript:`, `data:`,
 * `mailto:`, any other scheme, and whatever hides one behind spaces, control characters or entities).
 */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // What a browser's URL parser strips before it reads anything: C0 controls and spaces at the ends, tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!url || safeUrl(url) === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const protocolRelative = /^[\\/]{2}/.test(url);
  if (!scheme && !protocolRelative) return url;
  if (scheme && scheme !== 'http' && scheme !== 'https') return undefined;
  try {
    const parsed = new URL(protocolRelative ? `https:${url}` : url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `spotify:track:<id>` and `at://<actor>/app.bsky.feed.post/<rkey>` as the web pages they name. */
function fromAppUri(url: string): string {
  const spotify = /^spotify:(track|album|playlist|artist|episode|show):([A-Za-z0-9]+)$/.exec(url);
  if (spotify) return `https://open.spotify.com/${spotify[1]}/${spotify[2]}`;
  const bluesky = /^at:\/\/([\w.:-]+)\/app\.bsky\.feed\.post\/([\w.~:-]+)$/.exec(url);
  return bluesky ? `https://bsky.app/profile/${bluesky[1]}/post/${bluesky[2]}` : url;
}

/** The kind, url and provider fields of a media URL (`type` as the data gives it). */
type Shown = Pick<Media, 'kind' | 'url' | 'provider' | 'embedUrl' | 'aspect' | 'height' | 'link'>;

function fromUrl(raw: string, type: MediaKind | undefined): Shown {
  const url = webUrl(fromAppUri(raw));
  if (!url) return { kind: 'link', url: '' };
  const absolute = /^https?:\/\//i.test(url) ? new URL(url) : undefined;
  const found: Found | undefined = absolute && findProvider(absolute);
  if (found) {
    // The URL says more than a type does (a YouTube page is not an image), but the data may ask for a plain link.
    if (type === 'link') return { kind: 'link', url, provider: found.provider };
    const shown: Shown = { kind: found.kind, url: found.file ?? url, provider: found.provider };
    if (found.file) shown.link = url;
    if (found.embedUrl) shown.embedUrl = found.embedUrl;
    if (found.aspect) shown.aspect = found.aspect;
    if (found.height) shown.height = found.height;
    return shown;
  }
  const kind = type === 'image' || type === 'video' || type === 'audio' ? type : type ? 'link' : (fileKind(url) ?? 'link');
  return { kind, url };
}

/** An attribute's value in a tag (the first one of those names), entities `&amp;` `&quot;` `&#39;` read. */
function attribute(tag: string, names: string): string | undefined {
  const m = new RegExp(`\\s(?:${names})\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const value = m && (m[1] ?? m[2] ?? m[3]);
  return value ? value.replace(/&quot;/g, '"').replace(/&#0*39;/g, "'").replace(/&amp;/g, '&') : undefined;
}

/** Links in a provider's embed code (`<blockquote class="twitter-tweet">…<a href>`), in the order they come. */
function linksIn(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<(?:blockquote|a)\b[^>]*>/gi) ?? []) {
    const url = attribute(tag, 'data-bluesky-uri|data-instgrm-permalink|cite|href');
    if (url) out.push(url);
  }
  return out;
}

/**
 * TimelineJS's HTML media. A `<blockquote>` is a quote, its HTML kept as given for the card's sanitizer (a
 * provider's embed code — a post's blockquote with its link — is that post's click-to-load embed, the blockquote
 * shown until the click); an `<iframe>` is its `src` read as a URL, an embed only where a provider rule rebuilds it
 * on its own embed host, else a link. Anything else shows nothing but its caption.
 */
function fromHtml(html: string): Shown & { html?: string } {
  if (/^<blockquote[\s>]/i.test(html)) {
    const quote = /^<blockquote[\s\S]*<\/blockquote\s*>/i.exec(html)?.[0] ?? html;
    for (const url of linksIn(quote)) {
      const shown = fromUrl(url, 'embed');
      if (shown.kind === 'embed') return { ...shown, html: quote };
    }
    return { kind: 'quote', url: '', html: quote };
  }
  const iframe = /<iframe\b[^>]*>/i.exec(html)?.[0];
  const src = iframe && attribute(iframe, 'src');
  if (!src) return { kind: 'link', url: '' };
  const shown = fromUrl(src, 'embed');
  return shown.kind === 'embed' ? shown : { kind: 'link', url: shown.url, ...(shown.provider ? { provider: shown.provider } : {}) };
}

function describe(item: MediaInput, fallbackAlt: string): Media {
  const raw = field(item, 'url') ?? '';
  const given = field(item, 'alt');
  const caption = field(item, 'caption');
  const credit = field(item, 'credit');
  const thumbnail = webUrl(field(item, 'thumbnail'));
  const link = webUrl(field(item, 'link'));
  const type = KINDS.find((kind) => kind === field(item, 'type'));
  const shown = raw[0] === '<' ? fromHtml(raw) : fromUrl(raw, type);
  const media: Media = { ...shown, alt: given ?? ((caption && stripTagsInline(caption)) || fallbackAlt), hasAlt: given !== undefined };
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  if (thumbnail) media.thumbnail = thumbnail;
  if (link) media.link = link;
  return media;
}

/**
 * What the card shows for one media item: `kind` from the URL (a known provider's page, a file's extension) or
 * else from `type`; for an embed its provider, the iframe `embedUrl` (on the provider's own host, loaded only on a
 * click), and its `aspect` or fixed `height` where known; `alt` from the item, else the caption's text, else
 * `fallbackAlt` (the event's title), `hasAlt` saying whether the data gave it. Every `url`, `embedUrl`,
 * `thumbnail` and `link` is http(s) or relative, never anything else; no thumbnail is derived from a provider.
 * `caption` and a quote's `html` are as given: the card sanitizes them. Never throws.
 */
export function describeMedia(item: MediaInput, fallbackAlt: string): Media {
  try {
    return describe(item, fallbackAlt);
  } catch {
    return { kind: 'link', url: '', alt: fallbackAlt, hasAlt: false };
  }
}
