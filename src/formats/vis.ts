/**
 * vis-timeline items and groups (https://visjs.github.io/vis-timeline/docs/timeline/#items) →
 * `TimelineEventInput`, background items → `EraInput`, groups → `GroupInput`.
 */
import type { DataError, EraInput, GroupInput, TimelineEventInput } from '../model/types.js';
import { dateInputToString } from './dates.js';
import { isRecord, listOf, readRow, type ConversionResult } from './result.js';
import { escapeHtml, hasMarkup, plainColor, stripTags, stripTagsInline } from './text.js';

/** What {@link parseVisItems} returns: background items as eras, and the groups as lanes in their order. */
export interface VisResult extends ConversionResult {
  eras: EraInput[];
  groups: GroupInput[];
}

/** A vis group as read: the label its items' events get as `group`, and its `order` when it is a number. */
interface VisGroup {
  label: string;
  order?: number;
}

/** Text of an item's or group's `content`: an HTML string, or an element (vis accepts both). */
function contentHtml(content: unknown): string {
  if (typeof content === 'string') return content;
  if (typeof content === 'number') return String(content);
  if (isRecord(content) && typeof content.outerHTML === 'string') return content.outerHTML;
  return '';
}

/**
 * Group id (as a string) → the group. vis-timeline keeps its groups in an object keyed by id, so `0` and `'0'`
 * are one group and a later one updates it: here the later one's label and order win, at the first one's place.
 */
function readGroups(groups: unknown): Map<string, VisGroup> {
  const byId = new Map<string, VisGroup>();
  for (const group of listOf(groups) ?? []) {
    readRow(-1, () => {
      if (!isRecord(group) || group.id == null || group.id === '') return;
      const id = String(group.id);
      const label = stripTagsInline(contentHtml(group.content)) || id;
      const order = typeof group.order === 'number' && Number.isFinite(group.order) ? group.order : undefined;
      byId.set(id, order === undefined ? { label } : { label, order });
    });
  }
  return byId;
}

/**
 * The groups as lanes, in the order given. A lane's id is the label its events carry as `group`, so groups that
 * share a label are one lane (the first one's order); there is no separate `title` to give.
 */
function groupInputs(groups: Map<string, VisGroup>): GroupInput[] {
  const lanes = new Map<string, GroupInput>();
  for (const { label, order } of groups.values()) {
    if (!lanes.has(label)) lanes.set(label, order === undefined ? { id: label } : { id: label, order });
  }
  return [...lanes.values()];
}

/** An item's id as a string, or `vis-<index>` when it has none. */
const itemId = (item: Record<string, unknown>, index: number) => (item.id == null || item.id === '' ? `vis-${index}` : String(item.id));

/** The `group` an item's event or era gets: its group's label, or the id as it is when no group has that id. */
function groupOf(item: Record<string, unknown>, groups: Map<string, VisGroup>): string | undefined {
  if (item.group == null || item.group === '') return undefined;
  const key = String(item.group);
  return groups.get(key)?.label ?? key;
}

/**
 * vis-timeline items (an array or a `DataSet`), and optionally their groups, as events, eras (from
 * `type: 'background'` items) and lanes (from the groups). Also accepts one object `{ items, groups }`. Never
 * throws: unreadable items are dropped and listed in `errors` (index into `items`).
 */
export function parseVisItems(items: unknown, groups?: unknown): VisResult {
  if (isRecord(items) && !listOf(items) && 'items' in items) {
    return parseVisItems(items.items, groups ?? items.groups);
  }
  const list = listOf(items);
  if (!list) return { events: [], errors: [{ index: -1, reason: 'vis items must be an array or a DataSet' }], eras: [], groups: [] };
  const byId = readGroups(groups);
  const result: VisResult = { events: [], errors: [], eras: [], groups: groupInputs(byId) };
  list.forEach((item: unknown, index) => {
    const read = readRow(index, () => (isRecord(item) && item.type === 'background' ? backgroundItem(item, index, byId) : visItem(item, index, byId)));
    if ('reason' in read) result.errors.push(read);
    else if ('era' in read) result.eras.push(read.era);
    else result.events.push(read);
  });
  return result;
}

/**
 * The colour of a vis `style` string's `background-color` or `background`, when the last of them is a plain
 * colour; anything else (`url(…)`, `var(…)`, a shorthand with an image) gives none.
 */
export function backgroundColor(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  let value: string | undefined;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (property === 'background' || property === 'background-color') {
      value = declaration.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    }
  }
  return value ? plainColor(value) : undefined;
}

/** A `type: 'background'` item as an era, or why it cannot be one. */
function backgroundItem(item: Record<string, unknown>, index: number, groups: Map<string, VisGroup>): { era: EraInput } | DataError {
  const id = itemId(item, index);
  const start = dateInputToString(item.start);
  if (!start.ok) return { index, id, reason: `start: ${start.reason}` };
  if (item.end == null || item.end === '') return { index, id, reason: 'background item needs an end' };
  const end = dateInputToString(item.end);
  if (!end.ok) return { index, id, reason: `end: ${end.reason}` };
  const era: EraInput = { id, start: start.value, end: end.value, title: stripTagsInline(contentHtml(item.content).trim()) };
  const color = backgroundColor(item.style);
  if (color) era.color = color;
  const group = groupOf(item, groups);
  if (group) era.group = group;
  return { era };
}

/** One vis item as an event, or why it cannot be one. */
function visItem(item: unknown, index: number, groups: Map<string, VisGroup>): TimelineEventInput | DataError {
  if (!isRecord(item)) return { index, reason: 'item is not an object' };
  const id = itemId(item, index);
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
  const group = groupOf(item, groups);
  if (group) event.group = group;
  return event;
}

/** The events of vis-timeline items (see {@link parseVisItems} for the errors, eras and groups). */
export function fromVisItems(items: unknown, groups?: unknown): TimelineEventInput[] {
  return parseVisItems(items, groups).events;
}
