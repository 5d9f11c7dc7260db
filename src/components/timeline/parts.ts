/** The element's parts around the plot: the header (legend, zoom buttons), the loading or error status, the notice. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataLoadError } from '../../controllers/data-source-controller.js';
import type { DataError } from '../../model/types.js';
import type { Messages } from './messages.js';
import type { TimelineModel } from '../../state/timeline-model.js';

/** The legend of how precision is drawn, and the zoom buttons. */
export function headerTemplate(t: Messages, zoom: (factor: number) => void, fit: () => void, categories: TemplateResult | typeof nothing, list: { shown: boolean; toggle: () => void }): TemplateResult {
  return html`<div part="header" class="header">
    ${categories}
    <ul part="legend" class="legend" aria-label=${t.legend}>
      <li><span class="swatch"></span>${t.legendExact}</li>
      <li><span class="swatch period"></span>${t.legendPeriod}</li>
      <li>≈ ${t.legendApprox}</li>
      <li>? ${t.legendUncertain}</li>
    </ul>
    <div part="controls" class="controls" role="group" aria-label=${t.zoom}>
      <button part="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} @click=${() => zoom(1 / 2)}>−</button>
      <button part="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => zoom(2)}>+</button>
      <button part="button" class="fit" @click=${fit}>${t.fit}</button>
    </div>
    <button part="button view-toggle" class="view-toggle" aria-controls="tl-list-view" aria-expanded=${list.shown ? 'true' : 'false'} @click=${list.toggle}>${list.shown ? t.showTimeline : t.showList}</button>
  </div>`;
}

/** "Loading events…", or why the data could not be read. */
export function statusTemplate(t: Messages, status: string, error: DataLoadError | undefined): TemplateResult | typeof nothing {
  if (status === 'loading') return html`<div part="status" class="status" data-state="loading" role="status">${t.loading}</div>`;
  if (status !== 'error' || !error) return nothing;
  return html`<div part="status" class="status error" data-state="error" role="alert">
    <strong>${t.loadFailed(error.src ?? '')}</strong> ${t.loadReason(error.kind, error.status, error.message)}
  </div>`;
}

/** The rows that could not be shown, and why (the first 50), then the notes on rows that are shown (media without alt text …). */
export function noticeTemplate(t: Messages, errors: readonly DataError[]): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const skipped = errors.filter((e) => !e.warning);
  const notes = errors.length - skipped.length;
  const summary = [skipped.length ? t.skipped(skipped.length) : '', notes ? t.notes(notes) : ''].filter(Boolean).join(' · ');
  return html`<div part="notice" class=${skipped.length ? 'notice' : 'notice notes-only'} role="status">
    <details>
      <summary>${skipped.length ? '⚠' : 'ℹ'} ${summary}</summary>
      <ul>
        ${[...skipped, ...errors.filter((e) => e.warning)].slice(0, 50).map((e) => html`<li>#${e.index + 1}${e.id ? ` (${e.id})` : ''}: ${e.reason}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** The line under the header that describes the plot (its `aria-describedby`); not a live region. */
export function summaryTemplate(text: string): TemplateResult | typeof nothing {
  return text ? html`<p part="summary" id="tl-summary" class="summary">${text}</p>` : nothing;
}

/** The plot's count: its events, or while a query or filter is in force, how many of them match ("3 of 26 events match"). */
export function countText(t: Messages, model: TimelineModel): string {
  const { search } = model;
  return !search.active || search.pending ? t.events(model.shownEvents.length) : t.matches(search.count, model.events.length);
}
