import { expect } from '@open-wc/testing';
import { generateEvents, generatedSpan, mulberry32 } from '../../src/data/generate.js';

const HOUR = 3_600_000;

describe('generateEvents', () => {
  it('gives the same events for the same seed, and pins the first ones', () => {
    expect(generateEvents({ n: 500, seed: 7 })).to.deep.equal(generateEvents({ n: 500, seed: 7 }));
    // Pinned: a change here changes every benchmark dataset, so bench results stop being comparable.
    expect(generateEvents({ n: 2 })).to.deep.equal([
      { id: 'e1', start: '2017-07-17T18:36:00Z', title: 'Event 1', group: 'Lane 1' },
      { id: 'e2', start: '2024-05-15T00:00:00Z', title: 'Event 2', group: 'Lane 3' },
    ]);
    expect(generateEvents({ n: 2, seed: 42 })[1]).to.deep.equal({
      id: 'e2',
      start: '2008-07-01T00:22:00Z',
      title: 'Event 2',
      group: 'Lane 5',
      end: '2008-07-06T01:29:00Z',
    });
  });

  it('gives different events for a different seed', () => {
    expect(generateEvents({ n: 50, seed: 1 })).not.to.deep.equal(generateEvents({ n: 50, seed: 2 }));
  });

  it('keeps the first events when n grows, so small datasets are prefixes of large ones', () => {
    expect(generateEvents({ n: 1000 }).slice(0, 100)).to.deep.equal(generateEvents({ n: 100 }));
  });

  it('makes about 30 % ranges of 1 hour to 90 days and 70 % points', () => {
    const events = generateEvents({ n: 20_000 });
    const ranges = events.filter((e) => e.end !== undefined);
    expect(ranges.length / events.length).to.be.within(0.28, 0.32);
    for (const e of ranges) {
      const duration = Date.parse(e.end as string) - Date.parse(e.start as string);
      expect(duration).to.be.within(HOUR, 90 * 24 * HOUR);
    }
    const none = generateEvents({ n: 1000, rangeShare: 0 });
    expect(none.every((e) => e.end === undefined)).to.equal(true);
  });

  it('spreads events over Lane 1 … Lane 8 and starts over the 20 years from 2005', () => {
    const events = generateEvents({ n: 8000, seed: 3 });
    const perLane = new Map<string, number>();
    for (const e of events) perLane.set(e.group as string, (perLane.get(e.group as string) ?? 0) + 1);
    expect([...perLane.keys()].sort()).to.deep.equal(Array.from({ length: 8 }, (_, i) => `Lane ${i + 1}`).sort());
    for (const count of perLane.values()) expect(count).to.be.within(900, 1100);
    const [lo, hi] = generatedSpan();
    expect([lo, hi]).to.deep.equal([Date.UTC(2005, 0, 1), Date.UTC(2025, 0, 1)]);
    for (const e of events) expect(Date.parse(e.start as string)).to.be.within(lo, hi - 1);
  });

  it('writes starts as UTC ISO date-times, with unique ids and "Event i" titles', () => {
    const events = generateEvents({ n: 300, years: 2, startYear: 1990, lanes: 3 });
    expect(new Set(events.map((e) => e.id)).size).to.equal(300);
    expect(events[122].title).to.equal('Event 123');
    for (const e of events) {
      expect(e.start).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
      expect(Date.parse(e.start as string)).to.be.within(Date.UTC(1990, 0, 1), Date.UTC(1992, 0, 1) - 1);
      expect(e.group).to.be.oneOf(['Lane 1', 'Lane 2', 'Lane 3']);
    }
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).to.deep.equal(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...xs)).to.be.at.least(0);
    expect(Math.max(...xs)).to.be.below(1);
  });
});
