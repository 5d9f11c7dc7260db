/** The filter by lane, category and tag (pure; loaded with the search core, `search.ts`). */
import type { TimelineEvent } from './types.js';

/** What facets an event must have: any of the values listed in a facet, and every facet given. */
export interface EventFilter {
  groups?: readonly string[];
  categories?: readonly string[];
  tags?: readonly string[];
}

/** Which events have the facets `filter` asks for: `1` at the position of each (every event for an empty filter). */
export function filterMatches(events: readonly TimelineEvent[], filter: EventFilter): Uint8Array {
  const hits = new Uint8Array(events.length);
  const set = (list: readonly string[] | undefined) => (list?.length ? new Set(list) : undefined);
  const [groups, categories, tags] = [set(filter.groups), set(filter.categories), set(filter.tags)];
  events.forEach((e, i) => {
    if (groups && !groups.has(e.group)) return;
    if (categories && !categories.has(e.category)) return;
    if (tags && !e.tags.some((t) => tags.has(t))) return;
    hits[i] = 1;
  });
  return hits;
}
