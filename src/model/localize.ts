import type { LocalizedText } from './types.js';

/** The text of `value` for `lang` (`'de-CH'` → `de-CH`, then `de`, then `en`, then the first one given). */
export function localize(value: LocalizedText | undefined, lang: string): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  const base = lang.split('-')[0]!.toLowerCase();
  return value[lang] ?? value[base] ?? value['en'] ?? Object.values(value)[0] ?? '';
}
