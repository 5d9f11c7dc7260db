// The colours every element starts from, as CSS declarations: the page's `--tl-color-*` and `--tl-lane-color-*`
// where set, else these. Plain strings, not Lit's `css`, so <tl-overview>'s factory (which imports no Lit) shares
// them.

const lanes = (colors: readonly string[]) => colors.map((c, i) => `--_c${i}: var(--tl-lane-color-${i}, ${c});`).join('\n');

/** The light scheme: background, text, muted text, accent, focus ring, the eight lane colours. */
export const LIGHT_COLORS = `
  --_bg: var(--tl-color-bg, #ffffff);
  --_fg: var(--tl-color-fg, #1d2330);
  --_muted: var(--tl-color-muted, #4b5363);
  --_accent: var(--tl-color-accent, #1f5fd1);
  --_focus: var(--tl-color-focus, #c2410c);
  ${lanes(['#2563eb', '#c2410c', '#047857', '#9333ea', '#b91c1c', '#0e7490', '#a16207', '#be185d'])}
`;

/** The dark scheme: the same variables. */
export const DARK_COLORS = `
  --_bg: var(--tl-color-bg, #11151c);
  --_fg: var(--tl-color-fg, #e6e9ef);
  --_muted: var(--tl-color-muted, #a7b0c0);
  --_accent: var(--tl-color-accent, #7aa7ff);
  --_focus: var(--tl-color-focus, #fb923c);
  ${lanes(['#7aa7ff', '#fb923c', '#34d399', '#c084fc', '#f87171', '#22d3ee', '#facc15', '#f472b6'])}
`;
