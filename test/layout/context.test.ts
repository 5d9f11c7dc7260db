// Where eras and markers go in a window: rows at the opening view, what is in view, where names go. Pure, no DOM.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeEras, normalizeMarkers, type Era, type Marker } from '../../src/model/context.js';
import { contextScene, eraRows, type ContextLayoutOptions, type SceneEra } from '../../src/layout/context.js';

const DAY = 86_400_000;
/** 7 px per letter. */
const measure = (t: string) => t.length * 7;
/** 1000 px wide: over [0, 1000 days] a day is a pixel. */
const o: ContextLayoutOptions = { width: 1000, measure, label: (title) => String(title), rowHeight: 20 };
const VIEW = [0, 1000 * DAY] as const;

/** Eras from [id, first day, last day, title]: epoch-ms bounds, so known to the day (sharp) and exact in px. */
function eras(rows: [string, number, number, string][]): Era[] {
  const { eras: list, errors } = normalizeEras(rows.map(([id, a, b, title]) => ({ id, start: a * DAY, end: b * DAY, title })));
  expect(errors).to.be.empty;
  return list;
}
function markers(rows: [string, number, string][]): Marker[] {
  const { markers: list, errors } = normalizeMarkers(rows.map(([id, d, title]) => ({ id, at: d * DAY, title })));
  expect(errors).to.be.empty;
  return list;
}
const rowsById = (list: Era[], rowOf: Int32Array) => Object.fromEntries(list.map((e, i) => [e.id, rowOf[i]]));
const sceneAt = (list: Era[], marks: Marker[], t0: number, t1: number) => {
  const { rowOf, rows } = eraRows(list, ...VIEW, o);
  return contextScene(list, rowOf, rows, marks, t0, t1, o);
};
const byId = (items: SceneEra[], id: string) => items.find((i) => i.era.id === id)!;

describe('context layout', () => {
  describe('eraRows', () => {
    it('stacks eras that overlap in time and reuses a row once it is free', () => {
      const list = eras([
        ['a', 0, 500, 'A'],
        ['b', 400, 600, 'B'],
        ['c', 500, 700, 'C'],
        ['d', 450, 550, 'D'],
      ]);
      const { rowOf, rows } = eraRows(list, ...VIEW, o);
      expect(rowsById(list, rowOf)).to.deep.equal({ a: 0, b: 1, d: 2, c: 0 });
      expect(rows).to.equal(3);
    });

    it('gives a narrow era whose name needs more room than its band a row of its own, until zoomed in far enough', () => {
      // "Narrow era name" is 105 px: from day 100 it takes up to day 100 + 105 + 12.
      const list = eras([
        ['narrow', 100, 110, 'Narrow era name'],
        ['next', 200, 300, 'Next'],
        ['later', 210, 300, 'Later'],
      ]);
      expect(rowsById(list, eraRows(list, ...VIEW, o).rowOf)).to.deep.equal({ narrow: 0, next: 1, later: 2 });
      // Four times as wide: the name ends by day 130.
      expect(rowsById(list, eraRows(list, 0, 250 * DAY, o).rowOf)).to.deep.equal({ narrow: 0, next: 0, later: 1 });
    });

    it('measures a name from the left edge of the opening view when the era begins before it', () => {
      // Begins 500 days off-screen: its name is drawn from x = 0, so "Long era name here" (126 px) reaches day 138.
      const list = eras([
        ['early', -500, 10, 'Long era name here'],
        ['after', 100, 200, 'After'],
        ['clear', 140, 200, 'Clear'],
      ]);
      expect(rowsById(list, eraRows(list, ...VIEW, o).rowOf)).to.deep.equal({ early: 0, after: 1, clear: 0 });
    });

    it('with maxRows, puts an era whose name finds no room in a row where only its band is free', () => {
      const list = eras([
        ['narrow', 100, 110, 'Narrow era name'],
        ['next', 200, 300, 'Next'],
      ]);
      expect(eraRows(list, ...VIEW, { ...o, maxRows: 1 }).rows).to.equal(1);
    });

    it('never puts two eras that overlap in time in one row (property)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ at: fc.integer({ min: -200, max: 1200 }), days: fc.integer({ min: 1, max: 400 }), letters: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 60 }),
          fc.integer({ min: -100, max: 900 }),
          fc.integer({ min: 1, max: 2000 }),
          fc.option(fc.integer({ min: 1, max: 4 })),
          (rows, from, span, maxRows) => {
            const list = eras(rows.map((r, i) => [`e${i}`, r.at, r.at + r.days, `${'x'.repeat(r.letters)}.`]));
            const opts = maxRows === null ? o : { ...o, maxRows };
            const { rowOf, rows: n } = eraRows(list, from * DAY, (from + span) * DAY, opts);
            const lanes: Era[][] = Array.from({ length: n }, () => []);
            list.forEach((e, i) => lanes[rowOf[i]!]!.push(e));
            expect(lanes.every((lane) => lane.length > 0), 'no empty row').to.be.true;
            for (const lane of lanes) for (let i = 1; i < lane.length; i++) expect(lane[i]!.lo).to.be.at.least(lane[i - 1]!.hi);
            if (maxRows !== null) return;
            // Without a limit, every name at the opening view is whole unless the plot's right edge cuts it.
            const scene = contextScene(list, rowOf, n, [], from * DAY, (from + span) * DAY, o);
            for (const item of scene.eras) {
              const name = item.era.title as string;
              if (item.labelX + measure(name) <= o.width) expect(item.label, item.era.id).to.equal(name);
            }
          },
        ),
      );
    });
  });

  describe('contextScene', () => {
    it('returns only the eras that reach into the window, out of 10 000', () => {
      const rows: [string, number, number, string][] = Array.from({ length: 9_999 }, (_, i) => [`d${i}`, i, i + 1, `${i}`]);
      rows.push(['all', -10, 20_000, 'Everything']);
      const list = eras(rows);
      expect(list).to.have.length(10_000);
      const { rowOf, rows: n } = eraRows(list, 0, 10_000 * DAY, o);
      const t0 = 5000.5 * DAY, t1 = 5010 * DAY;
      const scene = contextScene(list, rowOf, n, [], t0, t1, o);
      const expected = list.filter((e) => e.hi > t0 && e.lo < t1).map((e) => e.id);
      expect(scene.eras.map((i) => i.era.id)).to.deep.equal(expected);
      expect(expected).to.have.length(11);
      expect(scene.eras[0]!.era.id, 'the long era, found through the running maximum of ends').to.equal('all');
      expect(contextScene(list, rowOf, n, [], 30_000 * DAY, 30_001 * DAY, o).eras).to.be.empty;
    });

    it('places an era by its row, with keys safe for DOM ids', () => {
      const list = eras([
        ['a', 0, 500, 'A'],
        ['b', 400, 600, 'B'],
      ]);
      const scene = sceneAt(list, [], ...VIEW);
      const b = byId(scene.eras, 'b');
      expect([b.key, b.row, b.y, b.height, b.x0, b.x1]).to.deep.equal(['tl-era-1', 1, 20, 20, 400, 600]);
      expect([b.coreX0, b.coreX1], 'known to the instant: all of it is sure').to.deep.equal([400, 600]);
    });

    it('keeps the name of an era that begins off-screen at the left edge', () => {
      const list = eras([['long', -300, 400, 'Long reign']]);
      const item = sceneAt(list, [], ...VIEW).eras[0]!;
      expect([item.x0, item.labelX, item.label]).to.deep.equal([-300, 4, 'Long reign']);
    });

    it('draws every name whole when there is room, a narrow era\'s past the end of its band', () => {
      const list = eras([
        ['a', 0, 300, 'Early republic'],
        ['b', 300, 310, 'Short-lived council'],
        ['c', 320, 600, 'Empire'],
        ['d', 250, 700, 'Long war overlapping others'],
        ['e', 700, 1000, 'Late period'],
      ]);
      const scene = sceneAt(list, [], ...VIEW);
      for (const item of scene.eras) expect(item.label, item.era.id).to.equal(item.era.title);
      const b = byId(scene.eras, 'b');
      expect(b.labelX + b.labelWidth, 'runs past its band').to.be.greaterThan(b.x1);
      // Rows hold whole names: no name runs into the next era of its row.
      for (const item of scene.eras) {
        const next = scene.eras.filter((x) => x.row === item.row && x.x0 >= item.x1).sort((x, y) => x.x0 - y.x0)[0];
        if (next) expect(item.labelX + item.labelWidth, item.era.id).to.be.at.most(next.x0 - 8);
      }
    });

    it('cuts a name that does not fit inside its band, not past it', () => {
      const list = eras([
        ['a', 0, 100, 'A name far too long for its band'],
        ['b', 100, 200, 'B'],
      ]);
      // Both in one row, as a narrower row budget would put them.
      const scene = contextScene(list, new Int32Array([0, 0]), 1, [], ...VIEW, o);
      const a = byId(scene.eras, 'a');
      expect(a.label).to.match(/…$/);
      expect(a.labelX + a.labelWidth).to.be.at.most(a.x1 - 4);
    });

    it('fades the ends known to a year and draws those known to a day sharp', () => {
      const { eras: list } = normalizeEras([
        { id: 'years', start: '1914/1918', title: 'War' },
        { id: 'days', start: '1914-07-28', end: '1918-11-11', title: 'War' },
        { id: 'mixed', start: '1914', end: '1918-11-11', title: 'War' },
      ]);
      const t0 = Date.UTC(1910, 0, 1), t1 = Date.UTC(1925, 0, 1);
      const { rowOf, rows } = eraRows(list, t0, t1, o);
      const scene = contextScene(list, rowOf, rows, [], t0, t1, o);
      expect(Object.fromEntries(scene.eras.map((i) => [i.era.id, [i.softStart, i.softEnd]]))).to.deep.equal({ years: [true, true], days: [false, false], mixed: [true, false] });
      const years = byId(scene.eras, 'years');
      expect(years.coreX0 - years.x0, 'fades over the year 1914').to.be.closeTo(((Date.UTC(1915, 0, 1) - Date.UTC(1914, 0, 1)) / (t1 - t0)) * o.width, 1e-9);
    });

    it('reserves all era rows and a marker row however much is in view, and nothing when there is nothing', () => {
      const list = eras([
        ['a', 0, 100, 'A'],
        ['b', 50, 150, 'B'],
      ]);
      const marks = markers([['m', 50, 'M']]);
      const far = [5000 * DAY, 6000 * DAY] as const;
      const scene = sceneAt(list, marks, ...far);
      expect([scene.eras.length, scene.markers.length, scene.rows, scene.height]).to.deep.equal([0, 0, 2, 60]);
      expect(sceneAt(list, [], ...VIEW).height).to.equal(40);
      expect(contextScene([], new Int32Array(0), 0, [], ...VIEW, o).height).to.equal(0);
      expect(contextScene([], new Int32Array(0), 0, marks, ...VIEW, o).height).to.equal(20);
    });
  });

  describe('markers', () => {
    it('returns markers in the window and within a pixel of it', () => {
      const marks = markers([['before', -2, 'x'], ['edge', -0.5, 'x'], ['in', 500, 'x'], ['end', 1000.5, 'x'], ['after', 1002, 'x']]);
      const scene = contextScene([], new Int32Array(0), 0, marks, ...VIEW, o);
      expect(scene.markers.map((m) => [m.marker.id, m.x, m.key])).to.deep.equal([['edge', -0.5, 'tl-marker-1'], ['in', 500, 'tl-marker-2'], ['end', 1000.5, 'tl-marker-3']]);
    });

    it('names a marker on the right of its line, on the left when the right has no room, else cut', () => {
      const marks = markers([
        ['first', 5, 'A long marker name'],
        ['crowded', 500, 'Goes left'],
        ['close', 520, 'Has room'],
        ['edge', 990, 'Edge'],
      ]);
      const [first, crowded, close, edge] = contextScene([], new Int32Array(0), 0, marks, ...VIEW, o).markers;
      // 126 px of name, no room on the left (5 px): on the right, whole.
      expect([first!.label, first!.left, first!.labelX]).to.deep.equal(['A long marker name', false, 9]);
      // 63 px of name, 12 px to the next line: on the left.
      expect([crowded!.label, crowded!.left, crowded!.labelX + crowded!.labelWidth]).to.deep.equal(['Goes left', true, 496]);
      expect([close!.label, close!.left]).to.deep.equal(['Has room', false]);
      expect([edge!.label, edge!.left], 'past the right edge there is no room').to.deep.equal(['Edge', true]);
    });

    it('cuts a name that fits on neither side, on the side with more room, clear of its neighbours', () => {
      const marks = markers([
        ['a', 100, 'Neighbour'],
        ['b', 180, 'A name too long for either side'],
        ['c', 240, 'C'],
      ]);
      const [a, b, c] = contextScene([], new Int32Array(0), 0, marks, ...VIEW, o).markers;
      expect(a!.left).to.be.false;
      // Left: from a's name (ends at 104 + 63 = 167) + 4 to 176 → 5 px; right: 184 … 236 → 52 px.
      expect([b!.left, b!.labelX]).to.deep.equal([false, 184]);
      expect(b!.label).to.match(/…$/);
      expect(b!.labelX + b!.labelWidth).to.be.at.most(c!.x - 4);
    });
  });
});
