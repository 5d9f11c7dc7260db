/**
 * The media in a card, as CSS text: adopted by the element's shadow root (a constructed style sheet, which a strict
 * Content-Security-Policy allows) when the media code loads.
 */
import { cssText } from './css-text.js';

export const MEDIA_CSS = cssText`
  /* Previous and next (in the same file as the media; the bundle keeps the row's place, held while this loads):
     buttons with arrows that point where the step goes on screen; right to left, "previous" is on the right. */
  .story-nav button {
    min-height: 32px;
    padding: 0 12px;
    border: 1px solid var(--tl-color-border, #c9d1de);
    border-radius: 16px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    cursor: pointer;
  }
  .story-nav button:disabled {
    visibility: hidden;
  }
  .story-nav button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .story-nav .previous::before {
    content: '← ' / '';
  }
  .story-nav .next::after {
    content: ' →' / '';
  }
  .story-nav:dir(rtl) .previous::before {
    content: '→ ' / '';
  }
  .story-nav:dir(rtl) .next::after {
    content: ' ←' / '';
  }
  .media-list {
    display: grid;
    gap: 10px;
    margin: 8px 0;
  }
  .media {
    margin: 0;
  }
  .media img,
  .media video,
  .media iframe,
  .media-placeholder,
  .media-error {
    display: block;
    width: 100%;
    max-width: 640px;
    height: auto;
    border: 0;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_fg) 6%, transparent);
  }
  .media img {
    max-height: 420px;
    object-fit: contain;
  }
  .media audio {
    width: 100%;
    max-width: 640px;
  }
  .r169 { aspect-ratio: 16 / 9; }
  .r43 { aspect-ratio: 4 / 3; }
  .r11 { aspect-ratio: 1; max-width: 420px; }
  .rtall { aspect-ratio: 9 / 16; max-width: 320px; }
  .rbar { aspect-ratio: auto; min-height: 152px; }
  .media-placeholder {
    position: relative;
    display: grid;
    align-content: center;
    justify-items: center;
    gap: 6px;
    padding: 12px;
    box-sizing: border-box;
    overflow: hidden;
  }
  .media-thumb {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    opacity: 0.35;
  }
  .media-load {
    position: relative;
    display: grid;
    gap: 2px;
    max-width: 90%;
    min-height: 44px;
    padding: 8px 14px;
    border: 1px solid var(--_fg);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .media-load:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .media-what {
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .media-notice {
    position: relative;
    margin: 0;
    font-size: 0.85em;
    color: var(--_fg);
    text-align: center;
  }
  .media-error {
    display: grid;
    place-items: center;
    min-height: 80px;
    padding: 12px;
    box-sizing: border-box;
    color: var(--_fg);
  }
  .media figcaption {
    display: grid;
    gap: 2px;
    margin-top: 4px;
    font-size: 0.9em;
  }
  .credit {
    color: var(--_muted);
  }
  .media-quote {
    margin: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--_muted);
  }
`;
