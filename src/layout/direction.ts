/**
 * Which way time runs: left to right, or right to left (Hebrew, Arabic, Persian, Urdu …). Pure: the element reads
 * the `dir` it inherits (a DOM read, `controllers/direction-controller.ts`) and this decides.
 */

/** Values of the `direction` attribute: `auto` follows `dir`, else the language. */
export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type Resolved = 'ltr' | 'rtl';

/**
 * Languages, and scripts (a tag's script wins over its language: `az-Arab`, `pa-Arab`), written right to left: for
 * a browser without `Intl.Locale#getTextInfo` (Firefox).
 */
const RTL_LANGUAGE = /^(ar|arc|ckb|dv|fa|he|iw|ji|ks|lrc|mzn|nqo|pnb|ps|sd|syr|ug|ur|yi)$/;
const RTL_SCRIPT = /^(adlm|arab|hebr|mand|nkoo|rohg|samr|syrc|thaa)$/;

type TextInfo = { direction?: string };

/** The direction a language is written in (`he`, `ar-EG`, `fa-IR` → `rtl`); `ltr` for an empty or malformed tag. */
export function languageDirection(lang: string): Resolved {
  // Asked at every update of a timeline without a `dir` (each frame of a zoom): an `Intl.Locale` once per tag.
  let direction = directions.get(lang);
  if (!direction) directions.set(lang, (direction = readDirection(lang)));
  return direction;
}
const directions = new Map<string, Resolved>();

function readDirection(lang: string): Resolved {
  let info: TextInfo | undefined;
  try {
    const locale = new Intl.Locale(lang.trim()) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
    info = locale.getTextInfo?.() ?? locale.textInfo;
  } catch {
    return 'ltr';
  }
  if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  const [language, ...rest] = lang.trim().toLowerCase().split(/[-_]/);
  const script = rest.find((p) => p.length === 4);
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(language!)) ? 'rtl' : 'ltr';
}

/** `value` when it is one of `DIRECTIONS` (any case), else `undefined`. */
export function parseDirection(value: unknown): Direction | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (DIRECTIONS as readonly string[]).includes(v) ? (v as Direction) : undefined;
}

/**
 * The direction time runs in: `direction` when it forces one, else the `dir` the element has or inherits
 * (`inherited`, undefined when no `dir` is set anywhere above it), else its language's. Unknown values are `auto`.
 */
export function resolveDirection(direction: unknown, inherited: Resolved | undefined, lang: string): Resolved {
  const d = parseDirection(direction);
  return d === 'ltr' || d === 'rtl' ? d : (inherited ?? languageDirection(lang));
}
