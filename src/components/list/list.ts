// <tl-list>: the element for the npm package (Lit and the helpers imported as usual). The script-tag bundle builds
// the same element from `list.factory.ts` with its own Lit (see bundle/list-loader.ts).
import { css, html, LitElement, nothing, unsafeCSS } from 'lit';
import { civilFromMs, msFromParts } from '../../model/calendar.js';
import { describeDates, formatEventDate, formatYear, localize } from '../../model/text.js';
import { messagesNow } from '../timeline/messages.js';
import { createList, type ListApi, type ListElement } from './list.factory.js';

export type { ListElement };

/** What `<tl-list>` is made with: Lit and the timeline's helpers. */
export const listApi: ListApi = {
  LitElement, html, css, unsafeCSS, nothing, formatEventDate, describeDates, localize, formatYear, civilFromMs, msFromParts, messagesNow,
};

/** The `<tl-list>` class. */
export const TlList = createList(listApi);

/** Registers `<tl-list>` unless it is already defined. */
export function defineList(name = 'tl-list'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlList {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-list': ListElement;
  }
}
