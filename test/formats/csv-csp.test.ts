// CSV under a Content-Security-Policy without 'unsafe-eval': d3-dsv's csvParse compiles its row converter with
// `new Function`, which such a policy blocks (EvalError, so no events); the adapter must not depend on it.
import { expect } from '@open-wc/testing';
import { parseCSV } from '../../src/formats/index.js';
import { fixtureText } from './fixtures.js';
import { probeUnderCsp } from '../csp-frame.js';

const FIXTURES = ['plain.csv', 'timelinejs-sheet.csv'];

describe('fromCSV without eval', () => {
  let texts: string[];
  before(async () => {
    texts = await Promise.all(FIXTURES.map(fixtureText));
  });

  it('reads CSV the same when the Function constructor throws', () => {
    const expected = texts.map((text) => parseCSV(text));
    expect(expected.every((result) => result.events.length > 0)).to.equal(true);
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = function noEval() {
      calls += 1;
      throw new EvalError('Function is disabled in this test');
    } as unknown as FunctionConstructor;
    let results: ReturnType<typeof parseCSV>[];
    try {
      results = texts.map((text) => parseCSV(text));
    } finally {
      globalThis.Function = original;
    }
    expect(calls, 'calls to Function').to.equal(0);
    expect(results).to.deep.equal(expected);
  });

  it("reads CSV in a page whose CSP has no 'unsafe-eval', without a violation", async () => {
    const { failed, evalBlocked, results, violations } = await probeUnderCsp<Record<string, unknown>>(
      '/test/formats/csp-probe.ts',
      'cspProbe',
      "default-src 'self'; script-src 'self' https://cdn.example",
    );
    expect(failed, 'probe failure').to.equal(undefined);
    expect(evalBlocked, 'eval blocked by the policy (else this test proves nothing)').to.equal(true);
    expect(violations).to.deep.equal([]);
    expect(results).to.deep.equal(texts.map((text) => parseCSV(text)));
  });
});
