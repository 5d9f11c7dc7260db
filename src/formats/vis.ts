/**
 * vis-timeline items and groups (https://visjs.github.io/vis-timeline/docs/timeline/#items) →
 * `TimelineEventInput`.
 */
import type { DataError, TimelineEventInput } from '../model/types.js';
import { dateInputToString } from './dates.js';
import { isRecord, listOf, readRow, type ConversionResult } from './result.js';
import { escapeHtml, hasMarkup, stripTags, stripTagsInline } from './text.js';

/** Text of an item's or group's `content`: an HTML string, or an element (vis accepts both). */
function contentHtml(content: unknown): string {
  if (typeof content === 'string') return content;
  if (typeof content === 'number') return String(content);
  if (isRecord(content) && typeof content.outerHTML === 'string') return content.outerHTML;
  return '';
}

/** Group id → the group's label (its `content` as text). */
function groupLabels(groups: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  for (const group of listOf(groups) ?? []) {
    readRow(-1, () => {
      if (!isRecord(group) || group.id == null) return;
      const label = stripTagsInline(contentHtml(group.content));
      labels.set(String(group.id), label || String(group.id));
    });
  }
  return labels;
}

/**
 * vis-timeline items (an array or a `DataSet`), and optionally their groups, as events. Also accepts one
 * object `{ items, groups }`. Never throws: unreadable items and `type: 'background'` items are dropped and
 * listed in `errors` (index into `items`).
 */
export function parseVisItems(items: unknown, groups?: unknown): ConversionResult {
  if (isRecord(items) && !listOf(items) && 'items' in items) {
    return parseVisItems(items.items, groups ?? items.groups);
  }
  const list = listOf(items);
  if (!list) return { events: [], errors: [{ index: -1, reason: 'vis items must be an array or a DataSet' }] };
  const labels = groupLabels(groups);
  const events: TimelineEventInput[] = [];
  const errors: DataError[] = [];
  list.forEach((item: unknown, index) => {
    const result = readRow(index, () => visItem(item, index, labels));
    if ('reason' in result) errors.push(result);
    else events.push(result);
  });
  return { events, errors };
}

/** One vis item as an event, or why it cannot be one. */
function visItem(item: unknown, index: number, labels: Map<string, string>): TimelineEventInput | DataError {
  if (!isRecord(item)) return { index, reason: 'item is not an object' };
  const id = item.id == null || item.id === '' ? `vis-${index}` : String(item.id);
  if (item.type === 'background') {
    return { index, id, reason: 'background items are not supported (skipped)' };
  }
  const start = dateInputToString(item.start);
  if (!start.ok) return { index, id, reason: `start: ${start.reason}` };
  const html = contentHtml(item.content).trim();
  const tooltipHtml = typeof item.title === 'string' ? item.title.trim() : '';
  const tooltip = stripTags(tooltipHtml);
  const title = stripTagsInline(html) || stripTagsInline(tooltip);
  if (!title) return { index, id, reason: 'item has no content' };
  const event: TimelineEventInput = { id, start: start.value, title };
  // Boxes and points have no extent in vis, whatever `end` says.
  if (item.end != null && item.end !== '' && item.type !== 'box' && item.type !== 'point') {
    const end = dateInputToString(item.end);
    if (!end.ok) return { index, id, reason: `end: ${end.reason}` };
    event.end = end.value;
  }
  if (tooltip && tooltip !== title) event.summary = tooltip;
  // summaryHtml is shown instead of summary, so it carries the tooltip too.
  if (hasMarkup(html)) event.summaryHtml = event.summary ? `${html}\n<p>${hasMarkup(tooltipHtml) ? tooltipHtml : escapeHtml(tooltipHtml)}</p>` : html;
  if (item.group != null && item.group !== '') {
    const key = String(item.group);
    event.group = labels.get(key) ?? key;
  }
  return event;
}

/** The events of vis-timeline items (see {@link parseVisItems} for the errors). */
export function fromVisItems(items: unknown, groups?: unknown): TimelineEventInput[] {
  return parseVisItems(items, groups).events;
}
