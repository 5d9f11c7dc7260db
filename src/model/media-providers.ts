/**
 * Which provider a media URL belongs to and how it is embedded: one rule per provider, each a function of the parsed
 * URL. Every `embedUrl` is built here from an id checked against a strict pattern, on the provider's own embed
 * host (`https://` always), so nothing in the data reaches an iframe's src but those ids. No DOM, no requests:
 * no thumbnail is ever derived (that would be a third-party request before the reader asks).
 */
import type { MediaKind } from './types.js';

/** What a provider makes of a URL. */
export interface Found {
  kind: MediaKind;
  provider: string;
  embedUrl?: string;
  aspect?: number;
  height?: number;
  /** The file to show instead of the URL given (a Commons file page's image); the page becomes the link. */
  file?: string;
}

type Rule = (u: URL, path: readonly string[]) => Found | undefined;

const IMAGE = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg']);
const VIDEO = new Set(['mp4', 'webm', 'ogv', 'mov', 'm4v']);
const AUDIO = new Set(['mp3', 'ogg', 'oga', 'opus', 'wav', 'm4a', 'aac', 'flac']);
const VIDEO_ASPECT = 16 / 9;
const PORTRAIT = 9 / 16;

/** `image`, `video` or `audio` by a path's file extension (`undefined` for anything else). */
export function fileKind(path: string): 'image' | 'video' | 'audio' | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(path.split(/[?#]/, 1)[0]!)?.[1]?.toLowerCase();
  return !ext ? undefined : IMAGE.has(ext) ? 'image' : VIDEO.has(ext) ? 'video' : AUDIO.has(ext) ? 'audio' : undefined;
}

const embed = (provider: string, embedUrl: string, aspect?: number, height?: number): Found => ({ kind: 'embed', provider, embedUrl, aspect, height });
const link = (provider: string): Found => ({ kind: 'link', provider });

/** A host that serves files: its images, videos and sounds are shown as such; without an extension, an image. */
const fileHost = (provider: string): Rule => (u) => {
  const kind = fileKind(u.pathname);
  return kind ? { kind, provider } : /\.[a-z0-9]+$/i.test(u.pathname) ? link(provider) : { kind: 'image', provider };
};

/** YouTube's `t=90`, `t=1m30s`, `t=1h2m3s` in seconds (0 when absent or unreadable). */
function seconds(t: string | null): number {
  const m = t ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(t) : null;
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

const youtube: Rule = (u, path) => {
  const [first, second] = path;
  if (first === 'playlist' || (first === 'embed' && second === 'videoseries')) {
    const list = u.searchParams.get('list');
    return list && /^[\w-]{10,64}$/.test(list) ? embed('YouTube', `https://www.youtube-nocookie.com/embed/videoseries?list=${list}`, VIDEO_ASPECT) : link('YouTube');
  }
  const id = u.hostname === 'youtu.be' ? first : first === 'watch' ? u.searchParams.get('v') : ['embed', 'shorts', 'live', 'v', 'e'].includes(first!) ? second : undefined;
  if (!id || !/^[\w-]{11}$/.test(id)) return link('YouTube');
  const start = seconds(u.searchParams.get('t') ?? u.searchParams.get('start') ?? /[#&]t=([\dhms]+)/.exec(u.hash)?.[1] ?? null);
  return embed('YouTube', `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`, first === 'shorts' ? PORTRAIT : VIDEO_ASPECT);
};

const vimeo: Rule = (u, path) => {
  // vimeo.com/<id>[/<hash>], /channels/<c>/<id>, /album/<a>/video/<id>, player.vimeo.com/video/<id>?h=<hash>
  const video = Math.max(path.lastIndexOf('video'), path.lastIndexOf('videos'));
  const at = video >= 0 ? video + 1 : path.findIndex((s) => /^\d{5,12}$/.test(s));
  if (!/^\d{5,12}$/.test(path[at] ?? '')) return link('Vimeo');
  const hash = u.searchParams.get('h') ?? path[at + 1];
  const time = /^#t=(\d+[hms\d]*)$/.exec(u.hash)?.[1];
  const h = hash && /^[0-9a-f]{6,20}$/.test(hash) ? `&h=${hash}` : '';
  return embed('Vimeo', `https://player.vimeo.com/video/${path[at]}?dnt=1${h}${time ? `#t=${time}` : ''}`, VIDEO_ASPECT);
};

const dailymotion: Rule = (u, path) => {
  const raw = u.hostname === 'dai.ly' ? path[0] : path[0] === 'video' ? path[1] : path[0] === 'embed' && path[1] === 'video' ? path[2] : u.searchParams.get('video');
  const id = raw?.split('_', 1)[0];
  return id && /^x[a-z0-9]{3,12}$/i.test(id) ? embed('Dailymotion', `https://www.dailymotion.com/embed/video/${id}`, VIDEO_ASPECT) : link('Dailymotion');
};

const soundcloud: Rule = (u, path) => {
  let track = u.hostname === 'w.soundcloud.com' ? u.searchParams.get('url') : `https://soundcloud.com${u.pathname}`;
  if (u.hostname === 'api.soundcloud.com') track = `https://api.soundcloud.com${u.pathname}`;
  if (u.hostname === 'on.soundcloud.com' || !path.length || !track || !/^https:\/\/(?:api\.)?soundcloud\.com\/[\w/-]+$/.test(track)) return link('SoundCloud');
  const many = /\/(?:sets|playlists)\//.test(track) || track.replace(/\/$/, '').split('/').length <= 4;
  return embed('SoundCloud', `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}`, undefined, many ? 450 : 166);
};

const spotify: Rule = (_u, path) => {
  const rest = path.filter((s) => s !== 'embed' && !/^intl-/.test(s));
  const [type, id] = rest;
  if (!type || !id || !/^(?:track|album|playlist|artist|episode|show)$/.test(type) || !/^[A-Za-z0-9]{10,40}$/.test(id)) return link('Spotify');
  return embed('Spotify', `https://open.spotify.com/embed/${type}/${id}`, undefined, type === 'track' || type === 'episode' ? 152 : 352);
};

/** A percent-encoded path segment as text (as it is, when it is not valid UTF-8). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A Google Maps URL as a map that embeds without a key (`output=embed`), when it names a place or a point. */
const googleMaps: Rule = (u, path) => {
  if (path[0] !== 'maps' && !u.hostname.startsWith('maps.')) return undefined;
  const self = `https://${u.hostname}${u.pathname}${u.search}`;
  if (path[1] === 'embed' || u.searchParams.get('output') === 'embed') return embed('Google Maps', self, 4 / 3);
  if (path[1] === 'd' && (path[2] === 'viewer' || path[2] === 'edit' || path[2] === 'embed')) {
    const mid = u.searchParams.get('mid');
    return mid && /^[\w.-]+$/.test(mid) ? embed('Google Maps', `https://www.google.com/maps/d/embed?mid=${mid}`, 4 / 3) : link('Google Maps');
  }
  const at = path.map((s) => /^@(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?)z)?/.exec(s)).find(Boolean);
  const named = path[1] === 'place' || path[1] === 'search' ? path[2] : undefined;
  const q = (named && decoded(named.replace(/\+/g, ' '))) || (at ? `${at[1]},${at[2]}` : u.searchParams.get('q') ?? u.searchParams.get('query'));
  if (!q || path[1] === 'dir') return link('Google Maps');
  const z = at?.[3] ? `&z=${Math.round(Number(at[3]))}` : '';
  return embed('Google Maps', `https://www.google.com/maps?q=${encodeURIComponent(q)}${z}&output=embed`, 4 / 3);
};

const FILE_PAGE = /^(?:File|Image|Datei|Fichier|Archivo|Bestand|Plik):([^/?#]+)$/;

/** A wiki's file page (`/wiki/File:X.jpg`, or an article's `#/media/File:X.jpg`) as its file, through Special:FilePath. */
const wiki = (provider: string): Rule => (u, path) => {
  const name = FILE_PAGE.exec(path[0] === 'wiki' ? (path[1] ?? '') : '')?.[1] ?? FILE_PAGE.exec(/^#\/media\/(.+)$/.exec(u.hash)?.[1] ?? '')?.[1];
  const kind = name && fileKind(name);
  if (!name || !kind) return link(provider);
  return { kind, provider, file: `https://${u.hostname}/wiki/Special:FilePath/${name}${kind === 'image' ? '?width=1280' : ''}` };
};

const twitter: Rule = (u, path) => {
  const at = path.findIndex((s) => s === 'status' || s === 'statuses');
  const id = u.hostname === 'platform.twitter.com' ? u.searchParams.get('id') : at >= 0 ? path[at + 1] : undefined;
  return id && /^\d{1,25}$/.test(id) ? embed('X', `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`) : link('X');
};

const bluesky: Rule = (_u, path) => {
  const [a, actor, b, rkey] = path;
  if (!/^(?:profile|embed)$/.test(a ?? '') || !/^(?:post|app\.bsky\.feed\.post)$/.test(b ?? '') || !actor || !rkey) return link('Bluesky');
  if (!/^[\w.:-]{3,256}$/.test(actor) || !/^[\w.~:-]{1,512}$/.test(rkey)) return link('Bluesky');
  return embed('Bluesky', `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${rkey}`);
};

const instagram: Rule = (_u, path) => {
  const at = path.findIndex((s) => s === 'p' || s === 'reel' || s === 'reels' || s === 'tv');
  const id = at >= 0 && at <= 1 ? path[at + 1] : undefined;
  return id && /^[\w-]{5,40}$/.test(id) ? embed('Instagram', `https://www.instagram.com/p/${id}/embed`) : link('Instagram');
};

const documentcloud: Rule = (_u, path) => {
  const slug = path[0] === 'documents' ? path[1]?.replace(/\.html$/, '') : undefined;
  return slug && /^\d+(?:-[\w-]+)?$/.test(slug) ? embed('DocumentCloud', `https://embed.documentcloud.org/documents/${slug}/`, 3 / 4) : link('DocumentCloud');
};

const DOCS: Record<string, [name: string, aspect: number, published: string]> = {
  document: ['Google Docs', 3 / 4, 'pub?embedded=true'],
  spreadsheets: ['Google Sheets', 4 / 3, 'pubhtml?widget=true&headers=false'],
  presentation: ['Google Slides', VIDEO_ASPECT, 'embed'],
  forms: ['Google Forms', 3 / 4, 'viewform?embedded=true'],
};

const googleDocs: Rule = (_u, path) => {
  const [type, d, id, pubId] = path;
  const doc = Object.hasOwn(DOCS, type!) ? DOCS[type!] : undefined;
  if (!doc || d !== 'd') return link('Google Docs');
  const [name, aspect, published] = doc;
  if (id === 'e') return pubId && /^[\w-]{10,}$/.test(pubId) ? embed(name, `https://docs.google.com/${type}/d/e/${pubId}/${published}`, aspect) : link(name);
  const action = type === 'forms' ? 'viewform?embedded=true' : 'preview';
  return id && /^[\w-]{10,}$/.test(id) ? embed(name, `https://docs.google.com/${type}/d/${id}/${action}`, aspect) : link(name);
};

const googleDrive: Rule = (u, path) => {
  const id = path[0] === 'file' && path[1] === 'd' ? path[2] : path[0] === 'open' ? u.searchParams.get('id') : undefined;
  return id && /^[\w-]{10,}$/.test(id) ? embed('Google Drive', `https://drive.google.com/file/d/${id}/preview`, 4 / 3) : link('Google Drive');
};

const tiktok: Rule = (_u, path) => {
  const id = path[1] === 'video' ? path[2] : path[0] === 'embed' ? (path[1] === 'v2' ? path[2] : path[1]) : undefined;
  return id && /^\d{5,25}$/.test(id) ? embed('TikTok', `https://www.tiktok.com/embed/v2/${id}`, PORTRAIT) : link('TikTok');
};

const wistia: Rule = (_u, path) => {
  const at = path.findIndex((s) => s === 'medias' || s === 'iframe');
  const id = at >= 0 ? path[at + 1]?.replace(/\.jsonp?$/, '') : undefined;
  return id && /^[a-z0-9]{6,20}$/i.test(id) ? embed('Wistia', `https://fast.wistia.net/embed/iframe/${id}`, VIDEO_ASPECT) : link('Wistia');
};

const giphy: Rule = (_u, path) => {
  const raw = path[0] === 'embed' ? path[1] : path[0] === 'gifs' || path[0] === 'stickers' || path[0] === 'clips' ? path[1]?.split('-').pop() : undefined;
  return raw && /^[a-z0-9]{5,40}$/i.test(raw) ? embed('GIPHY', `https://giphy.com/embed/${raw}`) : link('GIPHY');
};

/** Rules by domain; a domain's rule also reads its subdomains unless one of them has its own. */
const BY_DOMAIN: Readonly<Record<string, Rule>> = {
  'youtube.com': youtube, 'youtu.be': youtube, 'youtube-nocookie.com': youtube,
  'vimeo.com': vimeo,
  'dailymotion.com': dailymotion, 'dai.ly': dailymotion,
  'soundcloud.com': soundcloud,
  'open.spotify.com': spotify, 'spotify.com': () => link('Spotify'),
  'maps.app.goo.gl': () => link('Google Maps'),
  'goo.gl': (_u, path) => (path[0] === 'maps' ? link('Google Maps') : undefined),
  'wikipedia.org': wiki('Wikipedia'), 'wikimedia.org': wiki('Wikimedia'),
  'commons.wikimedia.org': wiki('Wikimedia Commons'), 'commons.m.wikimedia.org': wiki('Wikimedia Commons'),
  'upload.wikimedia.org': fileHost('Wikimedia Commons'),
  'twitter.com': twitter, 'x.com': twitter, 'pbs.twimg.com': fileHost('X'),
  'bsky.app': bluesky, 'embed.bsky.app': bluesky,
  'instagram.com': instagram,
  'flickr.com': () => link('Flickr'), 'flic.kr': () => link('Flickr'), 'staticflickr.com': fileHost('Flickr'),
  'documentcloud.org': documentcloud,
  'docs.google.com': googleDocs, 'drive.google.com': googleDrive,
  'tiktok.com': tiktok, 'vm.tiktok.com': () => link('TikTok'), 'vt.tiktok.com': () => link('TikTok'),
  'wistia.com': wistia, 'wistia.net': wistia, 'wi.st': wistia,
  'giphy.com': giphy, 'media.giphy.com': fileHost('GIPHY'), 'i.giphy.com': fileHost('GIPHY'), 'gph.is': () => link('GIPHY'),
  'i.imgur.com': fileHost('Imgur'), 'imgur.com': (u) => (fileKind(u.pathname) ? fileHost('Imgur')(u, []) : link('Imgur')),
  'images.unsplash.com': fileHost('Unsplash'),
};

/** `google.com`, `google.de`, `google.co.uk`, `google.com.au`, with any subdomain. */
const GOOGLE = /(?:^|\.)google\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/** The provider of an absolute http(s) URL and what it makes of it, or `undefined` for a host we do not know. */
export function findProvider(u: URL): Found | undefined {
  const host = u.hostname.toLowerCase();
  const path = u.pathname.split('/').filter(Boolean);
  for (let domain = host; domain.includes('.'); domain = domain.slice(domain.indexOf('.') + 1)) {
    if (Object.hasOwn(BY_DOMAIN, domain)) return BY_DOMAIN[domain]!(u, path);
    // media1.giphy.com: numbered servers of a file host
    const unnumbered = domain.replace(/^([a-z]+)\d+\./, '$1.');
    if (unnumbered !== domain && Object.hasOwn(BY_DOMAIN, unnumbered)) return BY_DOMAIN[unnumbered]!(u, path);
  }
  return GOOGLE.test(host) ? googleMaps(u, path) : undefined;
}
