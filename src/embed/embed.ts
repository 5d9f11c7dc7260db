// embed.html?src=…&format=…&lang=…&theme=…&label=…&start=…&end=…&event=… — a timeline for an <iframe>, for pages
// (CMSs) that allow no script. Parameters map onto <tl-timeline>'s attributes; start/end set the first view,
// event opens one event (through hash-links, so the reader's later choices stay in the frame's own URL).
import { parseEventDate, type TlTimeline } from '../bundle/bundle.js';

const params = new URLSearchParams(location.search);
const el = document.querySelector<TlTimeline>('tl-timeline')!;
const get = (name: string) => params.get(name)?.trim() || undefined;

const lang = get('lang');
if (lang) document.documentElement.lang = lang;
const theme = get('theme');
if (theme === 'light' || theme === 'dark' || theme === 'auto') el.theme = theme;
const label = get('label');
if (label) {
  el.label = label;
  document.title = label;
}
// The page's heading (visually hidden): the label, or the element's own word for a timeline.
const heading = document.getElementById('title');
if (heading) heading.textContent = label ?? (lang?.toLowerCase().startsWith('de') ? 'Zeitleiste' : 'Timeline');
const format = get('format');
if (format) el.setAttribute('format', format);
if (params.has('plain-wheel')) el.plainWheel = true;

const event = get('event');
el.hashLinks = true;
if (event && !location.hash) history.replaceState(history.state, '', `#event=${encodeURIComponent(event)}`);

const start = parseEventDate(get('start'));
const end = parseEventDate(get('end'));
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

const src = get('src');
if (src) el.src = src;
