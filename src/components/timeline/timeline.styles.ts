import { css, unsafeCSS } from 'lit';
import { DARK_COLORS, LIGHT_COLORS } from '../colors.js';
import { printStyles } from './print.styles.js';

/**
 * The dark scheme: used under prefers-color-scheme: dark (unless theme="light") and with theme="dark". Declarations
 * only, so a plain string (a `css` template must be a whole style sheet for the build's minifier).
 */
const dark = unsafeCSS(`${DARK_COLORS}
    --_grid: var(--tl-color-grid, #273040);
    --_band: var(--tl-color-band, #161b24);
    --_card: var(--tl-color-card, #1a202b);
    color-scheme: dark;
    border-color: var(--tl-color-border, #2a3342);
`);

export const timelineStyles = css`
  :host {
    ${unsafeCSS(LIGHT_COLORS)}
    --_grid: var(--tl-color-grid, #e3e7ee);
    --_band: var(--tl-color-band, #f6f8fb);
    --_card: var(--tl-color-card, #ffffff);
    --_radius: var(--tl-radius, 6px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font: var(--tl-font, 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    border: 1px solid var(--tl-color-border, #d5dbe5);
    border-radius: var(--_radius);
    contain: layout paint style;
    color-scheme: light;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A page's rules on the host element itself (a universal colour or font-size rule) win over :host; the inside
     sets what it inherits again so that they stop at the border. */
  .base {
    /* With a height set on the host, the lanes scroll inside it; otherwise the element grows with its lanes. */
    display: flex;
    flex-direction: column;
    height: 100%;
    color: var(--_fg);
    font: var(--tl-font, 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
  }
  .header,
  .notice,
  .detail {
    flex: none;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 12px;
    padding: 6px 8px 2px;
  }
  /* One line under the header, always as tall: it changes as the view moves, and the plot below must not jump (a
     narrow column cuts it short; the plot's description, it is read whole). */
  .summary {
    margin: 0;
    padding: 0 8px 2px;
    font-size: 0.85em;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 12px;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .swatch {
    display: inline-block;
    width: 18px;
    height: 10px;
    border-radius: 3px;
    background: color-mix(in srgb, var(--_muted) 42%, var(--_bg));
    border: 1.25px solid var(--_muted);
  }
  .swatch.period {
    background: color-mix(in srgb, var(--_muted) 22%, transparent);
    border: 1.5px dashed var(--_muted);
  }
  .controls {
    display: inline-flex;
    gap: 4px;
  }
  button {
    font: inherit;
    font-size: 13px;
    min-width: 30px;
    height: 28px;
    padding: 0 8px;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--tl-color-border, #c9d1de);
    border-radius: 4px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The plot's focus ring is drawn inside its edges, over the drawing: an outline around it would be cut off by the
     element's own edge (and painted under the positioned canvas). */
  .plot-frame {
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .focus-ring {
    display: none;
    position: absolute;
    inset: 0;
    z-index: 2;
    border: 2px solid var(--_focus);
    border-radius: 2px;
    pointer-events: none;
  }
  .plot:focus-visible + .focus-ring {
    display: block;
  }
  .axis {
    display: block;
    flex: none;
    height: 36px;
    border-bottom: 1px solid var(--_grid);
  }
  .axis line {
    stroke: var(--_muted);
  }
  .tick-label {
    font-size: 12px;
    fill: var(--_fg);
    font-variant-numeric: tabular-nums;
  }
  .tick-context {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_muted);
  }
  .plot {
    position: relative;
    display: block;
    flex: 1 1 auto;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    cursor: grab;
    /* A vertical swipe scrolls the page (the browser's own); horizontal swipes and pinches are the timeline's
       (TouchController). */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    outline: none;
  }
  .plot:active {
    cursor: grabbing;
  }
  svg {
    display: block;
    overflow: hidden;
  }
  .band {
    fill: transparent;
  }
  .band.odd {
    fill: var(--_band);
  }
  .lane-label {
    font-size: 11px;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .c0 { --_c: var(--_c0); }
  .c1 { --_c: var(--_c1); }
  .c2 { --_c: var(--_c2); }
  .c3 { --_c: var(--_c3); }
  .c4 { --_c: var(--_c4); }
  .c5 { --_c: var(--_c5); }
  .c6 { --_c: var(--_c6); }
  .c7 { --_c: var(--_c7); }
  .lane-label:not([fill]) {
    fill: var(--_c);
  }
  .lane-label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
  }
  /* Bands under the drawing; the canvas with the grid, events, clusters and labels; lane names and the options
     (transparent, for the pointer, the keyboard focus and screen readers) over it. */
  .drawing,
  .over {
    position: absolute;
    left: 0;
    top: 0;
  }
  .drawing {
    display: block;
    pointer-events: none;
  }
  .over .lane-labels {
    pointer-events: none;
  }
  .option {
    fill: transparent;
    /* Room for the focus ring and the label when the focused option is scrolled into view. */
    scroll-margin: 12px;
  }
  .option.event,
  .plot.over-event {
    cursor: pointer;
  }
  .option.cluster,
  .option.density,
  .plot.over-cluster,
  .plot.over-density {
    cursor: zoom-in;
  }
  .empty {
    padding: 24px;
    color: var(--_muted);
    text-align: center;
  }
  .hint {
    position: absolute;
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    padding: 6px 12px;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_fg) 85%, transparent);
    color: var(--_bg);
    font-size: 13px;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
  }
  .hint.visible {
    opacity: 1;
  }
  .status {
    margin: 4px 8px;
    padding: 8px 10px;
    color: var(--_muted);
  }
  .status.error {
    color: var(--_fg);
    border-inline-start: 3px solid #b91c1c;
    background: color-mix(in srgb, #ef4444 12%, var(--_bg));
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: 320px;
    padding: 4px 8px;
    transform: translate(-50%, calc(-100% - 6px));
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 12px;
    line-height: 1.35;
    white-space: normal;
    cursor: default;
  }
  .notice {
    margin: 4px 8px;
    padding: 4px 8px;
    font-size: 12px;
    border-inline-start: 3px solid #b45309;
    background: color-mix(in srgb, #f59e0b 14%, var(--_bg));
  }
  .notice summary {
    cursor: pointer;
  }
  .notice ul {
    margin: 4px 0 0;
    padding-inline-start: 18px;
  }
  /* The list in the plot's place: the axis and the strip of eras and markers belong to the plot. */
  .plot-frame.hidden,
  .base.list > .axis,
  .base.list > .context {
    display: none;
  }
  .story-nav {
    min-height: 32px;
    display: flex;
    justify-content: space-between;
    gap: 8px;
    margin-top: 10px;
  }
  .detail {
    touch-action: pan-y;
  }
  .detail {
    position: relative;
    margin: 8px;
    padding-block: 12px;
    padding-inline: 14px 40px;
    background: var(--_card);
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_c, var(--_accent));
    border-radius: var(--_radius);
  }
  .detail h2 {
    margin: 0 0 2px;
    font-size: 16px;
    line-height: 1.3;
  }
  /* The keyboard brings the focus here when it opens the card. */
  .detail h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .detail .when {
    margin: 0 0 6px;
    color: var(--_muted);
    font-size: 13px;
  }
  .detail .summary {
    margin: 0 0 6px;
  }
  .detail .summary p {
    margin: 0 0 6px;
  }
  .detail .source {
    margin: 0;
    font-size: 12px;
    color: var(--_muted);
  }
  .detail a {
    color: var(--_accent);
  }
  .detail .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
  /* Forced colours (Windows High Contrast …): the SVG parts in system colours, like the canvas (see readPalette). */
  @media (forced-colors: active) {
    .band.odd {
      fill: Canvas;
    }
    .lane-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tick-label,
    .tick-context {
      fill: CanvasText;
    }
    .axis line {
      stroke: CanvasText;
    }
    .focus-ring {
      border-color: Highlight;
    }
  }
  /* Takes every colour the canvas uses, and the font, with a 1 ms transition: its transitionrun tells the element
     to read them again (see palette() in the component). */
  /* Its width follows the font and the text spacing: a ResizeObserver on it says when they change. */
  .text-probe {
    position: absolute;
    white-space: pre;
  }
  .palette-probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
    color: var(--_fg);
    background-color: var(--_bg);
    border-top-color: var(--_muted);
    border-right-color: var(--_grid);
    border-bottom-color: var(--_focus);
    border-left-color: var(--_c0);
    outline-color: var(--_c1);
    text-decoration-color: var(--_c2);
    column-rule-color: var(--_c3);
    caret-color: var(--_c4);
    fill: var(--_c5);
    stroke: var(--_c6);
    flood-color: var(--_c7);
    font-family: inherit;
    transition-property: color, background-color, border-top-color, border-right-color, border-bottom-color, border-left-color,
      outline-color, text-decoration-color, column-rule-color, caret-color, fill, stroke, flood-color, font-family, letter-spacing,
      word-spacing;
    transition-duration: 1ms;
    transition-behavior: allow-discrete;
  }
  /* Companion elements nested in the timeline (<tl-overview>, <tl-list>) show below the plot; <tl-event> and data scripts are
     read, not shown. */
  .companions ::slotted(*) {
    display: none;
  }
  .companions ::slotted(tl-overview),
  .companions ::slotted(tl-list) {
    display: block;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  ${printStyles}
`;
