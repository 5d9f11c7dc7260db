// The script-tag bundle's loader for <tl-overview>: `timeline-elements.overview.js` beside the bundle (resolved
// against the bundle's own URL, so a query string on it never loads anything twice) holds the element's factory
// with no imports of its own; the bundle hands it its Lit and helpers, so there is one copy of each.
import { css, html, LitElement, nothing, svg, unsafeCSS } from 'lit';
import { binsOf } from '../layout/scene.js';
import { formatInstant, formatSpan } from '../model/text.js';
import { messagesNow } from '../components/timeline/messages.js';

let loading: Promise<void> | undefined;

export function loadOverview(): Promise<void> {
  return (loading ??= import('../components/overview/overview.factory.js').then(({ createOverview }) => {
    if (!customElements.get('tl-overview')) {
      customElements.define('tl-overview', createOverview({ LitElement, html, svg, css, unsafeCSS, nothing, binsOf, formatInstant, formatSpan, messagesNow }));
    }
  }));
}
