import { css } from 'lit';

/** The strip of eras and markers above the plot, and the legend of categories. */
export const contextStyles = css`
  /* The strip of eras and markers above the plot: each a button (focus shown by a ring, not the browser's outline). */
  /* The lanes wait (a few frames) for the code that draws eras and markers, so the strip does not push them down. */
  .pending .plot-frame {
    visibility: hidden;
  }
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
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    min-height: 24px;
    padding: 0 8px;
    border: 1px solid var(--tl-color-border, #c9d1de);
    border-radius: 12px;
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    font-size: 12px;
    cursor: pointer;
  }
  .category[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .category[aria-pressed='false'] svg {
    opacity: 0.35;
  }
  .category:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
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
