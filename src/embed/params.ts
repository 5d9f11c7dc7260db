// The URL parameters of embed.html: read by embed.ts, written by the builder. Pure: no DOM but URLSearchParams and Intl.
import { DIRECTIONS, type Direction } from '../layout/direction.js';
import type { FilterMode } from '../state/query.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof THEMES)[number];
// Spelled out here (state/query.ts would bring the search loader into embed.js); `satisfies` keeps them in step.
const FILTER_MODES = ['dim', 'hide'] as const satisfies readonly FilterMode[];

/** What embed.html reads from its URL; every field optional (absent: the element's default). */
export interface EmbedSettings {
  /** URL of the data (it must allow CORS when on another origin). */
  src: string;
  /** `events`, `timelinejs`, `vis`, `csv` or `timelinejs-csv`; detected when absent. */
  format: string;
  /** A language tag (`he`, `pt-BR`), or `auto` for the reader's browser language; a malformed tag is dropped. */
  lang: string;
  /** Which way time runs: `auto` (from the language), `ltr` or `rtl`. */
  direction: Direction;
  /** Time zone of times of day: an IANA name (`Europe/Berlin`) or `local`; absent, UTC. */
  timeZone: string;
  theme: EmbedTheme;
  /** Accessible name of the timeline, and the frame page's title. */
  label: string;
  /** A CSS height for the timeline (`600px`); absent, the timeline is as tall as its lanes. */
  height: string;
  /** The first view, from `start` to `end` (EDTF or ISO dates); both or neither. */
  start: string;
  end: string;
  /** Search text (`q`): events that do not match it are dimmed, or left out with `filterMode: 'hide'`. */
  q: string;
  /** What becomes of events the search does not match: `dim` (the default) or `hide`. */
  filterMode: FilterMode;
  /** An event id to open. */
  event: string;
  /** Story mode: the `story` attribute. */
  story: boolean;
  /** Sent back with every height message, so a page with several frames can tell them apart. */
  id: string;
  /** Zoom with a plain mouse wheel. */
  plainWheel: boolean;
}

/** The text parameters in the order they are written: settings key → parameter name. */
const TEXT = {
  src: 'src',
  format: 'format',
  lang: 'lang',
  direction: 'direction',
  timeZone: 'time-zone',
  theme: 'theme',
  label: 'label',
  height: 'height',
  start: 'start',
  end: 'end',
  q: 'q',
  filterMode: 'filter-mode',
  event: 'event',
  id: 'id',
} as const satisfies Record<string, string>;
type TextKey = keyof typeof TEXT;
/** Values that are the element's own default, left out of a written URL. */
const DEFAULTS: Partial<Record<TextKey, string>> = { theme: 'auto', direction: 'auto', filterMode: 'dim' };
/** Parameters with a fixed set of values: others are dropped. */
const CHOICES: Partial<Record<TextKey, readonly string[]>> = { theme: THEMES, direction: DIRECTIONS, filterMode: FILTER_MODES };
const FLAGS = { story: 'story', plainWheel: 'plain-wheel' } as const;

/** A boolean parameter: present and not `0`, `false`, `no` or `off`. */
const flag = (value: string | null) => value !== null && !/^(0|false|no|off)$/i.test(value.trim());

/** `auto`, or a well-formed language tag (BCP 47, as `Intl` reads it). */
function isLang(value: string): boolean {
  if (value === 'auto') return true;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** The settings in a query string; empty values count as absent, unknown themes, directions, filter modes and malformed language tags are dropped. */
export function readEmbedParams(query: string | URLSearchParams): Partial<EmbedSettings> {
  const params = new URLSearchParams(query);
  const settings: Partial<EmbedSettings> = {};
  for (const [key, name] of Object.entries(TEXT) as [TextKey, string][]) {
    const value = params.get(name)?.trim();
    if (!value || (CHOICES[key] && !CHOICES[key].includes(value)) || (key === 'lang' && !isLang(value))) continue;
    (settings as Record<string, string>)[key] = value;
  }
  for (const [key, name] of Object.entries(FLAGS) as [keyof typeof FLAGS, string][]) {
    if (flag(params.get(name))) settings[key] = true;
  }
  return settings;
}

/**
 * The query string for `settings`, in a fixed order, leaving out what is empty or the default (`theme=auto`,
 * `direction=auto`, `filter-mode=dim`, `story` off).
 */
export function writeEmbedParams(settings: Partial<EmbedSettings>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(TEXT) as [TextKey, string][]) {
    const value = settings[key]?.trim();
    if (value && value !== DEFAULTS[key]) params.set(name, value);
  }
  for (const [key, name] of Object.entries(FLAGS) as [keyof typeof FLAGS, string][]) {
    if (settings[key]) params.set(name, '1');
  }
  return params;
}

/**
 * Heights that follow the frame's own size (`100vh`, `50%`, `calc(100dvh - 2em)`): the frame is then sized by the
 * page, and embed.html does not report its height — a page that followed the reports would shrink the frame step by
 * step (half of the frame, half of that, …).
 */
export function followsFrame(height: string | undefined): boolean {
  return !!height && /%|v(h|w|b|i|min|max)\b/i.test(height);
}
