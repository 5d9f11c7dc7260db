import { expect } from '@open-wc/testing';
import { normalizeEvents, RADIX_FROM, sortOrder } from '../../src/model/normalize.js';
import { columnsOf } from '../../src/model/columns.js';
import { parseEventDate } from '../../src/model/date.js';
import { generateEvents, mulberry32 } from '../../src/data/generate.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** The order the comparator sort gave before the radix sort: start, then end, then input order. */
function comparatorOrder(lo: Float64Array, hi: Float64Array): number[] {
  return Array.from(lo, (_, i) => i).sort((a, b) => lo[a]! - lo[b]! || hi[a]! - hi[b]! || a - b);
}

describe('normalizeEvents at scale: columns, the radix sort, lazy dates', () => {
  describe('sortOrder', () => {
    it('gives the comparator sort’s order for random, negative, tied, zero and huge starts', () => {
      const random = mulberry32(5);
      const picks = [0, -0, 1, -1, 1.5, -1.5, 8.64e15, -8.64e15, 1e300, -1e300, 1.2e12, 1.2e12 + 1, -6.2e13, 86_400_000];
      for (const n of [0, 1, 2, 17, 1000, RADIX_FROM, RADIX_FROM + 4321]) {
        const lo = new Float64Array(n), hi = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          // Half the starts from a few values (long runs of ties), half spread over deep time and the present.
          lo[i] = random() < 0.5 ? picks[Math.floor(random() * picks.length)]! : (random() - 0.3) * 10 ** Math.floor(random() * 16);
          hi[i] = lo[i]! + (random() < 0.3 ? 0 : Math.floor(random() * 4) * 1000);
        }
        expect(Array.from(sortOrder(lo, hi)), `n=${n}`).to.deep.equal(comparatorOrder(lo, hi));
      }
    });
  });

  describe('events', () => {
    it('come back sorted by start, end, then input order, with columns that match them', () => {
      const rows = generateEvents({ n: 3000, seed: 11, lanes: 5 });
      // Ties: the same start (and end) in several rows.
      for (let i = 0; i < 300; i += 3) rows[i + 1] = { ...rows[i + 1]!, start: rows[i]!.start, end: rows[i]!.end };
      const { events } = normalizeEvents(rows);
      const lo = Float64Array.from(events, (e) => e.lo), hi = Float64Array.from(events, (e) => e.hi);
      const byInput = [...events].sort((a, b) => a.index - b.index);
      const expected = comparatorOrder(Float64Array.from(byInput, (e) => e.lo), Float64Array.from(byInput, (e) => e.hi)).map((i) => byInput[i]!);
      expect(events.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
      const c = columnsOf(events)!;
      expect(Array.from(c.lo)).to.deep.equal(Array.from(lo));
      expect(Array.from(c.hi)).to.deep.equal(Array.from(hi));
      expect(Array.from(c.index)).to.deep.equal(events.map((e) => e.index));
      expect(Array.from(c.group, (g) => c.groups[g])).to.deep.equal(events.map((e) => e.group));
      expect(c.groups).to.deep.equal(['Lane 1', 'Lane 2', 'Lane 3', 'Lane 4', 'Lane 5'].filter((g) => c.groups.includes(g)).sort((a, b) => rows.findIndex((r) => r.group === a) - rows.findIndex((r) => r.group === b)));
    });

    it('keeps the columns of data that comes sorted, and gives none for another array', () => {
      const { events } = normalizeEvents([
        { id: 'a', start: '2001', title: 'a', group: 'x' },
        { id: 'b', start: '2002', title: 'b', group: 'y' },
      ]);
      expect(Array.from(columnsOf(events)!.group)).to.deep.equal([0, 1]);
      expect(columnsOf(events.filter(() => true) as TimelineEvent[])).to.equal(undefined);
    });

    it('read every start and end as parseEventDate does, plain ISO or not', () => {
      const starts = ['2012', '2018-04', '2025-03-26', '2011-03-04T05:06:00Z', '2011-03-04 05:06', '2011-03-04T05:06:07.5+02:00', ' 2016-01-01 ', '2025-23', '2019?', '2012~', 'Y-13800000000', '-13800000000'];
      const rows = [
        ...starts.map((start, i) => ({ id: `s${i}`, start, title: 't' })),
        ...starts.map((end, i) => ({ id: `e${i}`, start: 'Y-20000000000', end, title: 't' })),
        { id: 'i', start: '2012/2014-06', title: 't' },
        { id: 'o', start: '2012/..', title: 't' },
        { id: 'n', start: 1.3e12, end: new Date(1.4e12), title: 't' },
      ];
      const { events, errors } = normalizeEvents(rows);
      expect(errors).to.deep.equal([]);
      for (const e of events) {
        const row = e.input;
        const start = parseEventDate(row.start);
        const end = row.end === undefined ? undefined : parseEventDate(row.end);
        if (!start.ok || (end && !end.ok)) throw new Error(`unreadable ${e.id}`);
        expect(e.start, e.id).to.deep.equal(start.start);
        expect(e.end, e.id).to.deep.equal(end?.ok ? (end.end ?? end.start) : start.end);
        // Asked again: the very same object.
        expect(e.start).to.equal(e.start);
      }
    });

    it('reject a duplicate id, also after many others, and let a row rejected for its date leave its id free', () => {
      const rows = [
        ...Array.from({ length: 5000 }, (_, i) => ({ id: `id${i}`, start: '2000', title: 't' })),
        { id: 'id4321', start: '2001', title: 'again' },
        { id: 'late', start: 'never', title: 'bad date' },
        { id: 'late', start: '2002', title: 'fine' },
        { id: ' id17 ', start: '2003', title: 'trimmed to a duplicate' },
      ];
      const { events, errors } = normalizeEvents(rows);
      expect(events.length).to.equal(5001);
      expect(events.find((e) => e.id === 'late')!.title).to.equal('fine');
      expect(errors.map((e) => [e.index, e.reason.split(':')[0]])).to.deep.equal([
        [5000, 'duplicate id "id4321"'],
        [5001, 'start'],
        [5003, 'duplicate id "id17"'],
      ]);
    });
  });
});

describe('a normalized event as data', () => {
  it('JSON.stringify writes every field, the dates and the rarely set ones included (they are getters)', () => {
    const { events } = normalizeEvents([
      { id: 'a', start: '2020-03-01', end: '2020-05-01', title: 'A', summary: 'Sum', tags: ['x'], group: 'G', url: 'https://example.org/' },
      { id: 'b', start: '2019', title: 'B' },
    ]);
    const [b, a] = events.map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
    expect(a).to.include({ id: 'a', title: 'A', summary: 'Sum', group: 'G', url: 'https://example.org/', kind: 'range' });
    expect(a.tags).to.deep.equal(['x']);
    expect((a.start as { edtf: string }).edtf).to.equal('2020-03-01');
    expect((a.end as { edtf: string }).edtf).to.equal('2020-05-01');
    expect(b).to.include({ id: 'b', title: 'B' });
    expect((b.start as { precision: string }).precision).to.equal('year');
    expect(Object.keys(a)).to.not.include.members(['s', 'e', 'x']);
  });
});
