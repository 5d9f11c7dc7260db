/**
 * Loaded by csv-csp.test.ts as the only script of an iframe whose CSP has no 'unsafe-eval'. Reports to the
 * parent whether eval really is blocked there, what `parseCSV` made of the CSV fixtures, and the CSP
 * violations the parsing caused.
 */
import { parseCSV } from '../../src/formats/index.js';
import { fixtureText } from './fixtures.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
/** Violation events are queued as tasks: let those of what has run so far arrive. */
const settle = () => new Promise((done) => setTimeout(done, 100));

async function probe(): Promise<unknown> {
  let evalBlocked = false;
  try {
    // The policy must forbid this, or the test proves nothing.
    new Function('return 1')();
  } catch (error) {
    evalBlocked = error instanceof EvalError;
  }
  await settle();
  violations.length = 0;
  const texts = await Promise.all(['plain.csv', 'timelinejs-sheet.csv'].map(fixtureText));
  const results = texts.map((text) => parseCSV(text));
  await settle();
  return { evalBlocked, results, violations };
}

probe().then(
  (report) => parent.postMessage({ cspProbe: report }, '*'),
  (error: unknown) => parent.postMessage({ cspProbe: { failed: String(error) } }, '*'),
);
