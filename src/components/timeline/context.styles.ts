import { css } from 'lit';

/**
 * The legend of categories, and the lanes' wait for the strip of eras and markers (whose own rules, `CONTEXT_CSS`,
 * come with the code that draws it).
 */
export const contextStyles = css`
  /* The lanes wait (a few frames) for the code that draws eras and markers, so the strip does not push them down. */
  .pending .plot-frame {
    visibility: hidden;
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
`;
