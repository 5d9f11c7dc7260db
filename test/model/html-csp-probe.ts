/**
 * Loaded by html-csp.test.ts as the only script of an iframe under a strict Content-Security-Policy: parses hostile
 * rich text the way the element does (stripTags for converters and titles, sanitizeHtml for the card) and reports
 * the policy violations the parsing caused — and, as a control, those of a plain DOMParser on the same input.
 */
import { stripTags } from '../../src/formats/text.js';
import { sanitizeHtml } from '../../src/model/sanitize.js';
import { HOSTILE_HTML } from './hostile-html.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
/** Violation events are queued as tasks: let those of what has run so far arrive. */
const settle = () => new Promise((done) => setTimeout(done, 100));

async function count(run: (html: string) => unknown): Promise<string[]> {
  await settle();
  violations.length = 0;
  for (const html of HOSTILE_HTML) run(html);
  await settle();
  return [...violations];
}

async function probe(): Promise<unknown> {
  const control = await count((html) => new DOMParser().parseFromString(html, 'text/html'));
  const stripped = await count(stripTags);
  const sanitized = await count(sanitizeHtml);
  return { control, stripped, sanitized, texts: HOSTILE_HTML.map(stripTags), html: HOSTILE_HTML.map(sanitizeHtml) };
}

probe().then(
  (report) => parent.postMessage({ htmlProbe: report }, '*'),
  (error: unknown) => parent.postMessage({ htmlProbe: { failed: String(error) } }, '*'),
);
