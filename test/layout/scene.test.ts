import { expect } from '@open-wc/testing';
import { normalizeEvents } from '../../src/model/normalize.js';
import { layoutLanes, placementOf } from '../../src/layout/lanes.js';
import { binsOf, buildScene, clusterText, fitLabel, hitTest, itemBox, targetBox, type SceneOptions } from '../../src/layout/scene.js';
import { generateEvents } from '../../src/data/generate.js';

const options = (width = 1000): SceneOptions => ({
  width,
  rowHeight: 24,
  laneHeader: 16,
  lanePadding: 3,
  clusterPx: 30,
  markerPx: 10,
  maxRows: 4,
  label: (e) => String(e.title),
  measure: (t) => t.length * 7,
});

describe('layoutLanes', () => {
  it('puts events into lanes by group, in order of first appearance, and stacks overlaps into rows', () => {
    const { events } = normalizeEvents([
      { id: 'a', start: '2010', end: '2015', title: 'a', group: 'BMW' },
      { id: 'b', start: '2012', title: 'b', group: 'BMW' },
      { id: 'c', start: '2016', title: 'c', group: 'BMW' },
      { id: 'd', start: '2011', title: 'd', group: 'CATL' },
    ]);
    const layout = layoutLanes(events);
    expect(layout.lanes.map((l) => l.group)).to.deep.equal(['BMW', 'CATL']);
    expect(['a', 'b', 'c', 'd'].map((id) => placementOf(layout, events.find((e) => e.id === id)!))).to.deep.equal([
      { lane: 0, row: 0 },
      { lane: 0, row: 1 },
      { lane: 0, row: 0 },
      { lane: 1, row: 0 },
    ]);
  });

  it('never lets two events of a row overlap in time while rows are free', () => {
    const { events } = normalizeEvents(generateEvents({ n: 400, seed: 7, lanes: 3 }));
    const layout = layoutLanes(events, 1000);
    for (const lane of layout.lanes)
      for (const row of lane.rows)
        for (let i = 1; i < row.events.length; i++) expect(row.events[i]!.lo).to.be.at.least(Math.max(row.events[i - 1]!.hi, row.events[i - 1]!.lo + 1));
  });
});

describe('buildScene', () => {
  it('labels in a row never overlap the next item', () => {
    const { events } = normalizeEvents(
      Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, start: `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`, title: `A rather long title number ${i}` })),
    );
    const layout = layoutLanes(events);
    const o = options();
    const scene = buildScene(layout, Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1), o);
    // Per row: every label box must stay clear of every other item's shape and label.
    const rows = new Map<string, { owner: number; x0: number; x1: number; label: boolean }[]>();
    scene.items.forEach((item, owner) => {
      if (item.type === 'density') return;
      const key = `${item.lane}/${item.row}`;
      const boxes = rows.get(key) ?? [];
      const x1 = item.type === 'event' && item.marker ? (item.x0 + item.x1) / 2 + 5 : Math.max(item.x1, item.x0 + 1);
      boxes.push({ owner, x0: item.x0, x1, label: false });
      if (item.type === 'event' && item.label) boxes.push({ owner, x0: item.labelX, x1: item.labelX + o.measure(item.label), label: true });
      rows.set(key, boxes);
    });
    let checked = 0;
    for (const boxes of rows.values())
      for (const a of boxes.filter((b) => b.label))
        for (const b of boxes) {
          if (b.owner === a.owner) continue;
          checked++;
          expect(a.x1 <= b.x0 || b.x1 <= a.x0, `label [${a.x0}, ${a.x1}] overlaps [${b.x0}, ${b.x1}]`).to.equal(true);
        }
    expect(checked).to.be.greaterThan(10);
    const labelled = scene.items.filter((i) => i.type === 'event' && i.label);
    expect(labelled.length).to.be.greaterThan(0);
  });

  it('merges crowded events into clusters at full span and splits them when zoomed to a day', () => {
    const { events } = normalizeEvents(generateEvents({ n: 2000, seed: 1 }));
    const layout = layoutLanes(events);
    const [a, b] = layout.extent!;
    const wide = buildScene(layout, a, b, options(1200));
    const clusters = wide.items.filter((i) => i.type === 'cluster');
    expect(clusters.length).to.be.greaterThan(0);
    expect(wide.items.filter((i) => i.type === 'density')).to.have.length(0);
    const counted = clusters.reduce((n, c) => n + (c.type === 'cluster' ? c.count : 0), 0) + wide.items.filter((i) => i.type === 'event').length;
    expect(counted).to.equal(events.length);
    const mid = events[1000]!.lo;
    const day = buildScene(layout, mid - 43_200_000, mid + 43_200_000, options(1200));
    expect(day.items.filter((i) => i.type === 'event').map((i) => (i.type === 'event' ? i.event.id : ''))).to.include(events[1000]!.id);
    expect(day.items.filter((i) => i.type === 'cluster').length).to.equal(0);
  });

  it('draws a lane with thousands of events in view as one density histogram that counts them all', () => {
    const { events } = normalizeEvents(generateEvents({ n: 100_000, seed: 1 }));
    const layout = layoutLanes(events);
    const [a, b] = layout.extent!;
    const scene = buildScene(layout, a, b, options(1200));
    expect(scene.items.map((i) => i.type)).to.deep.equal(new Array(8).fill('density'));
    for (const item of scene.items) {
      if (item.type !== 'density') continue;
      expect(item.bins).to.have.length(300);
      expect(item.bins.reduce((x, y) => x + y, 0)).to.equal(layout.lanes[item.lane]!.count);
    }
  });

  it('counts a row\'s starts per column the same whether few or many are in view, starts on a column\'s end in that column', () => {
    // Seeded starts on whole hours (many fall exactly on column ends), 0 … 40 per column.
    let seed = 3;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const HOUR = 3_600_000;
    for (const perColumn of [0.1, 1, 3.9, 4, 12, 40]) {
      const columns = 50;
      const [t0, t1] = [Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 1) + columns * 10 * HOUR];
      const n = Math.round(perColumn * columns * 1.2);
      const los = Array.from({ length: n }, () => t0 - 20 * HOUR + Math.floor(rnd() * (columns * 10 + 40)) * HOUR).sort((a, b) => a - b);
      const { events } = normalizeEvents(los.map((lo, i) => ({ id: `e${i}`, start: new Date(lo).toISOString(), title: 'x' })));
      const row = layoutLanes(events).lanes[0]!.all;
      const step = (t1 - t0) / columns;
      const expected = new Array<number>(columns).fill(0);
      for (const lo of los) {
        if (lo < t0 || lo > t1) continue;
        let c = 0;
        while (lo > (c === columns - 1 ? t1 : t0 + (c + 1) * step)) c++;
        expected[c]!++;
      }
      expect(binsOf(row, t0, t1, columns), `${perColumn} a column`).to.deep.equal(expected);
    }
  });

  it('fits labels with an ellipsis, or drops them when there is no room', () => {
    const m = (t: string) => t.length * 7;
    expect(fitLabel('Short', 100, m)).to.equal('Short');
    expect(fitLabel('A much longer label than fits', 100, m)).to.match(/…$/);
    expect(fitLabel('Anything', 10, m)).to.equal('');
  });
});

describe('hitTest and itemBox', () => {
  const { events } = normalizeEvents([
    { id: 'p', start: '2020-03-01', title: 'point', group: 'A' },
    { id: 'r', start: '2020-06-01', end: '2020-09-01', title: 'range', group: 'A' },
    { id: 'c1', start: '2020-12-01', title: 'c1', group: 'B' },
    { id: 'c2', start: '2020-12-02', title: 'c2', group: 'B' },
  ]);
  const layout = layoutLanes(events);
  const t0 = Date.UTC(2020, 0, 1);
  const t1 = Date.UTC(2021, 0, 1);
  const scene = buildScene(layout, t0, t1, options(1000));
  const x = (t: number) => ((t - t0) / (t1 - t0)) * 1000;

  it('finds the item drawn under a point, with slack around markers, and nothing between items', () => {
    const point = scene.items.find((i) => i.type === 'event' && i.event.id === 'p')!;
    const range = scene.items.find((i) => i.type === 'event' && i.event.id === 'r')!;
    const cluster = scene.items.find((i) => i.type === 'cluster')!;
    const mid = point.y + 3 + 9;
    expect(hitTest(scene, x(Date.UTC(2020, 2, 1)) + 5, mid, 24)).to.equal(point);
    expect(hitTest(scene, x(Date.UTC(2020, 7, 1)), range.y + 10, 24)).to.equal(range);
    expect(hitTest(scene, x(Date.UTC(2020, 4, 1)), mid, 24)).to.equal(undefined);
    expect(hitTest(scene, x(Date.UTC(2020, 7, 1)), range.y + 40, 24)).to.equal(undefined);
    const box = itemBox(scene, cluster, 24);
    expect(hitTest(scene, box.x + box.width - 1, box.y + 1, 24)).to.equal(cluster);
    expect(box.width).to.be.at.least(clusterText(2).length * 6.5 + 9);
  });

  it('writes big cluster counts in thousands', () => {
    expect([clusterText(7), clusterText(999), clusterText(1000), clusterText(12_345)]).to.deep.equal(['7', '999', '1k', '12.3k']);
  });
});

describe('targetBox', () => {
  const { events } = normalizeEvents([
    { id: 'dot', start: '2020-03-01', title: 'a label', group: 'A' },
    { id: 'bar', start: '2020-06-01', end: '2020-09-01', title: 'bar', group: 'A' },
  ]);
  const layout = layoutLanes(events);
  const t0 = Date.UTC(2020, 0, 1);
  const scene = buildScene(layout, t0, Date.UTC(2021, 0, 1), options(1000));
  const dot = scene.items.find((i) => i.type === 'event' && i.event.id === 'dot')!;

  it('is at least 24×24 px and takes in the label, so a finger on either hits the event', () => {
    const box = targetBox(scene, dot, 24);
    const shape = itemBox(scene, dot, 24);
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.equal(24);
    expect(box.x).to.be.at.most(shape.x);
    if (dot.type !== 'event') throw new Error('event');
    expect(box.x + box.width).to.be.closeTo(dot.labelX + dot.labelWidth, 0.01);
    // On the label, and 2 px above the dot: the dot.
    expect(hitTest(scene, dot.labelX + dot.labelWidth - 2, shape.y + shape.height / 2, 24)).to.equal(dot);
    expect(hitTest(scene, shape.x + shape.width / 2, shape.y - 2, 24)).to.equal(dot);
  });
});
