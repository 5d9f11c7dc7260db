// The colours every element starts from, as CSS declarations: the page's `--tl-color-*`, `--tl-lane-color-*` and
// `--tl-category-color-*` where set, else these. Plain strings, not Lit's `css`, so <tl-overview>'s factory (which imports no Lit) shares
// them.

const lanes = (colors: readonly string[]) => colors.map((c, i) => `--_c${i}: var(--tl-lane-color-${i}, ${c});`).join('\n');
const categories = (colors: readonly string[]) => colors.map((c, i) => `--_k${i}: var(--tl-category-color-${i}, ${c});`).join('\n');

/**
 * The default colours of events by category (`color-by="category"` or `"tag"`), where a page sets no
 * `--tl-category-<name>`: Okabe–Ito's hues (azure, orange-brown, bluish green, pink, blue, ochre, brick, violet),
 * each moved in lightness to 3:1 or more on the background and on a banded lane (graphical objects, WCAG 1.4.11),
 * and apart from the others by ΔE2000 ≥ 11 also as seen with protanopia, deuteranopia or tritanopia (Machado 2009),
 * so no pair depends on red against green. Ordered so the first few are the most distinct: blue against orange first.
 */
export const CATEGORY_LIGHT = ['#0092ea', '#614500', '#038e70', '#e05ea3', '#014b88', '#a68915', '#ab5443', '#880ffc'] as const;
/** The same hues for the dark scheme, on #11151c. */
export const CATEGORY_DARK = ['#67c4fc', '#d48605', '#0c9f7e', '#fe9cb7', '#3471fb', '#c9c977', '#b85b4e', '#9e63a4'] as const;

/** The light scheme: background, text, muted text, accent, focus ring, the eight lane and eight category colours. */
export const LIGHT_COLORS = `
  --_bg: var(--tl-color-bg, #ffffff);
  --_fg: var(--tl-color-fg, #1d2330);
  --_muted: var(--tl-color-muted, #4b5363);
  --_accent: var(--tl-color-accent, #17479e);
  --_focus: var(--tl-color-focus, #c2410c);
  ${lanes(['#2563eb', '#c2410c', '#047857', '#9333ea', '#b91c1c', '#0e7490', '#a16207', '#be185d'])}
  ${categories(CATEGORY_LIGHT)}
`;

/** The dark scheme: the same variables. */
export const DARK_COLORS = `
  --_bg: var(--tl-color-bg, #11151c);
  --_fg: var(--tl-color-fg, #e6e9ef);
  --_muted: var(--tl-color-muted, #a7b0c0);
  --_accent: var(--tl-color-accent, #9dbdff);
  --_focus: var(--tl-color-focus, #fb923c);
  ${lanes(['#7aa7ff', '#fb923c', '#34d399', '#c084fc', '#f87171', '#22d3ee', '#facc15', '#f472b6'])}
  ${categories(CATEGORY_DARK)}
`;
