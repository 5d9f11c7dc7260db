// The code the builder hands out: an <iframe> of embed.html (with the resize script) and the script-tag version.
// Pure: strings in, strings out.
import { writeEmbedParams, type EmbedSettings } from './params.js';

/** Absolute URLs of the files beside the builder (so the code works wherever the folder is served from). */
export interface Places {
  embed: string;
  bundle: string;
  resize: string;
}

/** What the builder knows: the embed settings, a local file's text, and the first view as numbers. */
export interface SnippetInput extends Partial<EmbedSettings> {
  /** A local file's text, written into the script-tag code (an iframe needs the data at a URL). */
  inline?: { text: string; json: boolean };
  /** The first view in ms since 1970 (`start`/`end` read), for the script-tag code. */
  view?: readonly [number, number];
  /** The `id` the script-tag code gives its element, when a script of its own needs it. */
  elementId?: string;
}

/** Text for an HTML attribute value in double quotes (or for element content). */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A frame height before the first message arrives (and where there is no resize script). */
const FIRST_HEIGHT = 420;

/** The iframe code with the resize script, or `undefined` without data at a URL. */
export function iframeCode(input: SnippetInput, places: Places): string | undefined {
  if (!input.src) return undefined;
  const url = new URL(places.embed);
  url.search = writeEmbedParams(input).toString();
  const px = /^(\d+(?:\.\d+)?)px$/.exec(input.height ?? '');
  const height = px ? Math.round(Number(px[1])) : FIRST_HEIGHT;
  return [
    `<iframe src="${escapeHtml(url.href)}" title="${escapeHtml(input.label || 'Timeline')}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(places.resize)}" async></script>`,
  ].join('\n');
}

/** Data text for inside a `<script>` element: nothing in it can end the element. */
function scriptText({ text, json }: { text: string; json: boolean }): string {
  if (json) {
    try {
      // Read and written again: `<` only occurs inside strings, where \u003c means the same.
      return JSON.stringify(JSON.parse(text), null, 2).replace(/</g, '\\u003c');
    } catch {
      // Not JSON after all: the element will say so; the text goes in as the other formats do.
    }
  }
  return text.replace(/<(\/script|!--)/gi, '<\\$1');
}

/** The script-tag code: the bundle, the element with its attributes (and inline data), and the first view. */
export function scriptCode(input: SnippetInput, places: Places): string | undefined {
  if (!input.src && !input.inline) return undefined;
  const attrs: string[] = [];
  const add = (name: string, value: string | undefined) => value && attrs.push(`${name}="${escapeHtml(value)}"`);
  const view = input.view && input.src ? input.view : undefined;
  if (view) add('id', input.elementId ?? 'timeline');
  add('src', input.src);
  add('format', input.format);
  add('lang', input.lang === 'auto' ? undefined : input.lang);
  add('direction', input.direction === 'auto' ? undefined : input.direction);
  add('time-zone', input.timeZone);
  add('theme', input.theme === 'auto' ? undefined : input.theme);
  add('label', input.label);
  add('query', input.q);
  add('filter-mode', input.filterMode === 'dim' ? undefined : input.filterMode);
  if (input.story) attrs.push('story');
  if (input.height && input.height !== 'auto') add('style', `height: ${input.height}`);
  const open = `<tl-timeline${attrs.map((a) => ` ${a}`).join('')}>`;
  const lines = [`<script type="module" src="${escapeHtml(places.bundle)}"></script>`];
  if (input.inline && !input.src) {
    const type = input.inline.json ? 'application/json' : 'text/csv';
    lines.push(open, `  <script type="${type}">`, scriptText(input.inline), '  </script>', '</tl-timeline>');
  } else {
    lines.push(`${open}</tl-timeline>`);
  }
  if (view) {
    // The element has no attribute for its first view: once the data is there, a line of script moves it.
    lines.push(
      '<script type="module">',
      `  const timeline = document.getElementById(${JSON.stringify(input.elementId ?? 'timeline')});`,
      `  timeline.addEventListener('tl-load', async () => {`,
      '    await timeline.updateComplete;',
      `    requestAnimationFrame(() => timeline.zoomTo(${view[0]}, ${view[1]}));`,
      '  }, { once: true });',
      '</script>',
    );
  }
  return lines.join('\n');
}
