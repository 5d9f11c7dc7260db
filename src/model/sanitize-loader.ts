/**
 * DOMPurify, loaded when a detail card first shows rich text (`summaryHtml`): most timelines never do, and it is
 * the largest dependency. In the npm package this is a dynamic import of `./sanitize.js`; the script-tag bundle
 * points it at `timeline-elements.sanitize.js` beside itself, a file with no imports of its own.
 */
export type Sanitize = (html: string) => string;

let loading: Promise<Sanitize> | undefined;

/** The sanitizer, once loaded (the same promise for every caller; a failed load is not retried). */
export function loadSanitizer(): Promise<Sanitize> {
  return (loading ??= import('./sanitize.js').then((m) => m.sanitizeHtml));
}
