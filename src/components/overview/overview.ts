// <tl-overview>: the element for the npm package (Lit and the helpers imported as usual). The script-tag bundle
// builds the same element from `overview.factory.ts` with its own Lit (see components/loader.ts).
import { css, html, LitElement, nothing, svg, unsafeCSS } from 'lit';
import { binsOf } from '../../layout/scene.js';
import { formatInstant, formatSpan } from '../../model/text.js';
import { messagesNow } from '../timeline/messages.js';
import { createOverview, type OverviewApi, type OverviewElement } from './overview.factory.js';

export type { OverviewElement };

/** What `<tl-overview>` is made with: Lit and the timeline's helpers. */
export const overviewApi: OverviewApi = { LitElement, html, svg, css, unsafeCSS, nothing, binsOf, formatInstant, formatSpan, messagesNow };

/** The `<tl-overview>` class. */
export const TlOverview = createOverview(overviewApi);

/** Registers `<tl-overview>` unless it is already defined. */
export function defineOverview(name = 'tl-overview'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlOverview {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-overview': OverviewElement;
  }
}
