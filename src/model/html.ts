/**
 * HTML made quiet before a browser parses it (pure: no DOM). Every HTML parser of a page — `DOMParser`,
 * `<template>`, the Sanitizer API, DOMPurify's — reports an element's `on…` and `style` attributes and `<style>`
 * elements to the page's Content-Security-Policy while it builds the tree, even though nothing runs: a site that
 * collects `report-uri` reports would get one for every hostile row. So the markup is rewritten first:
 *
 * - every tag is written anew as `<name>` or `</name>` with only the attributes asked for (none, by default),
 *   each re-quoted and escaped;
 * - `<script>`, `<style>` and the other raw-text elements become `<tl-skip>`, whose content callers drop;
 * - comments, doctypes and processing instructions are dropped;
 * - every other `<` is escaped.
 *
 * The output therefore holds no attribute and no element the policy watches, whatever this reader makes of
 * malformed input: where it misreads a tag, the rest is text, never markup.
 */

/** Elements whose content is not shown as text, or is raw text the parser would not read as markup. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'object', 'embed', 'svg', 'math']);

/** The element that stands for a skipped one. */
export const SKIP_TAG = 'tl-skip';

const TAG_START = /<(\/?)([a-zA-Z][^\s/>\0]*)/y;
const SPACE = /[\t\n\f\r ]/;

/** An attribute value written back: quoted, with `&`, `"`, `<` escaped. */
function quote(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
}

/**
 * Reads the attributes of a start tag from `i` (just after its name), as the HTML tokenizer does (names end at
 * space, `/`, `>` or `=`; values are double-quoted, single-quoted or unquoted). Returns them with the index just past
 * the tag's `>`, or `-1` when the input ends inside the tag (a browser drops such a tag).
 */
function readAttributes(html: string, i: number): { attributes: [string, string][]; end: number } {
  const n = html.length;
  const attributes: [string, string][] = [];
  while (i < n) {
    const c = html[i]!;
    if (SPACE.test(c) || c === '/') {
      i++;
      continue;
    }
    if (c === '>') return { attributes, end: i + 1 };
    // A name: at least one character (a leading `=` is part of it, as the tokenizer reads it).
    let j = i + 1;
    while (j < n && !SPACE.test(html[j]!) && html[j] !== '/' && html[j] !== '>' && html[j] !== '=') j++;
    const name = html.slice(i, j).toLowerCase();
    i = j;
    while (i < n && SPACE.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && SPACE.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return { attributes, end: -1 };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        j = i;
        while (j < n && !SPACE.test(html[j]!) && html[j] !== '>') j++;
        value = html.slice(i, j);
        i = j;
      }
    }
    attributes.push([name, value]);
  }
  return { attributes, end: -1 };
}

/**
 * `html` with every tag rewritten as described above. `keep` names the attributes to keep (lower case), e.g. a
 * sanitizer's allow-list; by default none. Linear in the length of the input.
 */
export function quietHtml(html: string, keep: ReadonlySet<string> = new Set()): string {
  const n = html.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      // A comment, to its end (or to the end of the input, as a browser reads an unclosed one).
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      // Doctype, CDATA and bogus comments end at the next `>`.
      const close = html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag) {
      out += '&lt;';
      i = lt + 1;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    const { attributes, end } = readAttributes(html, lt + tag[0].length);
    if (end < 0) break;
    i = end;
    const written = SKIPPED.has(name) ? SKIP_TAG : /^[a-z][a-z0-9-]*$/.test(name) ? name : 'span';
    if (closing) {
      out += `</${written}>`;
      continue;
    }
    let kept = '';
    if (written !== SKIP_TAG) for (const [attribute, value] of attributes) if (keep.has(attribute)) kept += ` ${attribute}=${quote(value)}`;
    out += `<${written}${kept}>`;
  }
  return out;
}
