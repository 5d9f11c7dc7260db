/** The plain-text helpers the format adapters use; they live in `model/html-text.ts` (the sanitizer uses them too). */
export { escapeHtml, hasMarkup, plainLink, safeUrl, stripTags, stripTagsInline, stripTagsWithoutDom } from '../model/html-text.js';
