// builder.html: a person gives data (a URL or a file), sees it in a <tl-timeline>, sets how it looks, and copies the
// iframe code or the script-tag code. A static page under a strict policy: no inline script or style; styles are
// set through the CSSOM. The preview is the element the script-tag code makes: the same attributes, and a file's
// text as its inline <script type="application/json"> (or text/csv) child.
import { loadFormats, parseEventDate, type TlTimeline } from '../bundle/bundle.js';
import { parseDirection } from '../layout/direction.js';
import { THEMES, type EmbedTheme } from './params.js';
import { iframeCode, scriptCode, type Places, type SnippetInput } from './snippets.js';

/** Where the data comes from: the last address given or file picked. */
type Source = { kind: 'url'; url: string } | { kind: 'file'; name: string; text: string; json: boolean } | undefined;

const places: Places = {
  embed: new URL('./embed.html', import.meta.url).href,
  bundle: new URL('./timeline-elements.bundle.js', import.meta.url).href,
  resize: new URL('./embed-resize.js', import.meta.url).href,
};
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>('settings');
const field = {
  src: byId<HTMLInputElement>('src'),
  file: byId<HTMLInputElement>('file'),
  format: byId<HTMLSelectElement>('format'),
  label: byId<HTMLInputElement>('label'),
  lang: byId<HTMLSelectElement>('lang'),
  direction: byId<HTMLSelectElement>('direction'),
  timeZone: byId<HTMLInputElement>('time-zone'),
  q: byId<HTMLInputElement>('q'),
  theme: byId<HTMLSelectElement>('theme'),
  height: byId<HTMLInputElement>('height'),
  start: byId<HTMLInputElement>('start'),
  end: byId<HTMLInputElement>('end'),
  story: byId<HTMLInputElement>('story'),
};
const message = byId<HTMLParagraphElement>('message');
const iframeArea = byId<HTMLTextAreaElement>('iframe-code');
const scriptArea = byId<HTMLTextAreaElement>('script-code');
/** The id the script-tag code gives its element when it moves it to a start view (one per visit, so two timelines on a page differ). */
const elementId = `timeline-${Math.random().toString(36).slice(2, 7)}`;

let source: Source;
let preview = byId<TlTimeline>('preview');

// ——— reading the form ———

/** A field's error, shown under it and tied to it for screen readers; `''` clears it. */
function fieldError(inputs: HTMLInputElement[], id: string, text: string): void {
  const note = byId<HTMLParagraphElement>(id);
  note.textContent = text;
  note.hidden = !text;
  for (const input of inputs) input.toggleAttribute('aria-invalid', !!text && (input.value.trim() !== '' || inputs.length === 1));
}

/** The height as CSS (`600px`), `''` for auto; a bare number is pixels. Anything else is an error and counts as auto. */
function readHeight(): string {
  const value = field.height.value.trim().toLowerCase();
  const length = /^(\d+(?:\.\d+)?)(px|em|rem)?$/.exec(value);
  const ok = value === '' || value === 'auto' || (!!length && Number(length[1]) > 0);
  fieldError([field.height], 'height-error', ok ? '' : 'Give a height such as 600px, or leave it empty.');
  return ok && length ? `${length[1]}${length[2] ?? 'px'}` : '';
}

/** The time zone as typed (`''`: UTC), when `Intl` knows it; anything else is an error and counts as UTC. */
function readTimeZone(): string {
  const value = field.timeZone.value.trim();
  let ok = value === '' || value === 'local';
  if (!ok) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      ok = true;
    } catch {
      // Not a zone this browser knows (a typo, or a name such as "CET+1").
    }
  }
  fieldError([field.timeZone], 'time-zone-error', ok ? '' : `“${value}” is not a time zone: give a name such as Europe/Berlin, or local.`);
  return ok ? value : '';
}

/** The start view as it is typed and as numbers, when both dates are there and read. */
function readView(): { start: string; end: string; view?: [number, number] } {
  const start = field.start.value.trim();
  const end = field.end.value.trim();
  const a = parseEventDate(start);
  const b = parseEventDate(end);
  let error = '';
  if (!start && !end) error = '';
  else if (!start || !end) error = 'Give both dates, or neither.';
  else if (!a.ok) error = `“${start}” is not a date the timeline reads.`;
  else if (!b.ok) error = `“${end}” is not a date the timeline reads.`;
  else if (a.start.min >= (b.end ?? b.start).max) error = 'The first date must come before the second.';
  fieldError([field.start, field.end], 'view-error', error);
  if (error || !a.ok || !b.ok) return { start: '', end: '' };
  return { start, end, view: [a.start.min, (b.end ?? b.start).max] };
}

function readSettings(): SnippetInput {
  const { start, end, view } = readView();
  const settings: SnippetInput = {
    format: field.format.value,
    lang: field.lang.value,
    direction: parseDirection(field.direction.value) ?? 'auto',
    timeZone: readTimeZone(),
    q: field.q.value.trim(),
    theme: (THEMES as readonly string[]).includes(field.theme.value) ? (field.theme.value as EmbedTheme) : 'auto',
    label: field.label.value.trim(),
    height: readHeight(),
    start,
    end,
    story: field.story.checked,
    elementId,
  };
  if (view) settings.view = view;
  if (source?.kind === 'url') settings.src = source.url;
  if (source?.kind === 'file') settings.inline = { text: source.text, json: source.json };
  return settings;
}

// ——— the preview ———

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  message.textContent = text;
  message.dataset.kind = kind;
}

/** Brings the preview's look up to date (attributes set in place: no reload). */
function applyLook(el: TlTimeline, settings: SnippetInput): void {
  el.lang = settings.lang === 'auto' ? navigator.language : (settings.lang ?? '');
  el.direction = settings.direction ?? 'auto';
  el.timeZone = settings.timeZone ?? '';
  el.query = settings.q ?? '';
  el.theme = settings.theme ?? 'auto';
  el.label = settings.label ?? '';
  el.toggleAttribute('story', !!settings.story);
  el.style.height = settings.height ?? '';
}

/** Moves the preview to the start view, if one is set. */
async function applyView(el: TlTimeline, settings: SnippetInput): Promise<void> {
  if (!settings.view || !el.normalizedEvents.length) return;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.zoomTo(...settings.view).catch(() => undefined);
}

/** A new preview element for the current source (so it shows exactly what the copied code would). */
async function showSource(): Promise<void> {
  const settings = readSettings();
  const el = document.createElement('tl-timeline');
  el.id = 'preview';
  if (settings.format) el.setAttribute('format', settings.format);
  applyLook(el, settings);
  /** Only the preview on the page speaks (one replaced while it loaded says nothing). */
  const tell = (text: string, kind?: 'info' | 'error') => preview === el && say(text, kind);
  // What the page says about the data: how many events, how many rows were left out, or why nothing is shown.
  let shown = -1;
  let skipped = 0;
  const report = () => {
    const count = el.normalizedEvents.length;
    const events = count ? `Showing ${count} ${count === 1 ? 'event' : 'events'}.` : 'The data holds no events the timeline can show.';
    const rows = skipped ? ` ${skipped} ${skipped === 1 ? 'row was' : 'rows were'} left out (the note in the timeline says why).` : '';
    tell(events + rows, count ? 'info' : 'error');
  };
  let failed = false;
  el.addEventListener('tl-error', (e) => {
    failed = true;
    tell(`The data could not be shown: ${e.detail.message}.`, 'error');
  });
  el.addEventListener('tl-load', (e) => e.detail.count === 0 && report());
  el.addEventListener('tl-data-error', (e) => {
    skipped = e.detail.errors.filter((d) => d.index >= 0).length;
    if (shown >= 0) report();
  });
  el.model.subscribe((change) => {
    // Zero events is the element's state while it loads: said on tl-load, or once a file was read.
    if (!change.data || !el.normalizedEvents.length || el.normalizedEvents.length === shown) return;
    shown = el.normalizedEvents.length;
    report();
    void applyView(el, readSettings());
  });
  if (settings.inline) {
    // The adapters first, so that a file in another format is read as soon as the element is on the page.
    await loadFormats().catch(() => undefined);
    const script = document.createElement('script');
    script.type = settings.inline.json ? 'application/json' : 'text/csv';
    script.textContent = settings.inline.text;
    el.append(script);
  }
  if (settings.src) el.src = settings.src;
  say(settings.src ? 'Loading…' : 'Reading the file…');
  // The new element is the preview before it is connected: what it reports on connecting (an inline error) is told.
  const old = preview;
  preview = el;
  old.replaceWith(el);
  if (settings.inline) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    if (shown < 0 && !failed) report();
  }
}

// ——— the code ———

function updateCode(): void {
  const settings = readSettings();
  applyLook(preview, settings);
  iframeArea.value =
    iframeCode(settings, places) ??
    (source?.kind === 'file'
      ? 'An iframe needs the data at an address: put the file online (where other sites may read it) and give its address above.'
      : '');
  scriptArea.value = scriptCode(settings, places) ?? '';
  for (const area of [iframeArea, scriptArea]) {
    const button = document.querySelector<HTMLButtonElement>(`[data-copy="${area.id}"]`)!;
    button.disabled = !area.value.startsWith('<');
  }
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = byId<HTMLTextAreaElement>(button.dataset.copy!);
  const status = button.parentElement!.querySelector<HTMLElement>('.copied')!;
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard (an older browser, a page without permission): the text is selected for the reader to copy.
    area.focus();
    area.select();
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
  setTimeout(() => (status.textContent = ''), 4000);
}

// ——— wiring ———

function useUrl(): void {
  const value = field.src.value.trim();
  if (!value) return;
  let url: URL;
  try {
    url = new URL(value, location.href);
  } catch {
    say(`“${value}” is not a web address.`, 'error');
    return;
  }
  if (source?.kind === 'url' && source.url === url.href) return;
  source = { kind: 'url', url: url.href };
  field.file.value = '';
  updateCode();
  void showSource();
}

function useFile(file: File): void {
  const reader = new FileReader();
  reader.onload = () => {
    const text = String(reader.result ?? '');
    source = { kind: 'file', name: file.name, text, json: /\.json$/i.test(file.name) || /json/.test(file.type) || /^\s*[[{]/.test(text) };
    field.src.value = '';
    updateCode();
    void showSource();
  };
  reader.onerror = () => say(`The file “${file.name}” could not be read${reader.error ? ` (${reader.error.message})` : ''}.`, 'error');
  reader.readAsText(file);
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  useUrl();
});
field.src.addEventListener('change', useUrl);
field.file.addEventListener('change', () => {
  const file = field.file.files?.[0];
  if (file) useFile(file);
});
field.format.addEventListener('change', () => {
  if (source) void showSource();
});
form.addEventListener('input', (e) => {
  if (e.target !== field.src && e.target !== field.file) updateCode();
});
form.addEventListener('change', (e) => {
  if (e.target === field.start || e.target === field.end) void applyView(preview, readSettings());
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.addEventListener('click', () => void copy(button));

// The resize script, as the iframe code loads it, for pages that would rather have it inline.
byId('resize-url').textContent = places.resize;
fetch(places.resize)
  .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
  .then((text) => (byId<HTMLTextAreaElement>('resize-code').value = text))
  .catch((error: Error) => (byId<HTMLTextAreaElement>('resize-code').value = `// embed-resize.js could not be loaded (${error.message}).`));

// A data address in the builder's own URL (builder.html?src=…) is shown at once.
const given = new URLSearchParams(location.search).get('src');
if (given) {
  field.src.value = given;
  useUrl();
}
updateCode();
