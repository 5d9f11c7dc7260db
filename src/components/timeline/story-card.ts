/**
 * The story's parts of the card: previous and next, and the title card. Loaded with the first card (see `card-kit.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CardContext } from './card.js';
import type { Messages } from './messages.js';

/** Where previous and next go (the neighbours' names; undefined at an end), and what a step does. */
export interface CardNav {
  previous: string | undefined;
  next: string | undefined;
  step: (direction: 1 | -1) => void;
}

/** Rich text's words, for the moment until the sanitizer is there. */
const plainText = (raw: string) => raw.replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim();

/** Previous and next, named after where they go. */
export function navTemplate(nav: CardNav, t: Messages): TemplateResult {
  return html`<div class="story-nav">
    <button part="previous" class="previous" ?disabled=${nav.previous === undefined} aria-label=${nav.previous === undefined ? t.previous : `${t.previous}: ${nav.previous}`} @click=${() => nav.step(-1)}>${t.previous}</button>
    <button part="next" class="next" ?disabled=${nav.next === undefined} aria-label=${nav.next === undefined ? t.next : `${t.next}: ${nav.next}`} @click=${() => nav.step(1)}>${t.next}</button>
  </div>`;
}

/** The story's title card: what the timeline is about, before its first event. */
export interface TitleCard {
  heading: string;
  /** Rich text (sanitized when shown), or plain text. */
  text?: string;
}

export interface TitleCardContext extends Pick<CardContext, 't' | 'swipe' | 'nav' | 'media' | 'close' | 'onKeyDown'> {
  /** Sanitized HTML of rich text, `undefined` while the sanitizer loads. */
  rich: (raw: string) => string | undefined;
}

export function titleCardTemplate(title: TitleCard, c: TitleCardContext): TemplateResult {
  const rich = title.text && /<[a-z!/]/i.test(title.text) ? title.text : '';
  const sanitized = rich ? c.rich(rich) : undefined;
  return html`<section part="detail title-card" class="detail title-card" role="region" aria-labelledby="detail-title" @keydown=${c.onKeyDown}
      @pointerdown=${c.swipe.onPointerDown} @pointerup=${c.swipe.onPointerUp} @pointercancel=${c.swipe.onPointerCancel}>
    <h2 id="detail-title" tabindex="-1">${title.heading}</h2>
    ${c.media}
    ${sanitized ? html`<div class="summary" .innerHTML=${sanitized}></div>` : title.text ? html`<p class="summary">${rich ? plainText(rich) : title.text}</p>` : nothing}
    ${c.nav}
    <button class="close" part="button" aria-label=${c.t.close} @click=${c.close}>✕</button>
  </section>`;
}
