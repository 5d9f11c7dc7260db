/**
 * The strip of eras and markers above the plot, as CSS text: each a button (focus shown by a ring, not the
 * browser's outline). It comes with the code that draws the strip (`context-kit.ts`) and is adopted by the element's
 * shadow root (a constructed style sheet, which a strict Content-Security-Policy allows) before the strip is drawn.
 */
import { cssText } from './css-text.js';

export const CONTEXT_CSS = cssText`
  .context {
    display: block;
    overflow: hidden;
    font-size: 12px;
  }
  .era,
  .marker {
    cursor: pointer;
    outline: none;
  }
  .era-hit,
  .marker-hit {
    fill: transparent;
  }
  .era-band {
    fill-opacity: 0.16;
  }
  .era-ring {
    fill: none;
    stroke: none;
  }
  .era-label,
  .marker-label {
    fill: var(--_fg);
    dominant-baseline: central;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-opacity: 0.6;
  }
  .marker-tick {
    fill: var(--_fg);
  }
  .marker.now .marker-tick {
    fill: var(--_focus);
  }
  .marker-line {
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .marker.now .marker-line {
    stroke: var(--_focus);
  }
  .era:hover .era-ring,
  .era:focus-visible .era-ring {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  .marker:hover .marker-hit,
  .marker:focus-visible .marker-hit {
    stroke: var(--_focus);
    stroke-width: 2px;
  }
  @media (forced-colors: active) {
    .era-band {
      fill: CanvasText;
    }
    .era-label,
    .marker-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker-tick,
    .marker.now .marker-tick {
      fill: CanvasText;
    }
    .marker-line,
    .marker.now .marker-line {
      stroke: CanvasText;
    }
    .era:focus-visible .era-ring,
    .marker:focus-visible .marker-hit {
      stroke: Highlight;
    }
  }
`;
