import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { civilFromMs, daysInMonth, msFromParts } from '../../src/model/calendar.js';

describe('calendar', () => {
  it('knows the days of a month in the proleptic Gregorian calendar, year 0 and BC included', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).to.deep.equal([29, 28, 28, 29]);
    expect([daysInMonth(0, 2), daysInMonth(-4, 2), daysInMonth(-1, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).to.deep.equal([29, 29, 28, 30, 31]);
    // Where a Date can say it, it agrees.
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => daysInMonth(y, m) === new Date(Date.UTC(y, m, 0)).getUTCDate()),
      { numRuns: 500, seed: 3 },
    );
  });

  it('finds the calendar day of an instant, also before 1970 and before year 1', () => {
    expect(civilFromMs(msFromParts(2025, 3, 26, 23, 59))).to.deep.equal({ year: 2025, month: 3, day: 26 });
    expect(civilFromMs(msFromParts(1969, 12, 31, 12))).to.deep.equal({ year: 1969, month: 12, day: 31 });
    expect(civilFromMs(msFromParts(-44, 3, 15))).to.deep.equal({ year: -44, month: 3, day: 15 });
  });
});
