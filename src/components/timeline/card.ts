/** The card of the selected event: its title, date and precision, summary, source and link. */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { describeDates, formatEventDate, localize } from '../../model/text.js';
import { safeUrl, stripTags } from '../../model/html-text.js';
import { loadSanitizer } from '../../model/sanitize-loader.js';
import type { TimelineEvent } from '../../model/types.js';
import type { Messages } from './messages.js';

/**
 * Rich summaries, sanitized once per shown summary (not on every frame while the card is open and the view zooms).
 * The sanitizer loads with the first one; until then — or for good, if its file cannot be loaded — the card shows
 * the summary's text.
 */
export class Summaries {
  private entry: { event: TimelineEvent; raw: string; html: string | undefined } | undefined;

  /** Forgets what was sanitized (the events changed). */
  reset(): void {
    this.entry = undefined;
  }

  /** The sanitized HTML of `raw`, or `undefined` while the sanitizer loads; `ready` is called when it is there. */
  html(e: TimelineEvent, raw: string, ready: () => void): string | undefined {
    if (this.entry?.event !== e || this.entry.raw !== raw) {
      const entry: { event: TimelineEvent; raw: string; html: string | undefined } = { event: e, raw, html: undefined };
      this.entry = entry;
      loadSanitizer().then(
        (sanitize) => {
          entry.html = sanitize(raw);
          if (this.entry === entry) ready();
        },
        (error: unknown) => console.warn('<tl-timeline>: the HTML sanitizer could not be loaded; summaries are shown as text.', error),
      );
    }
    return this.entry.html;
  }
}

export interface CardContext {
  lang: string;
  t: Messages;
  /** Index of the event's lane (its colour). */
  lane: number;
  summaries: Summaries;
  /** The sanitizer has loaded a summary: render again. */
  refresh: () => void;
  close: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function cardTemplate(e: TimelineEvent, c: CardContext): TemplateResult {
  const { lang, t } = c;
  const url = safeUrl(e.url);
  const sourceUrl = safeUrl(e.source?.url);
  const rich = e.summaryHtml ? localize(e.summaryHtml, lang) : '';
  const sanitized = rich ? c.summaries.html(e, rich, c.refresh) : undefined;
  const precision = describeDates(e, lang);
  const source = e.source;
  return html`<section part="detail" class=${`detail c${c.lane % 8}`} role="region" aria-labelledby="detail-title" @keydown=${c.onKeyDown}>
    <h2 id="detail-title" tabindex="-1">${localize(e.title, lang)}</h2>
    <p class="when">${formatEventDate(e, lang)}${precision ? html` · <span>${precision}</span>` : nothing}${e.group ? ` · ${e.group}` : ''}</p>
    ${sanitized
      ? html`<div class="summary">${unsafeHTML(sanitized)}</div>`
      : sanitized === undefined && rich
        ? html`<p class="summary">${stripTags(rich)}</p>`
        : e.summary
          ? html`<p class="summary">${localize(e.summary, lang)}</p>`
          : nothing}
    ${source
      ? html`<p class="source">
          ${t.source}:
          ${sourceUrl ? html`<a href=${sourceUrl} target="_blank" rel="noopener noreferrer">${source.doc}</a>` : source.doc}${source.publisher
            ? `, ${source.publisher}`
            : ''}${source.author ? `, ${source.author}` : ''}${source.published ? ` (${t.published} ${source.published})` : ''}
        </p>`
      : nothing}
    ${url ? html`<p class="source"><a href=${url} target="_blank" rel="noopener noreferrer">${t.readMore}</a></p>` : nothing}
    <button class="close" part="button" aria-label=${t.close} @click=${c.close}>✕</button>
  </section>`;
}
