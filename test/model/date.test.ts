import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf from 'edtf';
import { parseEventDate } from '../../src/model/date.js';
import { msFromParts } from '../../src/model/calendar.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

function ok(input: Parameters<typeof parseEventDate>[0]) {
  const r = parseEventDate(input);
  if (!r.ok) throw new Error(`expected ${String(input)} to parse: ${r.error}`);
  return r;
}

describe('parseEventDate', () => {
  it('reads a bare year as the whole year, at year precision', () => {
    const { start } = ok('2012');
    expect([start.min, start.max, start.precision]).to.deep.equal([utc(2012), utc(2013), 'year']);
  });

  it('reads a month as the whole month', () => {
    const { start } = ok('2018-04');
    expect([start.min, start.max, start.precision]).to.deep.equal([utc(2018, 4), utc(2018, 5), 'month']);
  });

  it('reads a day as the whole day', () => {
    const { start } = ok('2025-03-26');
    expect([start.min, start.max, start.precision]).to.deep.equal([utc(2025, 3, 26), utc(2025, 3, 27), 'day']);
  });

  it('reads 2025-23 as autumn 2025: September to November', () => {
    const { start } = ok('2025-23');
    expect([start.min, start.max, start.precision, start.season]).to.deep.equal([utc(2025, 9), utc(2025, 12), 'season', 23]);
  });

  it('reads winter across the new year and the southern autumn in March–May', () => {
    expect([ok('2024-24').start.min, ok('2024-24').start.max]).to.deep.equal([utc(2024, 12), utc(2025, 3)]);
    expect([ok('2025-31').start.min, ok('2025-31').start.max]).to.deep.equal([utc(2025, 3), utc(2025, 6)]);
  });

  it('marks approximate and uncertain dates', () => {
    const approx = ok('2025-03~').start;
    expect([approx.approximate, approx.uncertain, approx.precision, approx.min]).to.deep.equal([true, false, 'month', utc(2025, 3)]);
    const unsure = ok('2019?').start;
    expect([unsure.approximate, unsure.uncertain, unsure.precision]).to.deep.equal([false, true, 'year']);
    const both = ok('2004-06-11%').start;
    expect([both.approximate, both.uncertain]).to.deep.equal([true, true]);
  });

  it('reads intervals into a start and an end, each at its own precision', () => {
    const r = ok('2012/2014-06');
    expect([r.start.min, r.start.precision, r.end!.max, r.end!.precision]).to.deep.equal([utc(2012), 'year', utc(2014, 7), 'month']);
  });

  it('keeps open interval ends as open', () => {
    expect(ok('2012/..').end!.open).to.equal('after');
    expect(ok('../2020').start.open).to.equal('before');
  });

  it('reads unspecified digits as a wider period', () => {
    const decade = ok('201X').start;
    expect([decade.min, decade.max, decade.precision]).to.deep.equal([utc(2010), utc(2020), 'decade']);
    expect(ok('2019-XX').start.precision).to.equal('year');
  });

  it('reads deep time beyond the range of Date: -13800000000 and Y-13800000000', () => {
    const a = ok('-13800000000').start;
    const b = ok('Y-13800000000').start;
    expect(a.min).to.equal(b.min);
    expect(a.min).to.equal(msFromParts(-13_800_000_000));
    expect(a.min / (365.2425 * 864e5)).to.be.closeTo(-13_800_001_970, 2);
    // One year long, to within the 65 s a double can resolve at 4e20 ms.
    expect(a.max - a.min).to.be.within(365 * 864e5, 366 * 864e5 + 65_536);
    expect(a.precision).to.equal('year');
  });

  it('reads ISO date-times as instants, in UTC unless a zone is given', () => {
    expect(ok('2025-03-26T10:00:00Z').start.min).to.equal(Date.UTC(2025, 2, 26, 10));
    expect(ok('2025-03-26T10:00').start.min).to.equal(Date.UTC(2025, 2, 26, 10));
    expect(ok('2025-03-26T10:00:00+02:00').start.min).to.equal(Date.UTC(2025, 2, 26, 8));
    expect(ok('2025-03-26T10:00:00.250Z').start.precision).to.equal('millisecond');
  });

  it('reads Dates and epoch milliseconds as instants', () => {
    const t = Date.UTC(2020, 5, 1, 12, 30);
    expect(ok(new Date(t)).start.min).to.equal(t);
    expect(ok(t).start.max).to.equal(t);
    expect(ok(t).start.precision).to.equal('minute');
  });

  it('reports what it cannot read, without throwing', () => {
    for (const bad of ['', 'soon', '2025-02-30', '2025-13', '[1667,1668]', NaN, new Date('x'), 9e15] as const) {
      const r = parseEventDate(bad as never);
      expect(r.ok, String(bad)).to.equal(false);
      if (!r.ok) expect(r.error).to.be.a('string').and.not.empty;
    }
    expect(parseEventDate(undefined).ok).to.equal(false);
    expect(parseEventDate({} as never).ok).to.equal(false);
  });

  it('agrees with the edtf library on every plain ISO date it reads on the fast path', () => {
    const day = fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(day, fc.constantFrom(1, 2, 3), ({ y, m, d }, parts) => {
        const s = [pad(y, 4), pad(m), pad(d)].slice(0, parts).join('-');
        const ours = ok(s).start;
        const theirs = edtf(s);
        return ours.min === theirs.min && ours.max === theirs.max + 1;
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
