import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf from 'edtf';
import { parseEventDate, parseFast } from '../../src/model/date.js';
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

  it('reads exactly the plain ISO shapes the reference regular expressions accept, with the same result', () => {
    // The shapes as regular expressions (the fast path's earlier implementation), as the oracle.
    const SHAPES = [
      /^(\d{4})$/,
      /^(\d{4})-(0[1-9]|1[0-2])$/,
      /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
      /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/,
    ];
    const expected = (s: string) => {
      const m = SHAPES.map((re) => re.exec(s)).find(Boolean);
      if (!m) return 'other';
      const [y, mo, d, h, mi, sec] = m.slice(1, 7).map((v) => (v === undefined ? undefined : +v));
      const monthDays = [31, y! % 4 === 0 && (y! % 100 !== 0 || y! % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      if (d !== undefined && d > monthDays[mo! - 1]!) return 'no such day';
      if (h === undefined) return `${d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year'} ${msFromParts(y!, mo ?? 1, d ?? 1)}`;
      const ms = m[7] ? +m[7].padEnd(3, '0') : 0;
      const zone = m[8] && m[8] !== 'Z' ? m[8].replace(':', '') : '+0000';
      const offset = (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(3)) * 60_000;
      const precision = m[7] ? 'millisecond' : m[6] ? 'second' : 'minute';
      return `${precision} ${msFromParts(y!, mo!, d!, h, mi!, sec ?? 0, ms) - offset}`;
    };
    const actual = (s: string) => {
      const p = parseFast(s);
      return p === undefined ? 'other' : p === null ? 'no such day' : `${p.precision} ${p.min}`;
    };
    // Near misses: valid pieces, with characters swapped for digits, separators, letters or nothing.
    const piece = fc.constantFrom('2020', '1999', '0000', '9999', '202', '20200', '-', '--', ':', 'T', ' ', 'Z', '+', '.', '01', '12', '13', '00', '29', '30', '31', '32', '23', '24', '59', '60', '5', '123', '1234', '+01:00', '-0530', 'x', '');
    const iso = fc.tuple(
      fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 24 }),
      fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }),
    ).map(([y, mo, d, h, mi, sec, frac, zone, cut]) => {
      const p2 = (n: number) => String(n).padStart(2, '0');
      const base = `${String(y).padStart(4, '0')}-${p2(mo)}-${p2(d)}${zone % 2 ? ' ' : 'T'}${p2(h)}:${p2(mi)}`;
      const withSec = cut > 0 ? `${base}:${p2(sec)}${frac ? `.${'123456'.slice(0, frac)}` : ''}` : base;
      const zoned = withSec + ['', 'Z', '+01:00', '-0530', '+1', 'Z!', ''][zone]!;
      return cut === 4 ? zoned.slice(0, 4 + (y % 3) * 3) : zoned;
    });
    const mangled = fc.tuple(iso, fc.nat(30), piece).map(([s, at, p]) => s.slice(0, at) + p + s.slice(at + 1));
    const input = fc.oneof(iso, mangled, fc.array(piece, { maxLength: 8 }).map((a) => a.join('')));
    fc.assert(
      fc.property(input, (s) => actual(s) === expected(s)),
      { numRuns: 3000, seed: 7 },
    );
    // Not vacuous: the inputs reach every outcome.
    const outcomes = new Set(fc.sample(input, { numRuns: 3000, seed: 7 }).map((s) => expected(s).split(' ')[0]));
    expect([...outcomes].sort()).to.deep.equal(['day', 'millisecond', 'minute', 'month', 'no', 'other', 'second', 'year']);
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
