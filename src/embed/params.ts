// The URL parameters of embed.html: read by embed.ts, written by the builder. Pure: no DOM but URLSearchParams.

export const LANGS = ['auto', 'en', 'de'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedLang = (typeof LANGS)[number];
export type EmbedTheme = (typeof THEMES)[number];

/** What embed.html reads from its URL; every field optional (absent: the element's default). */
export interface EmbedSettings {
  /** URL of the data (it must allow CORS when on another origin). */
  src: string;
  /** `events`, `timelinejs`, `vis`, `csv` or `timelinejs-csv`; detected when absent. */
  format: string;
  /** A language tag, or `auto` for the reader's browser language. */
  lang: string;
  theme: EmbedTheme;
  /** Accessible name of the timeline, and the frame page's title. */
  label: string;
  /** A CSS height for the timeline (`600px`); absent, the timeline is as tall as its lanes. */
  height: string;
  /** The first view, from `start` to `end` (EDTF or ISO dates); both or neither. */
  start: string;
  end: string;
  /** An event id to open. */
  event: string;
  /** Story mode: the `story` attribute. */
  story: boolean;
  /** Sent back with every height message, so a page with several frames can tell them apart. */
  id: string;
  /** Zoom with a plain mouse wheel. */
  plainWheel: boolean;
}

const TEXT = ['src', 'format', 'lang', 'theme', 'label', 'height', 'start', 'end', 'event', 'id'] as const;
const FLAGS = { story: 'story', plainWheel: 'plain-wheel' } as const;

/** A boolean parameter: present and not `0`, `false`, `no` or `off`. */
const flag = (value: string | null) => value !== null && !/^(0|false|no|off)$/i.test(value.trim());

/** The settings in a query string; empty values count as absent, unknown themes are dropped. */
export function readEmbedParams(query: string | URLSearchParams): Partial<EmbedSettings> {
  const params = new URLSearchParams(query);
  const settings: Partial<EmbedSettings> = {};
  for (const name of TEXT) {
    const value = params.get(name)?.trim();
    if (value) (settings as Record<string, string>)[name] = value;
  }
  if (settings.theme && !THEMES.includes(settings.theme)) delete settings.theme;
  for (const [key, name] of Object.entries(FLAGS) as [keyof typeof FLAGS, string][]) {
    if (flag(params.get(name))) settings[key] = true;
  }
  return settings;
}

/** The query string for `settings`, in a fixed order, leaving out what is empty or the default (`theme=auto`, `story` off). */
export function writeEmbedParams(settings: Partial<EmbedSettings>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of TEXT) {
    const value = settings[name]?.trim();
    if (value && !(name === 'theme' && value === 'auto')) params.set(name, value);
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
