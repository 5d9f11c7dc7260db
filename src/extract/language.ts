/** Guesses German or English from the most common function words. */
import type { ExtractLang } from './types.js';

const COMMON: Record<ExtractLang, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'für', 'wird', 'im', 'ein', 'eine', 'dem', 'des', 'auch']),
  en: new Set(['the', 'and', 'is', 'of', 'to', 'that', 'for', 'with', 'on', 'was', 'it', 'be', 'are', 'has', 'by', 'as', 'at', 'from', 'this', 'will']),
};

/** `'de'` or `'en'`, whichever language's common words occur more often; German on a tie. */
export function detectLanguage(text: string): ExtractLang {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (COMMON.de.has(word)) de++;
    if (COMMON.en.has(word)) en++;
  }
  return en > de ? 'en' : 'de';
}
