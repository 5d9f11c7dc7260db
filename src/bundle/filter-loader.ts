// The script-tag bundle's loader for <tl-filter>: `timeline-elements.filter.js` beside the bundle holds the
// element's factory with no imports of its own; the bundle hands it its Lit and its interface words.
import { css, html, LitElement, nothing } from 'lit';
import { messagesNow } from '../components/timeline/messages.js';

let loading: Promise<void> | undefined;

export function loadFilter(): Promise<void> {
  return (loading ??= import('../components/filter/filter.factory.js').then(({ createFilter }) => {
    if (!customElements.get('tl-filter')) customElements.define('tl-filter', createFilter({ LitElement, html, css, nothing, messagesNow }));
  }));
}
