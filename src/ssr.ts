/**
 * Server rendering (Node): `renderTimeline(events, options)` gives the HTML of a `<tl-timeline>` with its first view
 * in declarative shadow DOM — the header, the summary, the axis, the lanes with their events, and every event of
 * the first view as text — and its data in an inline script, so a page shows the timeline with JavaScript off and
 * search engines read its events; once the bundle runs, the element draws over it in place.
 *
 * Importing this module installs Lit SSR's DOM shim and registers the elements, so Lit SSR users can render
 * `<tl-timeline .events=${events}>` in their own templates too (see the README).
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeCSS, type CSSResultOrNative } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { EraInput, GroupInput, MarkerInput, TimelineEventInput } from './model/types.js';

// After the shim is in place (imported, the elements would run before it: its imports include an async module).
await import('./define.js');
const [{ loadMessages }, { loadZones }, { loadContextKit }] = await Promise.all([
  import('./components/timeline/messages.js'),
  import('./state/zone-setting.js'),
  import('./components/timeline/kit-loader.js'),
]);
// Eras and markers: their code in place before any render, and their strip's rules among the element's styles (the
// browser adopts them when the code loads).
const kit = await loadContextKit();
// The server's drawing (SVG where the browser has a canvas), and its rules.
const { serverAxis, serverPlot, serverStyles, serverViewport } = await import('./components/timeline/server-view.js');
const { serverDrawing } = await import('./components/timeline/server-hooks.js');
Object.assign(serverDrawing, { plot: serverPlot, axis: serverAxis, viewport: serverViewport });
(customElements.get('tl-timeline') as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles.push(unsafeCSS(kit.CONTEXT_CSS), serverStyles());

export interface RenderTimelineOptions {
  /** Language of labels and dates (`lang`). */
  lang?: string;
  /** Accessible name (`label`). */
  label?: string;
  /** Width in px the first view is laid out at (default 960); the browser lays it out again at the page's. */
  width?: number;
  /**
   * The element's height in px, written in its `style` (default 480): the page keeps its place when the script takes
   * over. `null` writes none (the element then grows with its lanes, and the page below may move once).
   */
  height?: number | null;
  /** Any other attributes of the element (`theme`, `direction`, `time-zone`, `max-rows`, `color-by`, `id`, …). */
  attributes?: Record<string, string | number | boolean>;
  /** A CSP nonce for the element's `<style>` in the declarative shadow root. */
  nonce?: string;
  /** Eras, markers and lane options, as the element's properties of those names take them. */
  eras?: readonly EraInput[];
  markers?: readonly MarkerInput[];
  groups?: readonly GroupInput[];
}

/** What the browser reads when the bundle runs: the element's data as its inline `<script type="application/json">`. */
export interface TimelineData {
  events: readonly TimelineEventInput[];
  eras?: readonly EraInput[];
  markers?: readonly MarkerInput[];
  groups?: readonly GroupInput[];
}

const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/**
 * The element's data as the inline script it reads (`<script type="application/json">`, a child of `<tl-timeline>`):
 * for Lit SSR templates, so the browser has the data the server rendered. Nothing in the data can end the script.
 */
export function dataScript(data: TimelineData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json">${json}</script>`;
}

/**
 * The HTML of a `<tl-timeline>` showing `events` (our event format), rendered on the server. Put it in the page, and
 * load the bundle (or import `timeline-elements/define.js`) to make it interactive.
 */
export async function renderTimeline(events: readonly TimelineEventInput[], options: RenderTimelineOptions = {}): Promise<string> {
  const attrs: Record<string, string | number | boolean> = { ...options.attributes };
  if (options.lang) attrs.lang = options.lang;
  if (options.label) attrs.label = options.label;
  attrs['server-width'] = options.width ?? 960;
  const height = options.height === undefined ? 480 : options.height;
  if (height !== null) attrs.style = `${attrs.style ? `${String(attrs.style).replace(/;?\s*$/, ';')} ` : ''}height: ${height}px`;
  // What the browser loads as it goes is loaded first here: the language's words and dates, the time zones.
  if (attrs.lang) await loadMessages(String(attrs.lang)).catch(() => undefined);
  if (attrs['time-zone']) await loadZones();
  const written = Object.entries(attrs)
    .filter(([, v]) => v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(String(v))}"`))
    .join('');
  const { eras, markers, groups } = options;
  // With a `src`, the browser fetches the data itself (no copy of 100,000 events in the page).
  const data = attrs.src ? '' : dataScript({ events, ...(eras && { eras }), ...(markers && { markers }), ...(groups && { groups }) });
  // The attributes are written into the template's strings: Lit SSR sets them on the element before it renders.
  const strings = Object.assign([`<tl-timeline${written} .events=`, ' .eras=', ' .markers=', ' .groups=', '>', '</tl-timeline>'], { raw: [] as string[] });
  strings.raw = [...strings];
  let out = await collectResult(render(html(strings as unknown as TemplateStringsArray, events, eras, markers, groups, unsafeHTML(data))));
  if (options.nonce) out = out.replace(/<style>/g, `<style nonce="${escapeAttr(options.nonce)}">`);
  return out;
}
