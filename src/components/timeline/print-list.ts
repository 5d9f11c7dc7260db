/**
 * What the element prints below the picture of its current view when its list is not shown: all its shown events
 * in date order — date, title, lane, category, source with its address written out — up to `PRINT_EVENTS`, then
 * how many are left out. Drawn only while a print is prepared (`beforeprint` … `afterprint`): it needs no code
 * to load (`beforeprint` cannot wait for any), and costs nothing on screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { describeDates, formatEventDate, localize } from '../../model/text.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Messages } from './messages.js';

/** Most events printed; a line after them says how many more there are. */
export const PRINT_EVENTS = 2000;

export function printListTemplate(t: Messages, model: TimelineModel): TemplateResult {
  const lang = model.lang;
  const events = model.shownEvents;
  const more = events.length - PRINT_EVENTS;
  return html`<ol part="print-list" class="print-list" aria-label=${t.events(events.length)}>
      ${events.slice(0, PRINT_EVENTS).map((e) => {
        const precision = describeDates(e, lang);
        const lane = model.groupOption(e.group)?.title;
        const source = e.source ? e.source.publisher || e.source.doc : '';
        const url = e.source?.url || e.url || '';
        const meta = [lane ? localize(lane, lang) : e.group, e.category, source, url].filter(Boolean).join(' · ');
        return html`<li>
          <span class="when">${e.displayDate ? localize(e.displayDate, lang) : formatEventDate(e, lang)}${precision ? ` · ${precision}` : ''}</span>
          <strong>${localize(e.title, lang)}</strong>${meta ? html` <span class="meta">${meta}</span>` : nothing}
        </li>`;
      })}
    </ol>
    ${more > 0 ? html`<p class="print-more">${t.notPrinted}: ${t.events(more)}</p>` : nothing}`;
}
