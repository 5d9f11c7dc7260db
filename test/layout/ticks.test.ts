import { expect } from '@open-wc/testing';
import { computeTicks, estimateLabelWidth } from '../../src/layout/ticks.js';
import { msFromParts } from '../../src/model/calendar.js';

const S = 1000, MIN = 60 * S, H = 60 * MIN, D = 24 * H, Y = 365.2425 * D;
const START = Date.UTC(2025, 2, 26, 9, 41, 17);

/** Spans from one second to fifty years, as a zoom sweeps through them. */
const SPANS: [string, number, string][] = [
  ['1 s', 1 * S, 'millisecond'],
  ['10 s', 10 * S, 'second'],
  ['1 min', MIN, 'second'],
  ['10 min', 10 * MIN, 'minute'],
  ['1 h', H, 'minute'],
  ['6 h', 6 * H, 'hour'],
  ['1 day', D, 'hour'],
  ['1 week', 7 * D, 'day'],
  ['1 month', 30 * D, 'day'],
  ['6 months', 182 * D, 'month'],
  ['1 year', Y, 'month'],
  ['5 years', 5 * Y, 'month'],
  ['50 years', 50 * Y, 'year'],
];

describe('computeTicks', () => {
  for (const [name, span, unit] of SPANS) {
    it(`gives readable, non-overlapping ticks for a ${name} window`, () => {
      const width = 1000;
      const { ticks, unit: got } = computeTicks(START, START + span, width, 'en');
      expect(got).to.equal(unit);
      expect(ticks.length, 'tick count').to.be.within(2, 40);
      const xs = ticks.map((t) => ((t.t - START) / span) * width);
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i]!.t).to.be.greaterThan(ticks[i - 1]!.t);
        // Each label fits before the next tick.
        expect(xs[i]! - xs[i - 1]!).to.be.at.least(estimateLabelWidth(ticks[i - 1]!.label));
      }
      for (const t of ticks) expect(t.t).to.be.within(START, START + span);
      // The larger unit is written on the first tick, and again only where it changes.
      if (unit !== 'year') {
        expect(ticks[0]!.context, 'first tick has context').to.be.a('string');
        const contexts = ticks.filter((t) => t.context).map((t) => t.context);
        expect(new Set(contexts).size).to.equal(contexts.length);
      }
    });
  }

  it('writes month names and the year where it changes', () => {
    const { ticks } = computeTicks(Date.UTC(2024, 9, 1), Date.UTC(2025, 3, 1), 1000, 'en');
    expect(ticks.map((t) => t.label).slice(0, 4)).to.deep.equal(['October', 'November', 'December', 'January']);
    expect(ticks.map((t) => t.context ?? '')).to.deep.equal(['2024', '', '', '2025', '', '', '']);
  });

  it('writes German month names for lang="de"', () => {
    const { ticks } = computeTicks(Date.UTC(2025, 0, 1), Date.UTC(2025, 5, 1), 600, 'de');
    expect(ticks.map((t) => t.label)).to.include.members(['Januar', 'Februar', 'März', 'Mai']);
  });

  it('labels deep time in years ago, billions of years wide', () => {
    const a = msFromParts(-13_800_000_000), b = msFromParts(2000);
    const { ticks, unit } = computeTicks(a, b, 1000, 'en');
    expect(unit).to.equal('year');
    expect(ticks.length).to.be.within(2, 20);
    expect(ticks.some((t) => /billion years ago/.test(t.label))).to.equal(true);
  });

  it('returns nothing for an empty window or width', () => {
    expect(computeTicks(5, 5, 100, 'en').ticks).to.deep.equal([]);
    expect(computeTicks(0, 5, 0, 'en').ticks).to.deep.equal([]);
  });
});
