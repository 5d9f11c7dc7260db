import { expect } from '@open-wc/testing';
import { bisectLeft as d3BisectLeft, bisectRight as d3BisectRight, tickStep } from 'd3-array';
import { normalizeEvents } from '../../src/model/normalize.js';
import { bisectLeft, bisectRight, layoutLanes, toRow, type Row } from '../../src/layout/lanes.js';
import { yearStep } from '../../src/layout/ticks.js';
import { generateEvents, mulberry32 } from '../../src/data/generate.js';
import type { TimelineEvent } from '../../src/model/types.js';

/** The lanes and rows as layoutLanes made them from the events' objects (before it read columns). */
function referenceLanes(events: readonly TimelineEvent[], maxRows: number, groupOrder: readonly string[] = []) {
  const lists = new Map<string, TimelineEvent[]>();
  const first = new Map<string, number>();
  for (const e of events) {
    if (!lists.has(e.group)) lists.set(e.group, []);
    lists.get(e.group)!.push(e);
    if (!(e.index >= (first.get(e.group) ?? Infinity))) first.set(e.group, e.index);
  }
  const order = [...new Set([...groupOrder.filter((g) => lists.has(g)), ...[...first.keys()].sort((a, b) => first.get(a)! - first.get(b)!)])];
  return order.map((group) => {
    const rows: TimelineEvent[][] = [];
    const ends: number[] = [];
    for (const e of lists.get(group)!) {
      const end = Math.max(e.hi, e.lo + 1);
      let r = ends.findIndex((x) => x <= e.lo);
      if (r < 0) r = ends.length < maxRows ? ends.length : ends.indexOf(Math.min(...ends));
      (rows[r] ??= []).push(e);
      ends[r] = Math.max(ends[r] ?? -Infinity, end);
    }
    return { group, rows: rows.map(toRow), all: toRow(lists.get(group)!) };
  });
}

const plain = (row: Row) => ({ events: row.events.map((e) => e.id), los: Array.from(row.los), maxHi: Array.from(row.maxHi) });

describe('layoutLanes from the events’ columns', () => {
  for (const [name, rows, maxRows, order] of [
    ['8 lanes, 6 rows', generateEvents({ n: 4000, seed: 3 }), 6, undefined],
    ['3 lanes, 2 rows, a group order', generateEvents({ n: 2000, seed: 8, lanes: 3 }), 2, ['Lane 3', 'nobody', 'Lane 3']],
    ['data that comes sorted', generateEvents({ n: 1500, seed: 4 }).sort((a, b) => (a.start < b.start ? -1 : 1)), 4, undefined],
  ] as const) {
    it(`puts every event in the lane and row it had before (${name}), from columns or from objects`, () => {
      const { events } = normalizeEvents(rows);
      const expected = referenceLanes(events, maxRows, order).map((l) => ({ group: l.group, rows: l.rows.map(plain), all: plain(l.all) }));
      for (const input of [events, [...events]]) {
        const layout = layoutLanes(input, maxRows, order);
        expect(layout.lanes.map((l) => ({ group: l.group, rows: l.rows.map(plain), all: plain(l.all) }))).to.deep.equal(expected);
        expect(layout.lanes.map((l) => l.count)).to.deep.equal(expected.map((l) => l.all.events.length));
        for (const lane of layout.lanes)
          lane.rows.forEach((row, r) => row.events.forEach((e) => expect([layout.laneOf[e.index], layout.rowOf[e.index]]).to.deep.equal([lane.index, r])));
        expect(layout.extent).to.deep.equal([events[0]!.lo, Math.max(...events.map((e) => e.hi))]);
      }
    });
  }

  it('lays out nothing for no events', () => {
    const layout = layoutLanes([]);
    expect([layout.lanes, layout.laneOf.length, layout.extent]).to.deep.equal([[], 0, undefined]);
  });
});

describe('the bisectors and the year step, without d3-array', () => {
  it('bisect like d3-array’s, NaN included', () => {
    const random = mulberry32(2);
    const a = Float64Array.from({ length: 200 }, () => Math.floor(random() * 50)).sort();
    const withNaN = Float64Array.from([1, 2, 2, NaN, 3]);
    for (const x of [-1, 0, 1, 2, 2.5, 25, 49, 50, 60, NaN, Infinity, -Infinity]) {
      expect([bisectLeft(a, x), bisectRight(a, x), bisectLeft(a, x, 10, 90), bisectRight(a, x, 10, 90)], String(x)).to.deep.equal([
        d3BisectLeft(a, x),
        d3BisectRight(a, x),
        d3BisectLeft(a, x, 10, 90),
        d3BisectRight(a, x, 10, 90),
      ]);
      expect([bisectLeft(withNaN, x), bisectRight(withNaN, x)]).to.deep.equal([d3BisectLeft(withNaN, x), d3BisectRight(withNaN, x)]);
    }
  });

  it('steps years as d3-array’s tickStep does, from a day to billions of years', () => {
    for (let years = 0.003; years < 2e10; years *= 1.37)
      for (const count of [1, 1.5, 3, 7.3, 13, 40]) expect(Math.max(1, yearStep(years, count)), `${years} / ${count}`).to.equal(Math.max(1, tickStep(0, years, count)));
  });
});
