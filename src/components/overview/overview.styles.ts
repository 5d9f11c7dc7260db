// <tl-overview>'s styles, built from the Lit it is handed (the factory imports no Lit of its own).
import type { css as litCss, unsafeCSS as litUnsafeCSS } from 'lit';
import { DARK_COLORS, LIGHT_COLORS } from '../colors.js';

export function overviewStyles({ css, unsafeCSS }: { css: typeof litCss; unsafeCSS: typeof litUnsafeCSS }) {
  /** The dark scheme's colours (as the timeline's): under prefers-color-scheme: dark, and with the dark theme. */
  const dark = unsafeCSS(`${DARK_COLORS} --_border: var(--tl-color-border, #2a3342);`);
  return css`
    :host {
      ${unsafeCSS(LIGHT_COLORS)}
      --_border: var(--tl-color-border, #d5dbe5);
      display: block;
      position: relative;
      height: var(--tl-overview-height, 44px);
      margin: 4px 0;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--tl-radius, 6px);
      box-sizing: border-box;
      touch-action: pan-y;
      user-select: none;
      -webkit-user-select: none;
      contain: layout paint style;
    }
    :host([hidden]) {
      display: none;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([data-scheme='light'])) {
        ${dark}
      }
    }
    :host([data-scheme='dark']) {
      ${dark}
    }
    .base {
      position: absolute;
      inset: 0;
      cursor: pointer;
    }
    svg {
      display: block;
      width: 100%;
      height: 100%;
    }
    .c0 { fill: var(--_c0); }
    .c1 { fill: var(--_c1); }
    .c2 { fill: var(--_c2); }
    .c3 { fill: var(--_c3); }
    .c4 { fill: var(--_c4); }
    .c5 { fill: var(--_c5); }
    .c6 { fill: var(--_c6); }
    .c7 { fill: var(--_c7); }
    path {
      opacity: 0.75;
    }
    .window {
      position: absolute;
      top: 0;
      bottom: 0;
      box-sizing: border-box;
      border: 2px solid var(--_accent);
      border-radius: 3px;
      background: color-mix(in srgb, var(--_accent) 12%, transparent);
      cursor: grab;
    }
    .thumb {
      position: absolute;
      top: 0;
      bottom: 0;
      width: 24px;
      margin-left: -12px;
      cursor: ew-resize;
      outline: none;
    }
    .thumb::after {
      content: '';
      position: absolute;
      left: 9px;
      top: 20%;
      bottom: 20%;
      width: 6px;
      border-radius: 3px;
      background: var(--_accent);
    }
    .thumb:focus-visible::after {
      left: 7px;
      width: 10px;
      background: var(--_focus);
      box-shadow: 0 0 0 2px var(--_bg);
    }
    @media (forced-colors: active) {
      path { fill: CanvasText; }
      .window { border-color: Highlight; background: transparent; }
      .thumb::after { background: Highlight; }
    }
  `;
}
