/** The plain-text helpers the format adapters use; most live in `model/html-text.ts` (the sanitizer uses them too). */
import { plainColor as plainCssColor } from '../model/color.js';
export { escapeHtml, hasMarkup, plainLink, safeUrl, stripTags, stripTagsInline, stripTagsWithoutDom } from '../model/html-text.js';


/**
 * `value` if it is a plain CSS colour: a hex colour, `rgb()`/`rgba()`/`hsl()`/`hsla()` of numbers, or a name.
 * Anything that could reach further than a colour (`url(…)`, `var(…)`, a `;`) gives none.
 */
export function plainColor(value: string): string | undefined {
  return plainCssColor(value);
}

/** A bare web address or e-mail address in text (trailing punctuation is trimmed off afterwards). */
const BARE_LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** `match` without the punctuation that ends the sentence around it (a `)` only when it closes nothing inside). */
function trimTrailing(match: string): [link: string, rest: string] {
  let end = match.length;
  for (;;) {
    const last = match[end - 1];
    if (last && '.,;:!?\'"'.includes(last)) end--;
    else if (last === ')' && match.slice(0, end).split('(').length <= match.slice(0, end).split(')').length - 1) end--;
    else break;
  }
  return [match.slice(0, end), match.slice(end)];
}

/**
 * TimelineJS's `autolink`: bare web and e-mail addresses in the text of an HTML fragment become links (text inside
 * tags and inside existing links is left alone). The result still goes through the sanitizer before it is shown.
 */
export function autolink(html: string): string {
  if (!/https?:\/\/|www\.|@/i.test(html)) return html;
  let inLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a\s*>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink) return part;
      return part.replace(BARE_LINK, (match) => {
        const [link, rest] = trimTrailing(match);
        const href = /^https?:/i.test(link) ? link : /^www\./i.test(link) ? `https://${link}` : `mailto:${link}`;
        return `<a href="${href}">${link}</a>${rest}`;
      });
    })
    .join('');
}
