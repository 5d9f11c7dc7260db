/**
 * Plain-text helpers shared by the format adapters and the sanitizer. Pure: no DOMPurify, and no DOM needed
 * (a `DOMParser` is used when there is one, because it parses exactly like the browser will).
 */
import { quietHtml, SKIP_TAG } from './html.js';
import { safeUrl } from './url.js';

export { safeUrl };

/** Elements whose boundaries separate words: `<p>a</p><p>b</p>` reads "a\nb", not "ab". */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH',
  'TR', 'UL',
]);

/** Elements whose text is not prose (`TL-SKIP`: what `quietHtml` makes of script, style and their kind). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'TITLE', SKIP_TAG.toUpperCase()]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', deg: '\u00b0', middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb',
  shy: '\u00ad', times: '\u00d7', euro: '\u20ac',
};

/** Collapses runs of spaces, keeps single line breaks between blocks, trims. */
function tidy(text: string): string {
  return text
    .replace(/[\u00a0\t\f\r\v ]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Lone surrogates, NUL and out-of-range code points become U+FFFD, as in the HTML spec.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The regex fallback of {@link stripTags}, exported for tests. Conservative: drops anything tag-like. */
export function stripTagsWithoutDom(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript|iframe|object|svg|math|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<\/?(?:p|div|br|li|ul|ol|tr|td|th|h[1-6]|blockquote|pre|hr|section|article|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z!?/][^>]*(?:>|$)/gi, '');
  return tidy(decodeEntities(text));
}

function textOf(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const block = BLOCK.has(tag);
      if (block) out.push('\n');
      textOf(child, out);
      if (block) out.push('\n');
    }
  }
}

/**
 * The text a reader sees in an HTML fragment: tags removed, entities decoded, blocks on their own lines,
 * spaces collapsed. Never executes anything: `DOMParser` documents are inert (no scripts, no image loads).
 */
export function stripTags(html: unknown): string {
  if (html == null) return '';
  const source = String(html);
  if (!/[<&]/.test(source)) return tidy(source);
  if (typeof DOMParser === 'undefined') return stripTagsWithoutDom(source);
  // No attribute says anything a reader sees, and the parser would report `on…` and `style` attributes and `<style>`
  // elements to the page's Content-Security-Policy even in an inert document: they never reach it (quietHtml).
  const doc = new DOMParser().parseFromString(quietHtml(source), 'text/html');
  const out: string[] = [];
  textOf(doc.body, out);
  return tidy(out.join(''));
}

/** {@link stripTags} on one line, for titles and labels. */
export function stripTagsInline(html: unknown): string {
  return stripTags(html).replace(/\s*\n\s*/g, ' ');
}

/** Whether a string has tags or entities, i.e. reads differently as HTML than as text. */
export function hasMarkup(text: string): boolean {
  return /<[a-z!/]|&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text);
}

/** `url` if it is an absolute http(s) link (not an embed code or a relative path). */
export function plainLink(url: unknown): string | undefined {
  const safe = safeUrl(url);
  return safe && /^https?:\/\/[^\s<>"']+$/i.test(safe) ? safe : undefined;
}

/** Text as HTML that shows exactly that text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
