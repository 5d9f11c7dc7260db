import { expect } from '@open-wc/testing';
import { windowCounter } from '../../src/layout/count.js';
import { countInWindow, layoutLanes } from '../../src/layout/lanes.js';
import { normalizeEvents } from '../../src/model/normalize.js';
import { generateEvents } from '../../src/data/generate.js';

describe('windowCounter', () => {
  it('counts the events reaching into a window exactly as countInWindow does, at any window', () => {
    const { events } = normalizeEvents(generateEvents({ n: 5000, seed: 11 }));
    const layout = layoutLanes(events, 6);
    const count = windowCounter(layout);
    const [lo, hi] = layout.extent!;
    const span = hi - lo;
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const windows: [number, number][] = [[lo, hi], [lo - span, lo - 1], [hi + 1, hi + span], [lo, lo], [hi, hi]];
    for (let i = 0; i < 200; i++) {
      const a = lo - span * 0.1 + random() * span * 1.2;
      windows.push([a, a + random() * span * (i % 2 ? 0.001 : 0.3)]);
    }
    for (const [a, b] of windows) expect(count(a, b), `[${a}, ${b}]`).to.equal(countInWindow(layout, a, b));
    expect(count(lo, hi)).to.equal(5000);
    expect(count(hi + 1, hi + span)).to.equal(0);
  });
});
