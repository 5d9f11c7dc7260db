import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEvents } from '../../src/model/normalize.js';
import { layoutLanes } from '../../src/layout/lanes.js';
import { buildScene, type SceneOptions } from '../../src/layout/scene.js';
import { containerOf, headOf, moveFocus, type FocusUnit } from '../../src/layout/navigate.js';
import type { TimelineEvent } from '../../src/model/types.js';

const options = (width = 1000): SceneOptions => ({
  width,
  rowHeight: 24,
  laneHeader: 16,
  lanePadding: 3,
  clusterPx: 34,
  markerPx: 10,
  maxRows: 4,
  label: (e) => String(e.title),
  measure: (t) => t.length * 7,
});

const DAY = 86_400_000;

function setup(rows: Parameters<typeof normalizeEvents>[0], t0: number, t1: number) {
  const { events } = normalizeEvents(rows);
  const layout = layoutLanes(events, 4);
  const scene = buildScene(layout, t0, t1, options());
  const place = new Map(events.map((e, i) => [e, i]));
  const position = (e: TimelineEvent) => place.get(e)!;
  return { events, layout, scene, position };
}

const name = (u: FocusUnit | undefined) => (!u ? '-' : 'type' in u ? (u.type === 'event' ? u.event.id : `${u.type}:${u.head.id}+${u.to - u.from - 1}`) : `out:${u.id}`);

describe('moveFocus and containerOf', () => {
  // Lane A: a crowd of five in March 2020 between two lone events; lane B: one event inside the crowd's span.
  const rows = [
    { id: 'a0', start: '2018-01-10', title: 'a0', group: 'A' },
    ...Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, start: `2020-03-0${2 + i}`, title: `c${i}`, group: 'A' })),
    { id: 'b', start: '2020-03-04T12:00:00Z', title: 'b', group: 'B' },
    { id: 'a9', start: '2023-06-10', title: 'a9', group: 'A' },
  ];
  const { events, layout, scene, position } = setup(rows, Date.UTC(2017, 6, 1), Date.UTC(2024, 0, 1));
  const byId = (id: string) => events.find((e) => e.id === id)!;
  const walk = (move: 'next' | 'previous', from: string, steps: number) => {
    const seen: string[] = [];
    let current = byId(from);
    for (let i = 0; i < steps; i++) {
      const u = moveFocus(events, layout, scene, position, current, move, 0)!;
      seen.push(name(u));
      current = headOf(u);
    }
    return seen;
  };

  it('finds the cluster an event is merged into, and an event drawn alone as itself', () => {
    expect(name(containerOf(scene, layout, byId('c3')))).to.equal('cluster:c0+4');
    expect(name(containerOf(scene, layout, byId('a0')))).to.equal('a0');
  });

  it('steps right through time, one stop per cluster, the event inside its span after it; and back the same way', () => {
    expect(walk('next', 'a0', 5)).to.deep.equal(['cluster:c0+4', 'b', 'a9', 'a9', 'a9']);
    expect(walk('previous', 'a9', 4)).to.deep.equal(['b', 'cluster:c0+4', 'a0', 'a0']);
  });

  it('goes up and down to what holds the nearest event of the next lane, Home and End to the ends', () => {
    expect(name(moveFocus(events, layout, scene, position, byId('a0'), 'down', 0))).to.equal('b');
    expect(name(moveFocus(events, layout, scene, position, byId('b'), 'up', 0))).to.equal('cluster:c0+4');
    expect(name(moveFocus(events, layout, scene, position, byId('b'), 'down', 0))).to.equal('b');
    expect(name(moveFocus(events, layout, scene, position, undefined, 'last', 0))).to.equal('a9');
    expect(name(moveFocus(events, layout, scene, position, undefined, 'first', 0))).to.equal('a0');
  });

  it('lets an event out of view stand for itself', () => {
    const narrow = setup(rows, Date.UTC(2020, 1, 20), Date.UTC(2020, 2, 20));
    const a9 = narrow.events.find((e) => e.id === 'a9')!;
    expect(name(containerOf(narrow.scene, narrow.layout, a9))).to.equal('-');
    expect(name(moveFocus(narrow.events, narrow.layout, narrow.scene, narrow.position, undefined, 'last', 0))).to.equal('out:a9');
  });

  it('visits every event exactly once, by itself or in what holds it, walking right from the first (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 2000 }), lane: fc.integer({ min: 0, max: 3 }), days: fc.integer({ min: 0, max: 60 }) }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 1900 }),
        fc.integer({ min: 30, max: 2100 }),
        (specs, from, length) => {
          const t0 = Date.UTC(2000, 0, 1);
          const input = specs.map((s, i) => ({
            id: `e${i}`,
            start: new Date(t0 + s.day * DAY).toISOString(),
            end: s.days ? new Date(t0 + (s.day + s.days) * DAY).toISOString() : undefined,
            title: `e${i}`,
            group: `L${s.lane}`,
          }));
          const w = setup(input, t0 + from * DAY, t0 + (from + length) * DAY);
          const covered = new Set<TimelineEvent>();
          let u = moveFocus(w.events, w.layout, w.scene, w.position, undefined, 'first', 0)!;
          for (let guard = 0; guard <= w.events.length; guard++) {
            if ('type' in u && u.type !== 'event') for (let i = u.from; i < u.to; i++) covered.add(u.source.events[i]!);
            else covered.add(headOf(u));
            const next = moveFocus(w.events, w.layout, w.scene, w.position, headOf(u), 'next', 0)!;
            if (next === u) break;
            expect(w.position(headOf(next))).to.be.greaterThan(w.position(headOf(u)));
            u = next;
          }
          expect(covered.size).to.be.at.least(w.events.length);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
