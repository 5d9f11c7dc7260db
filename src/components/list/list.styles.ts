// <tl-list>'s styles, built from the Lit it is handed (the factory imports no Lit of its own).
import type { css as litCss, unsafeCSS as litUnsafeCSS } from 'lit';
import { DARK_COLORS, LIGHT_COLORS } from '../colors.js';

/** Height of every row (the header, a year, an event), px: fixed, so the list can place rows it has not drawn. */
export const ROW_HEIGHT = 32;

export function listStyles({ css, unsafeCSS }: { css: typeof litCss; unsafeCSS: typeof litUnsafeCSS }) {
  const dark = unsafeCSS(`${DARK_COLORS} --_border: var(--tl-color-border, #2a3342); --_band: var(--tl-color-band, #18202b);`);
  return css`
    :host {
      ${unsafeCSS(`${LIGHT_COLORS} --_row: ${ROW_HEIGHT}px;`)}
      --_border: var(--tl-color-border, #d5dbe5);
      --_band: var(--tl-color-band, #f3f5f9);
      display: block;
      margin: 4px 0;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--tl-radius, 6px);
      font: var(--tl-font, 14px/1.3 system-ui, sans-serif);
      overflow: hidden;
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
      max-height: 400px;
      overflow: auto;
      overscroll-behavior: contain;
    }
    table {
      width: 100%;
      table-layout: fixed;
      border-collapse: separate;
      border-spacing: 0;
    }
    tr {
      height: var(--_row);
    }
    th,
    td {
      height: var(--_row);
      padding: 0 8px;
      box-sizing: border-box;
      text-align: start;
      font-weight: normal;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      border-bottom: 1px solid var(--_border);
    }
    thead th {
      position: sticky;
      top: 0;
      z-index: 2;
      background: var(--_bg);
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 600;
    }
    .year th {
      position: sticky;
      top: var(--_row);
      z-index: 1;
      background: var(--_band);
      font-weight: 700;
    }
    .spacer td {
      height: auto;
      padding: 0;
      border: 0;
    }
    .date {
      width: 26%;
    }
    .title {
      width: 30%;
    }
    .show-col {
      width: 5.5em;
    }
    .precision {
      color: var(--_muted);
    }
    tbody th {
      font-weight: 600;
    }
    /* A light tint (text on it keeps 7:1; the bar at the start says "selected"). */
    tr.selected > * {
      background: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
    }
    tr.selected > :first-child {
      box-shadow: inset 3px 0 var(--_accent);
    }
    tr.selected > :first-child:dir(rtl) {
      box-shadow: inset -3px 0 var(--_accent);
    }
    button {
      font: inherit;
      font-size: 0.9em;
      line-height: 1;
      padding: 4px 10px;
      color: var(--_accent);
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 4px;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 1px;
    }
    .empty {
      padding: 8px;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      tr.selected > :first-child {
        box-shadow: none;
        border-inline-start: 3px solid Highlight;
      }
    }
    @media print {
      .base {
        max-height: none !important;
        overflow: visible;
      }
      .show-col,
      td:last-child {
        display: none;
      }
    }
  `;
}
