/**
 * `<tl-filter>`: a search field and filter chips for a timeline. Typing sets the model's query (once per frame),
 * the chips its filter — built from the lanes, categories and tags its events have, with counts — and a polite
 * live region says how many events match. Like `<tl-overview>`, this module imports no Lit of its own: the npm
 * entry (`filter.ts`) and the script-tag bundle's loader hand it theirs.
 */
import type { LitElement, css as litCss, html as litHtml, nothing as litNothing } from 'lit';
import type { EventFilter, TimelineModel } from '../../state/timeline-model.js';
import type { TimelineEvent } from '../../model/types.js';
import type { FilterWords, Messages } from '../timeline/messages.js';
import { TimelineLink } from '../find-timeline.js';

export interface FilterApi {
  LitElement: typeof LitElement;
  html: typeof litHtml;
  css: typeof litCss;
  nothing: typeof litNothing;
  /** The timeline's interface words in a language, if they are here (en, de, and languages loaded since). */
  messagesNow: (lang: string) => Pick<Messages, 'filter' | 'matches'> | undefined;
}

type Facet = 'groups' | 'categories' | 'tags';
const FACETS = ['groups', 'categories', 'tags'] as const satisfies readonly Facet[];
/** Chips per facet at most (the most frequent values). */
const MAX_CHIPS = 24;

/** English and German (the bundle's languages) are here; the others come with their interface words. */
const WORDS: Record<'en' | 'de', FilterWords> = {
  en: { search: 'Search events', groups: 'Lanes', categories: 'Categories', tags: 'Tags' },
  de: { search: 'Ereignisse durchsuchen', groups: 'Spuren', categories: 'Kategorien', tags: 'Schlagwörter' },
};

/** What `<tl-filter>` offers a page. */
export interface FilterElement extends HTMLElement {
  /** The `id` of the `<tl-timeline>` to filter; without it, the one it is in. */
  for: string;
  readonly updateComplete: Promise<boolean>;
}
export type FilterConstructor = { new (): FilterElement; prototype: FilterElement };

/** Each facet's values in the events, most frequent first, with their counts. */
function facetsOf(events: readonly TimelineEvent[]): Record<Facet, [string, number][]> {
  const counts = { groups: new Map<string, number>(), categories: new Map<string, number>(), tags: new Map<string, number>() };
  const add = (map: Map<string, number>, value: string) => value && map.set(value, (map.get(value) ?? 0) + 1);
  for (const e of events) {
    add(counts.groups, e.group);
    add(counts.categories, e.category);
    for (const tag of e.tags) add(counts.tags, tag);
  }
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_CHIPS);
  return { groups: top(counts.groups), categories: top(counts.categories), tags: top(counts.tags) };
}

/**
 * A search field and filter chips for a timeline. Nest it in a `<tl-timeline>`, or point `for` at one's `id`.
 *
 * @tagname tl-filter
 * @summary Search field and lane, category and tag chips that set a timeline's query and filter.
 *
 * @csspart input - The search field.
 * @csspart chip - Each filter chip (a toggle button).
 * @csspart status - The "N of M events match" line.
 */
export function createFilter(api: FilterApi): FilterConstructor {
  const { LitElement, html, css, nothing } = api;

  class TlFilter extends LitElement {
    static override properties = { for: { type: String, reflect: true, noAccessor: true } };

    static override styles = css`
      :host { display: block; font: inherit; margin: 4px 0; }
      :host([hidden]) { display: none; }
      label { display: block; font-size: 0.9em; margin-bottom: 2px; }
      input { font: inherit; padding: 4px 6px; min-width: 14em; max-width: 100%; box-sizing: border-box; }
      .chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
      button { font: inherit; font-size: 0.9em; padding: 2px 8px; border: 1px solid currentColor; border-radius: 999px; background: transparent; color: inherit; cursor: pointer; }
      button[aria-pressed='true'] { background: CanvasText; color: Canvas; }
      .count { opacity: 0.75; margin-inline-start: 4px; }
      .status { margin: 4px 0 0; font-size: 0.9em; min-height: 1.2em; }
    `;

    private readonly link = new TimelineLink(this);
    /** The `id` of the `<tl-timeline>` to filter (in the same document or shadow root); without it, the one it is in. */
    get for(): string {
      return this.link.for;
    }
    set for(value: string) {
      this.link.setFor(value);
    }

    private facets: { events: readonly TimelineEvent[]; values: Record<Facet, [string, number][]> } | undefined;
    private typed: string | undefined;
    private frame = 0;

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }

    private get model(): TimelineModel | undefined {
      return this.link.model;
    }

    /** The filter's words and the "N of M events match" line, in the timeline's language once its words are here. */
    private get words(): FilterWords & Pick<Messages, 'matches'> {
      const lang = this.model?.lang ?? 'en';
      const t = api.messagesNow(lang);
      if (t?.filter) return { ...t.filter, matches: t.matches };
      // English and German, or English until the language's words arrive (the timeline asks for them).
      const own = t && t === api.messagesNow('de') ? WORDS.de : WORDS.en;
      return { ...own, matches: (t ?? api.messagesNow('en')!).matches };
    }

    private values(model: TimelineModel): Record<Facet, [string, number][]> {
      if (this.facets?.events !== model.events) this.facets = { events: model.events, values: facetsOf(model.events) };
      return this.facets.values;
    }

    protected override render() {
      const model = this.model;
      if (!model) return nothing;
      const words = this.words;
      const filter = model.search.filter;
      const values = this.values(model);
      const chip = (facet: Facet, [value, count]: [string, number]) => {
        const on = !!filter[facet]?.includes(value);
        return html`<button part="chip" type="button" aria-pressed=${on ? 'true' : 'false'} data-facet=${facet} data-value=${value} @click=${this.onChip}>
          ${value}<span class="count">${count}</span>
        </button>`;
      };
      return html`<label for="q">${words.search}</label>
        <input part="input" id="q" type="search" autocomplete="off" .value=${this.typed ?? model.search.text} @input=${this.onInput} />
        ${FACETS.map((facet) =>
          values[facet].length > 1 || filter[facet]?.length
            ? html`<div class="chips" role="group" aria-label=${words[facet]}>${values[facet].map((v) => chip(facet, v))}</div>`
            : nothing,
        )}
        <p part="status" class="status" role="status" aria-live="polite">${model.search.active && !model.search.pending ? words.matches(model.search.count, model.events.length) : ''}</p>`;
    }

    /** The query follows the typing once per frame (a million events cost a search per frame, not per key). */
    private onInput = (event: Event): void => {
      this.typed = (event.target as HTMLInputElement).value;
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const typed = this.typed;
        this.typed = undefined;
        if (typed !== undefined) this.model?.search.setText(typed);
      });
    };

    private onChip = (event: Event): void => {
      const model = this.model;
      const button = event.currentTarget as HTMLElement;
      if (!model) return;
      const facet = button.dataset.facet as Facet;
      const value = button.dataset.value!;
      const list = model.search.filter[facet] ?? [];
      const next: EventFilter = { ...model.search.filter, [facet]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] };
      model.search.setFilter(next);
    };
  }
  return TlFilter;
}
