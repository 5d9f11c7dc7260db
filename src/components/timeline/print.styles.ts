import { css } from 'lit';

/**
 * Printed, the element is a picture of the current view (the canvas prints as it is drawn) with the list of all
 * its shown events below it (a print-only `<tl-list>`, see list-view.ts). Whatever only works on a screen — the
 * buttons, the wheel hint, the tooltip, the focus ring, the plot's scrolling — is left out.
 */
export const printStyles = css`
  .print-list,
  .print-more {
    display: none;
  }
  @media print {
    /* On paper the element is as tall as what it holds: the plot keeps its height, the list follows. */
    :host,
    .base {
      height: auto !important;
      max-height: none !important;
    }
    .base > * {
      flex: none;
    }
    .controls,
    .view-toggle,
    .hint,
    .tooltip,
    .focus-ring,
    .story-nav,
    .detail .close {
      display: none !important;
    }
    .plot {
      overflow: hidden;
    }
    .summary {
      white-space: normal;
    }
    .plot-frame {
      break-inside: avoid;
    }
    .print-list {
      display: block;
      margin: 8px 0 0;
      padding: 0 8px 0 2.5em;
    }
    .print-list li {
      margin: 0 0 4px;
      break-inside: avoid;
    }
    .print-list .when,
    .print-list .meta,
    .print-more {
      color: var(--_muted);
    }
    .print-list .when {
      display: block;
      font-size: 0.85em;
    }
    .print-list .meta {
      overflow-wrap: anywhere;
    }
    .print-more {
      display: block;
      margin: 4px 8px;
    }
  }
`;
