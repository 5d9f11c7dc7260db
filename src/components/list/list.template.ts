// <tl-list>'s rows as Lit templates, built with the Lit the factory is handed (this module imports none of its own).
import type { TemplateResult } from 'lit';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { ListApi } from './list.api.js';
import { headingOf, type ListRows } from './list.rows.js';
import type { ListWords as TimelineListWords } from '../timeline/messages.js';

/** The words of the list: the timeline's (`Messages.list`) and, for printing, how many events are left out. */
export interface ListWords extends TimelineListWords {
  more: (n: number) => string;
}

/** One drawn row: a year's heading (`rows.event[r] < 0`), or an event's row with its "Show" button. */
export function rowTemplate(api: ListApi, model: TimelineModel, rows: ListRows, r: number, words: ListWords, tabStop: number): TemplateResult {
  const { html, nothing } = api;
  const lang = model.lang;
  const i = rows.event[r]!;
  if (i < 0) {
    const year = rows.years[headingOf(rows, r)]!;
    return html`<tr part="year" class="year" aria-rowindex=${r + 2}><th colspan="6" scope="colgroup">${api.formatYear(year, lang)}</th></tr>`;
  }
  const e = rows.events[i]!;
  const title = api.localize(e.title, lang);
  const date = e.displayDate ? api.localize(e.displayDate, lang) : api.formatEventDate(e, lang, model.zone);
  const precision = api.describeDates(e, lang);
  const lane = model.groupOption(e.group)?.title;
  const source = e.source ? e.source.publisher || e.source.doc : '';
  // Printed, a source is its address, written out (a link cannot be followed on paper).
  const url = e.source?.url || e.url || '';
  const isSelected = e.id === model.selectedId;
  return html`<tr part="row" class=${isSelected ? 'event selected' : 'event'} aria-rowindex=${r + 2} aria-current=${isSelected ? 'true' : nothing} data-row=${r}>
    <td class="when">${date}${precision ? html`<span class="precision"> · ${precision}</span>` : nothing}</td>
    <th scope="row"><span class="name">${title}</span></th>
    <td class="lane">${lane ? api.localize(lane, lang) : e.group}</td>
    <td class="category">${e.category}</td>
    <td class="source">${source}${url ? html`<span class="url">${source ? ' ' : ''}${url}</span>` : nothing}</td>
    <td class="show"><button part="show" type="button" tabindex=${r === tabStop ? '0' : '-1'} aria-label=${`${words.show}: ${title}`}>${words.show}</button></td>
  </tr>`;
}
