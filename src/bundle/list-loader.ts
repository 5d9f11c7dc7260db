// The script-tag bundle's loader for <tl-list>: `timeline-elements.list.js` beside the bundle holds the element's
// factory with no imports of its own; the bundle hands it its Lit and helpers, so there is one copy of each.
import { css, html, LitElement, nothing, unsafeCSS } from 'lit';
import { civilFromMs, msFromParts } from '../model/calendar.js';
import { describeDates, formatEventDate, formatYear, localize } from '../model/text.js';
import { messagesNow } from '../components/timeline/messages.js';

let loading: Promise<void> | undefined;

export function loadList(): Promise<void> {
  return (loading ??= import('../components/list/list.factory.js').then(({ createList }) => {
    if (!customElements.get('tl-list')) {
      customElements.define('tl-list', createList({ LitElement, html, css, unsafeCSS, nothing, formatEventDate, describeDates, localize, formatYear, civilFromMs, msFromParts, messagesNow }));
    }
  }));
}
