import { expect } from '@open-wc/testing';
import { computeTicks } from '../../src/layout/ticks.js';
import { parseEventDate } from '../../src/model/date.js';
import { msFromParts } from '../../src/model/calendar.js';
import { formatDatePoint, formatEventDate, formatInstant, formatSpan } from '../../src/model/text.js';
import { createZone, type TimeZone } from '../../src/model/zone.js';
import type { DatePoint } from '../../src/model/types.js';

const MIN = 60_000, H = 60 * MIN, D = 24 * H;
const zone = (name: string): TimeZone => createZone(name)!;
const BERLIN = zone('Europe/Berlin');
const NEW_YORK = zone('America/New_York');
const KOLKATA = zone('Asia/Kolkata');
const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
const instant = (t: number): DatePoint => ({ min: t, max: t, precision: 'minute', approximate: false, uncertain: false, edtf: '' });
/** The date an input string reads as (its start). */
const dateOf = (s: string): DatePoint => {
  const r = parseEventDate(s);
  if (!r.ok) throw new Error(r.error);
  return r.start;
};
/** Hour ticks of a window one `width` px wide per hour (so hours are the unit chosen). */
const hourTicks = (t0: number, t1: number, z: TimeZone, lang = 'de') => {
  const { ticks, unit } = computeTicks(t0, t1, ((t1 - t0) / H) * 120, lang, 12, 90, z);
  expect(unit).to.equal('hour');
  return ticks;
};

describe('time zones', () => {
  describe('createZone', () => {
    it('keeps UTC as the default and accepts IANA names as Intl spells them', () => {
      expect(createZone('')).to.equal(undefined);
      expect(createZone('UTC')).to.equal(undefined);
      expect(createZone('europe/berlin')?.id).to.equal('Europe/Berlin');
      const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(createZone('local')?.id).to.equal(/^(Etc\/)?UTC$/.test(local) ? undefined : local);
    });

    it('reads an unknown name as UTC, with one warning and no throw', () => {
      const warn = console.warn;
      const said: string[] = [];
      console.warn = (...args: unknown[]) => said.push(String(args[0]));
      try {
        expect(createZone('Mars/Olympus')).to.equal(undefined);
        expect(createZone('Mars/Olympus')).to.equal(undefined);
      } finally {
        console.warn = warn;
      }
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('Mars/Olympus');
    });
  });

  describe('offsets', () => {
    it('reads Berlin, New York and Kolkata offsets on both sides of the changes', () => {
      expect(BERLIN.offset(Date.UTC(2025, 2, 30, 0, 59))).to.equal(1 * H);
      expect(BERLIN.offset(Date.UTC(2025, 2, 30, 1, 0))).to.equal(2 * H);
      expect(BERLIN.offset(Date.UTC(2025, 9, 26, 0, 59))).to.equal(2 * H);
      expect(BERLIN.offset(Date.UTC(2025, 9, 26, 1, 0))).to.equal(1 * H);
      expect(NEW_YORK.offset(Date.UTC(2025, 0, 15))).to.equal(-5 * H);
      expect(NEW_YORK.offset(Date.UTC(2025, 6, 15))).to.equal(-4 * H);
      expect(KOLKATA.offset(Date.UTC(2025, 6, 15))).to.equal(5.5 * H);
    });

    it('finds where a wall time starts: the earlier of a repeated one, the jump for a skipped one', () => {
      expect(iso(BERLIN.fromWall(Date.UTC(2025, 9, 26, 2, 30)))).to.equal('2025-10-26T00:30');
      expect(iso(BERLIN.fromWall(Date.UTC(2025, 2, 30, 2, 30)))).to.equal('2025-03-30T01:00');
      expect(iso(BERLIN.fromWall(Date.UTC(2025, 2, 30)))).to.equal('2025-03-29T23:00');
      expect(iso(BERLIN.fromWall(Date.UTC(2025, 2, 31)))).to.equal('2025-03-30T22:00');
    });

    it('ignores the zone in deep time and beyond what a Date holds', () => {
      const far = msFromParts(-300_000, 1, 1);
      expect(BERLIN.offset(far)).to.equal(0);
      expect(BERLIN.wall(far)).to.equal(far);
    });
  });

  describe('instants written in the zone', () => {
    it('writes 00:30Z on the spring-forward night as 01:30 and 01:30Z as 03:30, naming the zone', () => {
      expect(formatDatePoint(instant(Date.UTC(2025, 2, 30, 0, 30)), 'de', BERLIN)).to.equal('30. März 2025 um 01:30 MEZ');
      expect(formatDatePoint(instant(Date.UTC(2025, 2, 30, 1, 30)), 'de', BERLIN)).to.equal('30. März 2025 um 03:30 MESZ');
    });

    it('tells the two 02:30 of the fall-back night apart', () => {
      const first = formatDatePoint(instant(Date.UTC(2025, 9, 26, 0, 30)), 'de', BERLIN);
      const second = formatDatePoint(instant(Date.UTC(2025, 9, 26, 1, 30)), 'de', BERLIN);
      expect([first, second]).to.deep.equal(['26. Oktober 2025 um 02:30 MESZ', '26. Oktober 2025 um 02:30 MEZ']);
    });

    it('writes New York and Kolkata times with their offsets', () => {
      const t = Date.UTC(2024, 10, 5, 19, 15);
      expect(formatDatePoint(instant(t), 'en-GB', NEW_YORK)).to.match(/^5 November 2024 at 14:15 (EST|GMT-5)$/);
      expect(formatDatePoint(instant(t), 'en-GB', KOLKATA)).to.match(/^6 November 2024 at 00:45 (IST|GMT\+5:30)$/);
    });

    it('keeps UTC as before without a zone', () => {
      expect(formatDatePoint(instant(Date.UTC(2024, 10, 5, 19, 15)), 'de')).to.equal('5. November 2024 um 19:15 UTC');
    });

    it('never shifts a date without a time, nor names a zone for it', () => {
      for (const z of [BERLIN, NEW_YORK, KOLKATA, zone('Pacific/Kiritimati'), zone('Pacific/Pago_Pago')]) {
        expect(formatDatePoint(dateOf('2024-11-05'), 'de', z), z.id).to.equal('5. November 2024');
        expect(formatEventDate({ start: dateOf('2024-01'), end: dateOf('2024-03') }, 'en', z), z.id).to.equal('January 2024 – March 2024');
        expect(formatDatePoint(dateOf('2024'), 'en', z), z.id).to.equal('2024');
      }
    });

    it('writes windows and slider positions in the zone', () => {
      // 23:30Z on New Year's Eve is already 2025 in Berlin.
      expect(formatInstant(Date.UTC(2024, 11, 31, 23, 30), 30 * D, 'en', BERLIN)).to.equal('January 1, 2025');
      expect(formatInstant(Date.UTC(2024, 11, 31, 23, 30), 30 * D, 'en')).to.equal('December 31, 2024');
      expect(formatSpan(Date.UTC(2025, 9, 26, 3), Date.UTC(2025, 9, 26, 6), 'de', BERLIN)).to.equal('26. Oktober 2025, 04:00–06:59 Uhr MEZ');
      // Across the change each end names its offset.
      expect(formatSpan(Date.UTC(2025, 9, 26, 0), Date.UTC(2025, 9, 26, 3), 'de', BERLIN)).to.equal('26. Oktober 2025 um 02:00 MESZ – 26. Oktober 2025 um 03:59 MEZ');
      expect(formatSpan(Date.UTC(2025, 9, 26, 0), Date.UTC(2025, 9, 26, 3), 'de')).to.equal('26. Oktober 2025, 00:00–02:59 Uhr UTC');
    });
  });

  describe('ticks', () => {
    it('skips 02 across the spring-forward night in Berlin', () => {
      const ticks = hourTicks(Date.UTC(2025, 2, 29, 22, 30), Date.UTC(2025, 2, 30, 3, 30), BERLIN);
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-03-29T23:00', '2025-03-30T00:00', '2025-03-30T01:00', '2025-03-30T02:00', '2025-03-30T03:00']);
      expect(ticks.map((k) => k.label)).to.deep.equal(['00:00', '01:00', '03:00', '04:00', '05:00']);
      expect(ticks[0]!.context).to.equal('30. März 2025');
    });

    it('writes 02 twice across the fall-back night in Berlin', () => {
      const ticks = hourTicks(Date.UTC(2025, 9, 25, 21, 30), Date.UTC(2025, 9, 26, 2, 30), BERLIN);
      expect(ticks.map((k) => k.label)).to.deep.equal(['00:00', '01:00', '02:00', '02:00', '03:00']);
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-10-25T22:00', '2025-10-25T23:00', '2025-10-26T00:00', '2025-10-26T01:00', '2025-10-26T02:00']);
    });

    it("puts day ticks at Berlin's midnights, 23:00Z in winter and 22:00Z in summer", () => {
      const { ticks, unit } = computeTicks(Date.UTC(2025, 2, 27, 12), Date.UTC(2025, 3, 1, 12), 500, 'de', 12, 90, BERLIN);
      expect(unit).to.equal('day');
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-03-27T23:00', '2025-03-28T23:00', '2025-03-29T23:00', '2025-03-30T22:00', '2025-03-31T22:00']);
      expect(ticks.map((k) => k.label)).to.deep.equal(['28', '29', '30', '31', '1']);
      expect(ticks[4]!.context).to.equal('April 2025');
    });

    it('moves the day ticks back to 23:00Z after the fall-back night', () => {
      const { ticks } = computeTicks(Date.UTC(2025, 9, 24, 12), Date.UTC(2025, 9, 28, 12), 500, 'de', 12, 90, BERLIN);
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-10-24T22:00', '2025-10-25T22:00', '2025-10-26T23:00', '2025-10-27T23:00']);
      expect(ticks.map((k) => k.label)).to.deep.equal(['25', '26', '27', '28']);
    });

    it('keeps day ticks at UTC midnights without a zone', () => {
      const { ticks } = computeTicks(Date.UTC(2025, 2, 27, 12), Date.UTC(2025, 3, 1, 12), 500, 'de');
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-03-28T00:00', '2025-03-29T00:00', '2025-03-30T00:00', '2025-03-31T00:00', '2025-04-01T00:00']);
    });

    it('puts New York hours and months on its own clock', () => {
      const ticks = hourTicks(Date.UTC(2025, 2, 9, 5, 30), Date.UTC(2025, 2, 9, 9, 30), NEW_YORK, 'en-GB');
      expect(ticks.map((k) => k.label)).to.deep.equal(['01:00', '03:00', '04:00', '05:00']);
      const months = computeTicks(Date.UTC(2025, 0, 15), Date.UTC(2025, 5, 15), 500, 'en', 12, 90, NEW_YORK).ticks;
      expect(months.map((k) => iso(k.t))).to.deep.equal(['2025-02-01T05:00', '2025-03-01T05:00', '2025-04-01T04:00', '2025-05-01T04:00', '2025-06-01T04:00']);
    });

    it('puts Kolkata hours at half past the UTC hour', () => {
      const ticks = hourTicks(Date.UTC(2025, 5, 1, 18, 0), Date.UTC(2025, 5, 1, 21, 0), KOLKATA);
      expect(ticks.map((k) => iso(k.t))).to.deep.equal(['2025-06-01T18:30', '2025-06-01T19:30', '2025-06-01T20:30']);
      expect(ticks.map((k) => k.label)).to.deep.equal(['00:00', '01:00', '02:00']);
      expect(ticks[0]!.context).to.equal('2. Juni 2025');
    });

    it('draws deep time as before, whatever the zone', () => {
      const t0 = msFromParts(-3_000_000, 1, 1);
      const t1 = msFromParts(-1_000_000, 1, 1);
      expect(computeTicks(t0, t1, 1000, 'en', 12, 90, BERLIN)).to.deep.equal(computeTicks(t0, t1, 1000, 'en'));
      // Zoomed into one day of deep time: hours, labelled as in UTC.
      const d0 = msFromParts(-400_000, 6, 1);
      expect(computeTicks(d0, d0 + D, 1000, 'en', 12, 90, BERLIN)).to.deep.equal(computeTicks(d0, d0 + D, 1000, 'en'));
    });
  });
});
