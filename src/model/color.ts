/**
 * Colour arithmetic for legible drawing: compositing and WCAG 2 contrast. Colours are sRGB bytes with an alpha
 * from 0 to 1. No DOM here: reading CSS colours into numbers is the canvas's job (`canvas.ts`).
 */
export type Rgba = readonly [number, number, number, number];

export const BLACK: Rgba = [0, 0, 0, 1];
export const WHITE: Rgba = [255, 255, 255, 1];

/** `top` painted over `bottom` (source-over), as a browser composites a translucent fill. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a <= 0) return [0, 0, 0, 0];
  const channel = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
  return [channel(0), channel(1), channel(2), a];
}

/** Relative luminance (WCAG 2). */
export function luminance(c: Rgba): number {
  const linear = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
}

/** Contrast ratio of two opaque colours, 1 to 21 (WCAG 2). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The first of `candidates` that reads at `min`:1 or better on `background`; when none does, black or white,
 * whichever reads better (one of them always reaches 4.58:1).
 */
export function readableOn<T extends Rgba>(background: Rgba, candidates: readonly T[], min = 4.5): T | Rgba {
  for (const c of candidates) if (contrastRatio(c, background) >= min) return c;
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? BLACK : WHITE;
}

/** CSS text for a colour. */
export function css(c: Rgba): string {
  return `rgba(${Math.round(c[0])},${Math.round(c[1])},${Math.round(c[2])},${Math.round(c[3] * 1000) / 1000})`;
}

/**
 * The part of a category's custom property after `--tl-category-`: the name lower-cased, accents dropped (so a page
 * writes `--tl-category-borse` for "Börse"), and every character outside `[a-z0-9_-]` a `-` — "Product launch" is
 * `product-launch`. Names that differ only in those characters share a property. The empty name has none (`''`).
 */
export function categoryIdent(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_-]/gu, '-');
}

/**
 * Whether `value` is a CSS colour written plainly — `#rgb[a]`/`#rrggbb[aa]`, a keyword (`teal`, `transparent`), or
 * `rgb()`/`hsl()`/`hwb()`/`lab()`/`lch()`/`oklab()`/`oklch()`/`color()` of numbers — and nothing else: no `url(`,
 * `var(`, `image-set(`, escapes, quotes, `;` or braces, so it is safe in a style even where it lands in a custom
 * property another declaration reads.
 */
export function isPlainColor(value: string): boolean {
  return value.length <= 100 && /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([a-z0-9\s.,%/+-]*\))$/i.test(value);
}

/** A CSS colour that can only paint a colour (see `isPlainColor`), or `undefined`. */
export function plainColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  return isPlainColor(s) && !NOT_COLORS.has(s.toLowerCase()) ? s : undefined;
}

const NOT_COLORS = new Set(['none', 'inherit', 'initial', 'unset', 'revert', 'revert-layer', 'currentcolor']);
