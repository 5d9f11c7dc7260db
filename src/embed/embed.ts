// embed.html?src=…&format=…&lang=…&direction=…&time-zone=…&theme=…&label=…&height=…&start=…&end=…&q=…
// &filter-mode=…&event=…&story&id=… — a timeline for an <iframe>, for pages (CMSs) that allow no script. Parameters
// map onto <tl-timeline>'s attributes (see params.ts); start/end set the first view, event opens one event (through
// hash-links, so the reader's later choices stay in the frame's own URL). The page tells its parent its height (embed-resize.js on the parent resizes the frame).
import './frame-window.js';
import { parseEventDate, type TlTimeline } from '../bundle/bundle.js';
import { followsFrame, readEmbedParams } from './params.js';

/** The message the page posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'tl-embed-height';
  /** The document's height in CSS pixels, rounded up. */
  height: number;
  /** The frame's `id` parameter, when it has one. */
  id: string | undefined;
}

const settings = readEmbedParams(location.search);
const el = document.querySelector<TlTimeline>('tl-timeline')!;

// `auto`: the reader's own language (the element's messages fall back to English where they have none).
const lang = settings.lang === 'auto' ? navigator.language : settings.lang;
if (lang) document.documentElement.lang = lang;
// The element runs time right to left for a Hebrew or Arabic `lang` by itself; the page gets a `dir` only when the
// parameter forces one (a `dir` on the page would otherwise override the language's).
if (settings.direction) {
  el.direction = settings.direction;
  if (settings.direction !== 'auto') document.documentElement.dir = settings.direction;
}
if (settings.timeZone) el.timeZone = settings.timeZone;
if (settings.theme) el.theme = settings.theme;
const label = settings.label;
if (label) {
  el.label = label;
  document.title = label;
}
// The page's heading (visually hidden): the label, or the element's own word for a timeline.
const heading = document.getElementById('title');
if (heading) heading.textContent = label ?? (document.documentElement.lang.toLowerCase().startsWith('de') ? 'Zeitleiste' : 'Timeline');
if (settings.format) el.setAttribute('format', settings.format);
if (settings.plainWheel) el.plainWheel = true;
if (settings.story) el.toggleAttribute('story', true);
if (settings.filterMode) el.filterMode = settings.filterMode;
// The search to open with; a `#q=` the reader's own search left in the frame's URL wins (hash-links reads it).
if (settings.q) el.query = settings.q;
// A CSS height, through the CSSOM (the page's policy allows no style attribute); one the browser does not read is ignored.
if (settings.height && settings.height !== 'auto' && CSS.supports('height', settings.height)) el.style.height = settings.height;

el.hashLinks = true;
if (settings.event && !location.hash) history.replaceState(history.state, '', `#event=${encodeURIComponent(settings.event)}`);

const start = parseEventDate(settings.start);
const end = parseEventDate(settings.end);
if (start.ok && end.ok) {
  const from = start.start.min;
  const to = (end.end ?? end.start).max;
  el.addEventListener(
    'tl-load',
    async () => {
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.zoomTo(from, to);
    },
    { once: true },
  );
}

if (settings.src) el.src = settings.src;

/**
 * Posts the document's height to the parent whenever it changes (a ResizeObserver reports at most once a frame).
 * The height is no secret, so any parent may read it (`'*'`); the parent checks where the message came from.
 */
function reportHeight(id: string | undefined): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'tl-embed-height', height, id } satisfies EmbedHeightMessage, '*');
  }).observe(document.documentElement);
}
if (!followsFrame(settings.height)) reportHeight(settings.id);

/**
 * A frame its page does not size (no embed-resize.js: a CMS's iframe of a fixed height) would keep the space under
 * the lanes empty. When the frame has not been resized a second after the timeline's data was drawn, and it is taller
 * than what it shows, the timeline fills it (as `height=100vh` would; the reports then say the frame's own height,
 * so a page that does follow them late keeps the frame as it is).
 */
function fillUnsizedFrame(): void {
  if (window.parent === window) return;
  let resized = false;
  addEventListener('resize', () => (resized = true), { once: true });
  el.addEventListener(
    'tl-load',
    () =>
      setTimeout(() => {
        const frame = document.documentElement.clientHeight;
        const content = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (!resized && frame >= 200 && content < frame - 24) el.style.height = '100vh';
      }, 1000),
    { once: true },
  );
}
if (!settings.height || settings.height === 'auto') fillUnsizedFrame();
