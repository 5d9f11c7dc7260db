/** The card of the selected event: its title, date and precision, summary, source and link. */
import { html, nothing, type TemplateResult } from 'lit';
import { describeDates, formatEventDate, localize } from '../../model/text.js';
import { safeUrl } from '../../model/url.js';
import { loadFormats } from '../../formats/load.js';
import { loadSanitizer } from '../../model/sanitize-loader.js';
import type { TimelineEvent } from '../../model/types.js';
import type { Messages } from './messages.js';
import type { TimeZone } from '../../model/zone.js';

/**
 * Rich summaries, sanitized once per shown summary (not on every frame while the card is open and the view zooms).
 * The sanitizer loads with the first one (a few ms; its words are shown meanwhile). If its file cannot be loaded,
 * the card shows the summary's text, taken out by the format adapters' tag stripper (which loads instead).
 */
/**
 * Rich text's words for the few ms until the sanitizer is there: tags dropped, the common entities and numeric
 * references read, spaces collapsed, and written as text (Lit escapes it), so nothing is parsed as HTML and
 * nothing can run. Rarer named entities stay as written until then.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const entity = (whole: string, name: string) => {
  const code = name[0] === '#' ? (name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : NaN;
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : (ENTITIES[name] ?? whole);
};
export const roughText = (html: string) =>
  html.replace(/<[^>]*>?/g, ' ').replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, entity).replace(/\s+/g, ' ').trim();

/** Text as HTML that shows exactly that text. */
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class Summaries {
  /** Sanitized HTML by raw HTML (`undefined` while the sanitizer works): the card's summary and its captions. */
  private readonly done = new Map<string, string | undefined>();

  /** Forgets what was sanitized (the events changed). */
  reset(): void {
    this.done.clear();
  }

  /** The sanitized HTML of `raw`, or `undefined` while the sanitizer loads; `ready` is called when it is there. */
  html(_e: object, raw: string, ready: () => void): string | undefined {
    if (!this.done.has(raw)) {
      if (this.done.size > 64) this.done.clear();
      this.done.set(raw, undefined);
      loadSanitizer()
        .then(
          (sanitize) => sanitize(raw),
          async (error: unknown) => {
            console.warn('<tl-timeline>: the HTML sanitizer could not be loaded; summaries are shown as text.', error);
            return escapeText((await loadFormats()).stripTags(raw));
          },
        )
        .then((html) => {
          if (!this.done.has(raw)) return;
          this.done.set(raw, html);
          ready();
        })
        .catch(() => undefined);
    }
    return this.done.get(raw);
  }
}

/** A horizontal swipe on the card (see `story.ts`). */
export interface Swipe {
  onPointerDown: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onPointerCancel: () => void;
}

export interface CardContext {
  swipe: Swipe;
  lang: string;
  /** The time zone instants are written in (`''`: UTC). */
  zone: TimeZone | undefined;
  t: Messages;
  /** Previous and next, once the card's code has loaded (it loads with the first card). */
  nav: TemplateResult | typeof nothing;
  /** The media of the event, likewise. */
  media: TemplateResult | typeof nothing;
  /** Index of the event's lane (its colour). */
  lane: number;
  summaries: Summaries;
  /** The sanitizer has loaded a summary: render again. */
  refresh: () => void;
  close: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function cardTemplate(e: TimelineEvent, c: CardContext): TemplateResult {
  const { lang, zone, t } = c;
  const url = safeUrl(e.url);
  const sourceUrl = safeUrl(e.source?.url);
  const rich = e.summaryHtml ? localize(e.summaryHtml, lang) : '';
  const sanitized = rich ? c.summaries.html(e, rich, c.refresh) : undefined;
  const precision = describeDates(e, lang);
  const source = e.source;
  const shown = e.displayDate ? localize(e.displayDate, lang) : '';
  return html`<section part="detail" class=${`detail c${c.lane % 8}`} role="region" aria-labelledby="detail-title" @keydown=${c.onKeyDown}
      @pointerdown=${c.swipe.onPointerDown} @pointerup=${c.swipe.onPointerUp} @pointercancel=${c.swipe.onPointerCancel}>
    <h2 id="detail-title" tabindex="-1">${localize(e.title, lang)}</h2>
    <p class="when">${shown ? html`<span title=${formatEventDate(e, lang, zone)}>${shown}</span>` : formatEventDate(e, lang, zone)}${precision ? html` · <span>${precision}</span>` : nothing}${e.group ? ` · ${e.group}` : ''}</p>
    ${c.media}
    ${sanitized
      ? html`<div class="summary" .innerHTML=${sanitized}></div>`
      : rich
        ? html`<p class="summary">${roughText(rich)}</p>`
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
    ${c.nav}
    <button class="close" part="button" aria-label=${t.close} @click=${c.close}>✕</button>
  </section>`;
}

