import type { EraInput, MarkerInput, TimelineEventInput } from '../model/types.js';

/** Children that end the title: everything from the first of them on is the summary. */
const BLOCK = new Set(['P', 'DIV', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'FIGURE', 'SECTION', 'TABLE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The event that a `<tl-event>` element describes, read from its attributes and content whether or not the
 * element is defined: the text before the first block child (`<p>`, `<ul>` …) is the title, the block children are
 * the summary (HTML, sanitized when shown). Without an `id` attribute the position among its siblings names it.
 */
export function readEventElement(el: Element, index: number): TimelineEventInput {
  let title = '';
  let summary = '';
  let inSummary = false;
  for (const node of el.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && BLOCK.has((node as Element).tagName)) inSummary = true;
    if (inSummary) summary += node.nodeType === Node.ELEMENT_NODE ? (node as Element).outerHTML : node.textContent;
    else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) title += node.textContent;
  }
  const event: TimelineEventInput = {
    id: el.getAttribute('id') || `tl-event-${index + 1}`,
    start: el.getAttribute('start') ?? '',
    title: squash(title),
  };
  const end = el.getAttribute('end');
  const group = el.getAttribute('group');
  const href = el.getAttribute('href');
  if (end) event.end = end;
  if (group) event.group = group;
  if (href) event.url = href;
  const category = el.getAttribute('category')?.trim();
  if (category) event.category = category;
  // Tags as a comma-separated list (`tags="ev, china"`).
  const tags = (el.getAttribute('tags') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.length) event.tags = tags;
  if (summary.trim()) event.summaryHtml = summary.trim();
  return event;
}

/**
 * The era that a `<tl-era>` element describes: `start`, `end`, `color`, `group` and `id` from its attributes, the
 * title from its text. Without an `id` attribute its position among the `<tl-era>`s names it (`tl-era-<n>`). Read
 * as given; the element's normaliser validates it.
 */
export function readEraElement(el: Element, index: number): EraInput {
  const era: EraInput = {
    id: el.getAttribute('id') || `tl-era-${index + 1}`,
    start: el.getAttribute('start') ?? '',
    end: el.getAttribute('end') ?? '',
    title: squash(el.textContent ?? ''),
  };
  const color = el.getAttribute('color');
  const group = el.getAttribute('group');
  if (color) era.color = color;
  if (group) era.group = group;
  return era;
}

/**
 * The marker that a `<tl-marker>` element describes: `at` and `id` from its attributes, the title from its text.
 * Without an `id` attribute its position among the `<tl-marker>`s names it (`tl-marker-<n>`).
 */
export function readMarkerElement(el: Element, index: number): MarkerInput {
  return {
    id: el.getAttribute('id') || `tl-marker-${index + 1}`,
    at: el.getAttribute('at') ?? '',
    title: squash(el.textContent ?? ''),
  };
}
