// <tl-filter>: the element for the npm package (Lit imported as usual). The script-tag bundle builds the same
// element from `filter.factory.ts` with its own Lit (see bundle/filter-loader.ts).
import { css, html, LitElement, nothing } from 'lit';
import { messagesNow } from '../timeline/messages.js';
import { createFilter, type FilterApi, type FilterElement } from './filter.factory.js';

export type { FilterElement };

/** What `<tl-filter>` is made with. */
export const filterApi: FilterApi = { LitElement, html, css, nothing, messagesNow };

/** The `<tl-filter>` class. */
export const TlFilter = createFilter(filterApi);

/** Registers `<tl-filter>` unless it is already defined. */
export function defineFilter(name = 'tl-filter'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlFilter {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-filter': FilterElement;
  }
}
