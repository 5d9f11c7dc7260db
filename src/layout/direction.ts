/**
 * Which way time runs: left to right, or right to left (Hebrew, Arabic, Persian, Urdu …). Pure: the element reads
 * the `dir` it inherits (a DOM read, `controllers/direction-controller.ts`) and this decides.
 */

/** Values of the `direction` attribute: `auto` follows `dir`, else the language. */
export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Resolved = 'ltr' | 'rtl';

/** Languages written right to left, for a browser without `Intl.Locale#getTextInfo` (Firefox, Safari < 17). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left (a tag's script subtag wins over its language: `az-Arab`, `pa-Arab`). */
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** The direction a language is written in (`he`, `ar-EG`, `fa-IR` → `rtl`); `ltr` for an empty or malformed tag. */
export function languageDirection(lang: string): Resolved {
  const tag = lang.trim();
  if (!tag) return 'ltr';
  try {
    const locale = new Intl.Locale(tag) as LocaleWithTextInfo;
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    return 'ltr';
  }
  const parts = tag.toLowerCase().split(/[-_]/);
  const script = parts.find((p, i) => i > 0 && p.length === 4);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parts[0]!) ? 'rtl' : 'ltr';
}

/**
 * The direction time runs in: `direction` when it forces one, else the `dir` the element has or inherits
 * (`inherited`, undefined when no `dir` is set anywhere above it), else its language's.
 */
export function resolveDirection(direction: Direction, inherited: Resolved | undefined, lang: string): Resolved {
  if (direction === 'ltr' || direction === 'rtl') return direction;
  return inherited ?? languageDirection(lang);
}

/** `value` when it is one of `DIRECTIONS` (any case), else `undefined`. */
export function parseDirection(value: unknown): Direction | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (DIRECTIONS as readonly string[]).includes(v) ? (v as Direction) : undefined;
}
