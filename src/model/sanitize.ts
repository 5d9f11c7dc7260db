/**
 * Rich text from other tools (TimelineJS `text.text`, vis-timeline `content`) made safe to show in a detail
 * card. Uses a private DOMPurify instance so a host page's own DOMPurify hooks and config stay untouched.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { escapeHtml, safeUrl, stripTags } from './html-text.js';
import { quietHtml, SKIP_TAG } from './html.js';

export { safeUrl, stripTags };

/**
 * Enough markup for a paragraph or two with links and lists; no media, forms, styles, and no `id` or `name` (they
 * would share the shadow root with the element's own ids, which `aria-activedescendant` points at).
 */
const ALLOWED_TAGS = ['p', 'br', 'b', 'strong', 'i', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'span', 'small', 'code'];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir'];
const KEEP = new Set(ALLOWED_ATTR);
/** http(s), mailto, or relative (no scheme). DOMPurify strips whitespace and control characters first. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let purifier: Purifier | undefined;

function getPurifier(): Purifier | undefined {
  if (purifier) return purifier;
  if (typeof window === 'undefined') return undefined;
  const instance = DOMPurify(window);
  if (!instance.isSupported) return undefined;
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const link = node as Element;
    const href = link.getAttribute('href');
    // Belt and braces over ALLOWED_URI_REGEXP: the same rule as safeUrl().
    if (href !== null && safeUrl(href) === undefined) link.removeAttribute('href');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return purifier;
}

/**
 * HTML reduced to a small allow-list (p, br, b, strong, i, em, a, ul, ol, li, blockquote, span, small, code;
 * attributes href, title, lang, dir); links open in a new tab with `rel="noopener noreferrer"`; only http(s),
 * mailto and relative URLs survive. Without a DOM (SSR) it returns the text content, escaped.
 */
export function sanitizeHtml(html: string): string {
  const source = html == null ? '' : String(html);
  const instance = getPurifier();
  if (!instance) return escapeHtml(stripTags(source));
  // DOMPurify's parser would report every `on…`/`style` attribute and `<style>` to the page's CSP before it drops
  // them: they are dropped first (quietHtml keeps only the allowed attributes, re-quoted).
  return instance.sanitize(quietHtml(source, KEEP), {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ADD_FORBID_CONTENTS: [SKIP_TAG],
    SANITIZE_NAMED_PROPS: true,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
