// Rows that leave room for labels, and how lanes share the room: pure, no DOM.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize.js';
import { generateEvents } from '../../src/data/generate.js';
import { layoutLanes } from '../../src/layout/lanes.js';
import { labelRows, levelOf, reachPx, scaleOfLevel } from '../../src/layout/label-rows.js';
import { rowsInRoom, shareRows } from '../../src/layout/budget.js';
import { createPipeline } from '../../src/layout/pipeline.js';
import { buildScene, type SceneEvent, type SceneOptions } from '../../src/layout/scene.js';
import type { TimelineEvent } from '../../src/model/types.js';

const DAY = 86_400_000;
const day = (n: number) => Date.UTC(2000, 0, 1) + n * DAY;
const ISO = (t: number) => new Date(t).toISOString().slice(0, 10);
/** 7 px per letter. */
const measure = (t: string) => t.length * 7;
const label = (e: TimelineEvent) => String(e.title);
const o = { markerPx: 10, clusterPx: 34, label, measure };
const events = (rows: { start: string; end?: string; title: string }[]) => normalizeEvents(rows.map((r, i) => ({ id: `e${i}`, ...r }))).events;

describe('label-aware rows', () => {
  it('reaches as far as the scene draws: a marker\'s label right of it, a bar\'s inside or after it, at least a cluster\'s width', () => {
    const k = 1; // px per ms
    expect(reachPx({ lo: 0, hi: 0 }, 70, k, o)).to.equal(8 + 70 + 8);
    expect(reachPx({ lo: 0, hi: 200 }, 70, k, o), 'inside a long bar').to.equal(200);
    expect(reachPx({ lo: 0, hi: 200 }, 300, k, o), 'longer than the bar, from its start').to.equal(6 + 300 + 8);
    expect(reachPx({ lo: 0, hi: 40 }, 70, k, o), 'after a short bar').to.equal(40 + 4 + 70 + 8);
    expect(reachPx({ lo: 0, hi: 0 }, 0, k, o), 'no label').to.equal(34);
  });

  it('opens a row with its label on the left where the next event would run into it, never past the view\'s left edge', () => {
    // Seeded, uneven crowds: 60 events, 140–300 px labels, most of them in a few dense stretches.
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const list = events(Array.from({ length: 60 }, (_, i) => ({ start: ISO(day(rnd() < 0.6 ? 1500 + Math.floor(rnd() * 200) : Math.floor(rnd() * 3000))), title: 'w'.repeat(20 + Math.floor(rnd() * 23)) + i })));
    const k = 1 / DAY;
    const known = labelRows(list, k, { ...o, rows: 100, leftEdge: day(0), rightEdge: day(3100) });
    const unknown = labelRows(list, k, { ...o, rows: 100, rightEdge: day(3100) });
    expect(known.length, 'fewer rows').to.be.below(unknown.length);
    for (const row of known)
      row.events.forEach((e, i) => {
        if (row.left![i]) expect(e.lo - (8 + measure(label(e)) + 8) / k, `${e.id} inside the view`).to.be.at.least(day(0));
      });
  });

  it('puts two events whose labels would collide into two rows, and into one when one row is all there is', () => {
    const list = events([
      { start: ISO(day(0)), title: 'A rather long title here' },
      { start: ISO(day(10)), title: 'Another long title' },
    ]);
    const k = 1 / DAY; // 1 px a day: the labels (170 px) reach far past the second start
    expect(labelRows(list, k, { ...o, rows: 5 }).map((r) => r.events.map((e) => e.id))).to.deep.equal([['e0'], ['e1']]);
    expect(labelRows(list, k, { ...o, rows: 1 }).map((r) => r.events.map((e) => e.id))).to.deep.equal([['e0', 'e1']]);
    // Zoomed in far enough, both fit in one row.
    expect(labelRows(list, 40 / DAY, { ...o, rows: 5 })).to.have.length(1);
  });

  it('uses the room left of an event when the right is taken, and only the left near the right edge of the data', () => {
    const list = events([
      { start: ISO(day(0)), title: 'x' },
      { start: ISO(day(100)), title: 'Early label' },
      { start: ISO(day(400)), title: 'Late one' },
      { start: ISO(day(402)), title: 'Near the end' },
    ]);
    const k = 1 / DAY;
    // e3's label (84 px) runs past day 430: it is laid out on its left, in the row where e1 left room (day 100 + 99).
    const rows = labelRows(list, k, { ...o, rows: 5, rightEdge: day(430) }).map((r) => r.events.map((e) => e.id));
    const rowOf = (id: string) => rows.findIndex((r) => r.includes(id));
    expect(rowOf('e3'), 'not in e2\'s row (2 px apart, they would merge)').to.not.equal(rowOf('e2'));
    expect(rowOf('e2'), 'e2 (also past the edge) in e1\'s row, which has room on its left').to.equal(rowOf('e1'));
    const scene = buildScene(layoutLanes(list), day(-10), day(430), sceneOptions(440, (lane, n, kk) => labelRows(lane.all.events, kk, { ...o, rows: n, rightEdge: day(430) }), [5]));
    for (const [id, title] of [['e2', 'Late one'], ['e3', 'Near the end']]) {
      const item = scene.items.find((i): i is SceneEvent => i.type === 'event' && i.event.id === id)!;
      expect(item.label, `${id} whole`).to.equal(title);
      expect(item.labelX + item.labelWidth, `${id} left of its marker`).to.be.at.most(item.x0);
    }
  });

  it('when every row is taken, cuts a label rather than drawing an event over another\'s bar', () => {
    const list = events([
      { start: ISO(day(0)), end: ISO(day(300)), title: 'A long bar' },
      { start: ISO(day(10)), title: 'Short' },
      { start: ISO(day(50)), title: 'Third event with a label' },
    ]);
    const rows = labelRows(list, 1 / DAY, { ...o, rows: 2 });
    const barRow = rows.findIndex((r) => r.events.some((e) => e.id === 'e0'));
    expect(rows[barRow]!.events.map((e) => e.id)).to.deep.equal(['e0']);
  });

  it('draws every label whole when the rows are there (property: random lanes, the scene as built)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 3650 }), days: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 })), letters: fc.integer({ min: 1, max: 50 }) }), { minLength: 1, maxLength: 40 }),
        (rows) => {
          const list = events(rows.map((r) => ({ start: ISO(day(r.at)), end: r.days ? ISO(day(r.at + r.days)) : undefined, title: 'x'.repeat(r.letters) })));
          const layout = layoutLanes(list, 6);
          const lo = day(-30);
          const hi = Math.max(...list.map((e) => e.hi)) + 30 * DAY;
          const rowsOf = (lane: Parameters<NonNullable<SceneOptions['rowsOf']>>[0], n: number, kk: number) =>
            labelRows(lane.all.events, scaleOfLevel(levelOf(kk)), { ...o, rows: n, rightEdge: hi, leftEdge: lo });
          const scene = buildScene(layout, lo, hi, sceneOptions(1100, rowsOf, [40]));
          for (const item of scene.items) {
            expect(item.type, 'no cluster').to.equal('event');
            if (item.type === 'event') expect(item.label, `label of ${item.event.id}`).to.equal(item.event.title);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sharing the room between lanes', () => {
  it('gives each lane what it needs when there is room, else fair shares from the smallest need up', () => {
    expect(shareRows([2, 10, 3], Infinity)).to.deep.equal([2, 10, 3]);
    expect(shareRows([2, 10, 3], 9)).to.deep.equal([2, 4, 3]);
    expect(shareRows([5, 5, 5], 6)).to.deep.equal([2, 2, 2]);
    expect(shareRows([0, 8], 3), 'at least one row each').to.deep.equal([1, 2]);
    expect(shareRows([2, 10], Infinity, 4), 'max-rows').to.deep.equal([2, 4]);
    expect(shareRows([4, 4], 1), 'one row each, even when the room is smaller').to.deep.equal([1, 1]);
    expect(rowsInRoom(24 * 10 + 2 * (16 + 6), 2, { rowHeight: 24, laneHeader: 16, lanePadding: 3 })).to.equal(10);
  });

  it('a lane of one unnamed group gets no header, so its rows start at the top', () => {
    const p = createPipeline();
    const list = events([{ start: '2001', title: 'a' }, { start: '2002', title: 'b' }]);
    const layout = p.layout(list, 6);
    const scene = p.scene(layout, day(0), day(1500), 800, -Infinity, Infinity, 'k', [1], { rowHeight: 24, laneHeader: 16, lanePadding: 3, clusterPx: 34, markerPx: 10, maxRows: 6, label, measure });
    expect(scene.lanes[0]!.header).to.equal(0);
    expect(scene.height).to.equal(24 + 6);
  });

  it('keeps a lane\'s rows the same for every zoom inside one level, and builds them once per level', () => {
    const p = createPipeline();
    const list = events(Array.from({ length: 30 }, (_, i) => ({ start: ISO(day(i * 20)), title: `Event number ${i} with words` })));
    const layout = p.layout(list, 6);
    const lane = layout.lanes[0]!;
    const opts = { rowHeight: 24, laneHeader: 16, lanePadding: 3, clusterPx: 34, markerPx: 10, maxRows: 6, label, measure, textKey: 'k' };
    const k = scaleOfLevel(levelOf(1 / DAY)) * 1.01;
    const a = p.rowsOf(lane, 10, k, opts);
    expect(p.rowsOf(lane, 10, k * 1.1, opts), 'same level: the same rows, not built again').to.equal(a);
    expect(p.rowsOf(lane, 10, k * 1.5, opts), 'next level').to.not.equal(a);
  });

  it('builds each level once when a zoom goes from 20 years to two weeks and back, twice', () => {
    const p = createPipeline();
    const list = events(Array.from({ length: 30 }, (_, i) => ({ start: ISO(day(i * 200)), title: `Event number ${i} with words` })));
    const lane = p.layout(list, 6).lanes[0]!;
    let built = 0;
    const opts = { rowHeight: 24, laneHeader: 16, lanePadding: 3, clusterPx: 34, markerPx: 10, maxRows: 6, measure, textKey: 'k', label: (e: TimelineEvent) => (built++, label(e)) };
    // 800 px showing 20 years … 14 days: 9 octaves, 37 levels, in 60 log-spaced steps each way.
    const spans = Array.from({ length: 60 }, (_, i) => 20 * 365 * DAY * (14 / (20 * 365)) ** (i / 59));
    const sweep = [...spans, ...spans.slice().reverse()];
    const rows = new Map<number, unknown>();
    for (const span of [...sweep, ...sweep]) {
      const k = 800 / span;
      const got = p.rowsOf(lane, 10, k, opts);
      const level = levelOf(k);
      if (rows.has(level)) expect(got, `level ${level} kept`).to.equal(rows.get(level));
      rows.set(level, got);
    }
    expect(rows.size).to.be.within(36, 40);
    expect(built, 'one layout per level').to.equal(rows.size * list.length);
  });
});

function sceneOptions(width: number, rowsOf: SceneOptions['rowsOf'], laneRows: number[]): SceneOptions {
  return { width, rowHeight: 24, laneHeader: 16, lanePadding: 3, clusterPx: 34, markerPx: 10, maxRows: 6, label, measure, laneRows, rowsOf };
}

describe('label-aware rows with room to spare', () => {
  it('are the same with any room that holds every row they need (what lets the pipeline lay a lane out once per level)', () => {
    const plain = (rows: ReturnType<typeof labelRows>) => rows.map((r) => [r.events.map((e) => e.id), Array.from(r.left ?? [])]);
    const { events: all } = normalizeEvents(generateEvents({ n: 1200, seed: 6, lanes: 3 }));
    const layout = layoutLanes(all);
    for (const lane of layout.lanes)
      for (const level of [-150, -120, -112, -108, -104, -100, -96, -90]) {
        const k = scaleOfLevel(level);
        for (const edges of [{}, { rightEdge: lane.all.maxHi[lane.all.maxHi.length - 1]! + 1e9, leftEdge: lane.all.los[0]! - 1e9 }]) {
          const roomy = labelRows(lane.all.events, k, { ...o, ...edges, rows: 40 });
          if (roomy.length >= 40) continue;
          for (const rows of [roomy.length, roomy.length + 1, roomy.length + 7])
            expect(plain(labelRows(lane.all.events, k, { ...o, ...edges, rows })), `${lane.group} level ${level} rows ${rows}`).to.deep.equal(plain(roomy));
        }
      }
  });

  it('come from the pipeline as they would be laid out for the room given', () => {
    const { events: all } = normalizeEvents(generateEvents({ n: 900, seed: 2, lanes: 3 }));
    const layout = layoutLanes(all);
    const p = createPipeline();
    const options = { ...o, rowHeight: 24, laneHeader: 16, lanePadding: 3, maxRows: 6, textKey: 'k' };
    for (const lane of layout.lanes)
      for (const level of [-140, -110, -104, -100, -95]) {
        const k = scaleOfLevel(level);
        const need = p.rowsOf(lane, 40, k, options).length;
        for (const rows of [need, need + 2, Math.max(1, need - 1)])
          expect(p.rowsOf(lane, rows, k, options).map((r) => r.events.map((e) => e.id))).to.deep.equal(labelRows(lane.all.events, k, { ...options, rows }).map((r) => r.events.map((e) => e.id)));
      }
  });
});
