import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtfParse from 'edtf';
import { convert, edtfFromFields, fromCSV, safeUrl } from '../../src/formats/index.js';
import { daysInMonth } from '../../src/model/calendar.js';

/** edtf.js's reading of a string: `values` is `[year, month0, day, hour, minute, second]` as far as given. */
const edtf = (text: string) => edtfParse(text) as unknown as { values: number[]; year: number };

/** A valid TimelineJS date object: each field present only when the coarser ones are. */
const dateFields = fc
  .record({
    year: fc.integer({ min: -9999, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    depth: fc.integer({ min: 1, max: 6 }),
    asStrings: fc.boolean(),
  })
  .map(({ year, month, dayFraction, hour, minute, second, depth, asStrings }) => {
    const day = 1 + Math.floor(dayFraction * daysInMonth(year, month));
    const all = { year, month, day, hour, minute, second };
    const keys = (['year', 'month', 'day', 'hour', 'minute', 'second'] as const).slice(0, depth);
    const fields: Record<string, number | string> = {};
    for (const key of keys) fields[key] = asStrings ? String(all[key]) : all[key];
    return { fields, expected: all, depth };
  });

describe('format adapters: properties', () => {
  it('any valid TimelineJS date object becomes an EDTF string edtf.js reads back with the same fields', () => {
    fc.assert(
      fc.property(dateFields, ({ fields, expected, depth }) => {
        const result = edtfFromFields(fields);
        expect(result.ok, JSON.stringify(fields)).to.equal(true);
        if (!result.ok) return;
        const parsed = edtf(result.value);
        const want = [expected.year, expected.month - 1, expected.day, expected.hour, expected.minute, expected.second];
        // A time always comes with minutes and seconds (`T10:00:00Z`).
        const length = depth >= 4 ? 6 : depth;
        expect(parsed.values, result.value).to.deep.equal(want.slice(0, length).map((v, i) => (i >= depth ? 0 : v)));
      }),
      { seed: 20240501, numRuns: 500 },
    );
  });

  it('years beyond four digits become Y-prefixed EDTF years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 1e9 }), fc.boolean(), (magnitude, negative) => {
        const year = negative ? -magnitude : magnitude;
        const result = edtfFromFields({ year });
        expect(result).to.deep.equal({ ok: true, value: `Y${year}` });
        expect(edtf(`Y${year}`).year).to.equal(year);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('fromCSV never throws on arbitrary text, with or without a known header', () => {
    const header = fc.constantFrom('', 'start,end,title,summary,group\n', 'Year,Month,Day,Time,Headline,Text,Type\n');
    fc.assert(
      fc.property(header, fc.string({ maxLength: 200 }), (head, body) => {
        const events = fromCSV(head + body);
        expect(events).to.be.an('array');
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('convert never throws on arbitrary values in any format', () => {
    const format = fc.constantFrom(undefined, 'events', 'timelinejs', 'vis', 'csv', 'timelinejs-csv' as const);
    fc.assert(
      fc.property(fc.anything(), format, (data, name) => {
        const result = convert(data, name);
        expect(result.events).to.be.an('array');
        expect(result.errors).to.be.an('array');
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('safeUrl lets through no scheme but http, https and mailto', () => {
    const scheme = fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'file', 'http', 'https', 'mailto', 'ftp');
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f');
    fc.assert(
      fc.property(noise, scheme, noise, fc.string({ maxLength: 20 }), (pre, name, mid, rest) => {
        const url = `${pre}${name.slice(0, 2)}${mid}${name.slice(2)}:${rest}`;
        const out = safeUrl(url);
        if (out !== undefined) expect(['http', 'https', 'mailto']).to.include(name.toLowerCase());
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
