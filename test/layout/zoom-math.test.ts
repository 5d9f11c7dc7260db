import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { constrainWindow, HOUR, minimumSpan, zoomAround, zoomLimits, type Window } from '../../src/layout/zoom-math.js';
import { followWindow, revealWindow } from '../../src/layout/reveal.js';
import { memoLast, createPipeline } from '../../src/layout/pipeline.js';
import { keyAction } from '../../src/components/timeline/keys.js';
import { TimelineModel } from '../../src/state/timeline-model.js';

const Y = (y: number) => Date.UTC(y, 0, 1);

describe('the window: zoom limits and moves (zoom-math)', () => {
  const limits = zoomLimits([Y(2010), Y(2020)]);
  const span = Y(2020) - Y(2010);

  it('fits the data with 4 % either side, and allows an hour to three spans, one span beyond either end', () => {
    expect(limits.fit).to.deep.equal([Y(2010) - span * 0.04, Y(2020) + span * 0.04]);
    expect([limits.minSpan, limits.maxSpan]).to.deep.equal([HOUR, 3 * span]);
    expect(limits.bounds).to.deep.equal([Y(2010) - span, Y(2020) + span]);
  });

  it('holds every window within the limits, keeping its middle while it scales (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5e12, max: 5e12, noNaN: true }), fc.double({ min: 1, max: 5e12, noNaN: true }), (a, width) => {
        const w = constrainWindow([a, a + width], limits);
        const s = w[1] - w[0];
        expect(s).to.be.within(limits.minSpan * (1 - 1e-9), limits.maxSpan * (1 + 1e-9));
        if (s < limits.bounds[1] - limits.bounds[0]) {
          expect(w[0]).to.be.at.least(limits.bounds[0] - 1);
          expect(w[1]).to.be.at.most(limits.bounds[1] + 1);
        }
      }),
      { numRuns: 500, seed: 1 },
    );
    expect(constrainWindow([Y(2012), Y(2012) + 60_000], limits)).to.deep.equal([Y(2012) + 30_000 - HOUR / 2, Y(2012) + 30_000 + HOUR / 2]);
    // Wider than the bounds: centred on them.
    const wide = constrainWindow([Y(1900), Y(2200)], limits);
    expect(wide[1] - wide[0]).to.equal(3 * span);
    expect((wide[0] + wide[1]) / 2).to.be.closeTo((Y(2010) + Y(2020)) / 2, 1000);
    expect(constrainWindow([NaN, 1], limits, [1, 2])).to.deep.equal([1, 2]);
  });

  it('zooms around a point that stays in place', () => {
    const w: Window = [0, 1000];
    expect(zoomAround(w, 2)).to.deep.equal([250, 750]);
    expect(zoomAround(w, 2, 100)).to.deep.equal([50, 550]);
    expect(zoomAround(w, 0.5, 1000)).to.deep.equal([-1000, 1000]);
  });

  it('gives a single instant a day around it, and deep time a narrowest window above a double’s resolution', () => {
    const one = zoomLimits([Y(2020), Y(2020)]);
    expect(one.fit[1] - one.fit[0]).to.be.closeTo(24 * HOUR * 1.08, 1);
    const deep = -13.8e9 * 365.2425 * 86_400_000;
    expect(minimumSpan(deep, deep)).to.be.greaterThan(HOUR * 24);
    expect(deep + minimumSpan(deep, deep) / 1000).not.to.equal(deep);
  });
});

describe('reveal and follow windows', () => {
  const e = { lo: Y(2015), hi: Y(2015) + 86_400_000 };
  it('keeps the window when the event already stands alone, else centres it and halves the span until it does', () => {
    expect(revealWindow(e, [Y(2014), Y(2016)], () => true, HOUR)).to.deep.equal([Y(2014), Y(2016)]);
    const spans: number[] = [];
    const w = revealWindow(e, [Y(2000), Y(2030)], (x) => (spans.push(x[1] - x[0]), x[1] - x[0] < 86_400_000 * 400), HOUR);
    expect(w[1] - w[0]).to.be.below(86_400_000 * 400);
    expect((w[0] + w[1]) / 2).to.be.closeTo(e.lo + 43_200_000, 1);
    for (let i = 2; i < spans.length; i++) expect(spans[i]).to.be.closeTo(spans[i - 1]! / 2, 1);
  });

  it('follows the keyboard at the same zoom: no move while enough is in view, else the event in the middle', () => {
    const w: Window = [0, 1000];
    expect(followWindow(e, 'event', { x: 10, width: 18 }, w, 1000)).to.equal(w);
    const moved = followWindow({ lo: 5000, hi: 5000 }, 'event', undefined, w, 1000);
    expect(moved).to.deep.equal([4500, 5500]);
    expect(followWindow({ lo: 5000, hi: 5000 }, 'group', undefined, w, 1000)).to.deep.equal([4750, 5750]);
  });
});

describe('the pipeline and the model', () => {
  it('memoizes each step: the same inputs give the very same objects', () => {
    let calls = 0;
    const square = memoLast((x: number) => (calls++, { x: x * x }));
    expect(square(3)).to.equal(square(3));
    expect(calls).to.equal(1);
    square(4);
    expect(calls).to.equal(2);
    const p = createPipeline();
    const rows = [{ id: 'a', start: '2012', title: 'A' }];
    const n = p.normalize(rows);
    expect(p.normalize(rows)).to.equal(n);
    expect(p.normalize([...rows])).not.to.equal(n);
    const l = p.layout(n.events, 6);
    expect(p.layout(n.events, 6)).to.equal(l);
    const o = { rowHeight: 24, laneHeader: 16, lanePadding: 3, clusterPx: 34, markerPx: 10, maxRows: 6, label: () => 'A', measure: () => 10 };
    const r = p.laneRows(l, 0, Y(2020), 800, Infinity, Infinity, 'en', o);
    expect(p.laneRows(l, 0, Y(2020), 800, Infinity, Infinity, 'en', o)).to.equal(r);
    const s = p.scene(l, 0, Y(2020), 800, -Infinity, Infinity, 'en', r, o);
    expect(p.scene(l, 0, Y(2020), 800, -Infinity, Infinity, 'en', r, o)).to.equal(s);
    expect(p.scene(l, 0, Y(2021), 800, -Infinity, Infinity, 'en', r, o)).not.to.equal(s);
    // Other rows per lane (the room changed): another scene.
    expect(p.scene(l, 0, Y(2020), 800, -Infinity, Infinity, 'en', [2], o)).not.to.equal(s);
  });

  it('owns the window, the selection and the focus, and tells subscribers what changed', () => {
    const model = new TimelineModel();
    const changes: string[] = [];
    model.subscribe((c) => changes.push(Object.keys(c).filter((k) => c[k as keyof typeof c]).join('+')));
    const rows = [
      { id: 'a', start: '2012', title: 'A' },
      { id: 'b', start: '2014', title: 'B' },
    ];
    expect(model.setData(rows, [], 6)).to.equal(true);
    expect(model.setData(rows, [], 6)).to.equal(false);
    expect(model.window).to.deep.equal(model.limits.fit);
    model.setWindow([Y(2012), Y(2013)], true);
    model.setWindow([Y(2012), Y(2013)], true);
    expect(model.select('b')).to.equal(true);
    expect(model.select('nope')).to.equal(false);
    model.focus(model.byId('a'));
    expect(changes).to.deep.equal(['data+window+selection+focus', 'window+user', 'selection', 'focus']);
    // New rows: the window fits them, and a selection they do not hold is dropped.
    model.setData([{ id: 'c', start: '1990', title: 'C' }], [], 6);
    expect([model.selectedId, model.focused, model.window]).to.deep.equal([undefined, undefined, model.limits.fit]);
  });

  it('maps keys to what they do on the plot', () => {
    expect(['+', '-', '0', 'Enter', ' ', 'Escape', 'ArrowLeft', 'End', 'x'].map((k) => keyAction(k))).to.deep.equal([
      { kind: 'zoom', factor: 2 },
      { kind: 'zoom', factor: 0.5 },
      { kind: 'fit' },
      { kind: 'activate' },
      { kind: 'activate' },
      { kind: 'close' },
      { kind: 'move', move: 'previous' },
      { kind: 'move', move: 'last' },
      undefined,
    ]);
  });
});
