// <tl-list>'s styles, built from the Lit it is handed (the factory imports no Lit of its own).
import type { css as litCss, unsafeCSS as litUnsafeCSS } from 'lit';
import { DARK_COLORS, LIGHT_COLORS } from '../colors.js';

/** Height of every row (the header, a year, an event), px: fixed, so the list can place rows it has not drawn. */
export const ROW_HEIGHT = 32;
/** Narrower than this (px), the list takes its narrow layout. */
export const NARROW_PX = 480;
/**
 * Height of an event's row in the narrow layout, px (the column header and year rows keep `ROW_HEIGHT`): the date
 * line with the Show button (22), three lines of title (3 × 18.2), the line of lane, category and source (16), the
 * gaps and padding.
 */
export const NARROW_ROW_HEIGHT = 108;

export function listStyles({ css, unsafeCSS }: { css: typeof litCss; unsafeCSS: typeof litUnsafeCSS }) {
  const dark = unsafeCSS(`${DARK_COLORS} --_border: var(--tl-color-border, #2a3342); --_band: var(--tl-color-band, #18202b);`);
  return css`
    :host {
      ${unsafeCSS(`${LIGHT_COLORS} --_row: ${ROW_HEIGHT}px; --_head: ${ROW_HEIGHT}px;`)}
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
    :host([data-layout='narrow']) {
      ${unsafeCSS(`--_row: ${NARROW_ROW_HEIGHT}px;`)}
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
    thead tr,
    thead th {
      height: var(--_head);
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
      top: var(--_head);
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
    .url,
    .more {
      display: none;
    }
    /* Narrow: the table is laid out as blocks, and an event's row as a small grid — the date and Show on a line,
       the whole title on up to three, then lane · category · source in small type. The elements stay table, row
       and cells for assistive technology (Chromium keeps table semantics under these display values). */
    :host([data-layout='narrow']) :is(table, thead, tbody, tr) {
      display: block;
    }
    :host([data-layout='narrow']) thead {
      position: sticky;
      top: 0;
      z-index: 2;
    }
    :host([data-layout='narrow']) thead tr {
      display: flex;
      background: var(--_bg);
      box-shadow: inset 0 -1px var(--_border);
    }
    :host([data-layout='narrow']) thead th {
      position: static;
      flex: none;
      line-height: var(--_head);
    }
    :host([data-layout='narrow']) thead :is(th:nth-child(n + 3), td) {
      display: none;
    }
    /* A year's row keeps the header's height (the list places rows by two heights in this layout). */
    :host([data-layout='narrow']) tr.year {
      position: sticky;
      top: var(--_head);
      z-index: 1;
      height: var(--_head);
    }
    :host([data-layout='narrow']) tr.year th {
      display: block;
      position: static;
      height: var(--_head);
      line-height: var(--_head);
    }
    :host([data-layout='narrow']) tr.event {
      display: grid;
      grid-template-columns: minmax(0, max-content) minmax(0, max-content) minmax(0, 1fr) auto;
      grid-template-rows: 22px 1fr 16px;
      row-gap: 2px;
      box-sizing: border-box;
      height: var(--_row);
      padding: 6px 8px;
      border-bottom: 1px solid var(--_border);
    }
    :host([data-layout='narrow']) tr.event > * {
      height: auto;
      padding: 0;
      border: 0;
      align-self: center;
    }
    :host([data-layout='narrow']) .when {
      grid-area: 1 / 1 / 2 / 4;
      font-size: 0.85em;
      color: var(--_muted);
    }
    :host([data-layout='narrow']) .show {
      grid-area: 1 / 4 / 2 / 5;
      padding-inline-start: 8px;
    }
    :host([data-layout='narrow']) tbody th {
      grid-area: 2 / 1 / 3 / 5;
      align-self: start;
      white-space: normal;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }
    :host([data-layout='narrow']) .name {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    :host([data-layout='narrow']) .lane,
    :host([data-layout='narrow']) .category,
    :host([data-layout='narrow']) .source {
      grid-row: 3;
      font-size: 0.8em;
      line-height: 16px;
      color: var(--_muted);
    }
    :host([data-layout='narrow']) .category:not(:empty)::before,
    :host([data-layout='narrow']) .source:not(:empty)::before {
      content: '\\a0·\\a0';
    }
    :host([data-layout='narrow']) tr.selected > * {
      background: none;
    }
    :host([data-layout='narrow']) tr.selected {
      background: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
      box-shadow: inset 3px 0 var(--_accent);
    }
    :host([data-layout='narrow']) tr.selected > :first-child {
      box-shadow: none;
    }
    @media (forced-colors: active) {
      tr.selected > :first-child {
        box-shadow: none;
        border-inline-start: 3px solid Highlight;
      }
    }
    /* Printed: every drawn row (the list draws its first 2,000 rows unvirtualized), wrapped, without the buttons,
       each source's address written out; the headers repeat on each page. */
    @media print {
      :host {
        border: 0;
        overflow: visible;
      }
      .base {
        max-height: none !important;
        overflow: visible;
      }
      .show-col,
      td:last-child {
        display: none;
      }
      thead th,
      .year th {
        position: static;
      }
      tr,
      th,
      td {
        height: auto;
      }
      th,
      td {
        white-space: normal;
        overflow: visible;
        padding-block: 3px;
        vertical-align: top;
      }
      tr {
        break-inside: avoid;
      }
      .url {
        display: inline;
        overflow-wrap: anywhere;
        color: var(--_muted);
      }
      .more {
        display: block;
        margin: 6px 8px;
        color: var(--_muted);
      }
    }
  `;
}
