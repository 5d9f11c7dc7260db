// How much an update does: one data change on a mounted timeline is one drawing, in its new window; an update for
// the tooltip draws nothing. Counted from outside, on the canvas context the element draws with.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TlTimeline } from '../../src/index.js';
import { FIVE, frame, mount } from './helpers.js';

/** The drawings of `el`'s canvas while `action` runs (each starts by clearing it), and the labels in each. */
async function drawings(el: TlTimeline, action: () => Promise<unknown>): Promise<string[][]> {
  const proto = CanvasRenderingContext2D.prototype;
  const [clear, fill] = [proto.clearRect, proto.fillText];
  const draws: string[][] = [];
  const ours = (ctx: CanvasRenderingContext2D) => ctx.canvas.getRootNode() === el.shadowRoot;
  proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
    if (ours(this)) draws.push([]);
    return clear.apply(this, args);
  };
  proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (ours(this)) draws[draws.length - 1]?.push(text);
    return fill.call(this, text, x, y, maxWidth);
  };
  try {
    await action();
    for (let i = 0; i < 5; i++) {
      await frame();
      await el.updateComplete;
    }
  } finally {
    proto.clearRect = clear;
    proto.fillText = fill;
  }
  return draws;
}

describe('<tl-timeline> updates', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('draws a data change once, in the window of the new data', async () => {
    const el = await mount(FIVE);
    const draws = await drawings(el, async () => {
      el.events = [
        { id: 'a', start: '1990', title: 'Far back', group: 'X' },
        { id: 'b', start: '1996-06', title: 'Later on', group: 'Y' },
      ];
      await el.updateComplete;
    });
    expect(draws.length, 'drawings').to.equal(1);
    expect(draws[0]!.some((t) => t.startsWith('Far back')) && draws[0]!.some((t) => t.startsWith('Lat')), draws[0]!.join(', ')).to.equal(true);
    expect(el.visibleRange.startMs).to.be.below(Date.UTC(1990, 0, 1));
  });

  it('draws nothing for the same rows set again, or for the hint and the tooltip', async () => {
    const el = await mount(FIVE);
    const rows = el.events;
    const draws = await drawings(el, async () => {
      el.events = rows;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(draws.length).to.equal(0);
  });

  it('draws a zoom step once, before the step\'s axis is written (no style to work out in the middle of it)', async () => {
    const el = await mount(FIVE);
    const axis = () => [...el.shadowRoot!.querySelectorAll('.tick-label')].map((t) => t.textContent).join(' ');
    const before = axis();
    const seen: string[] = [];
    const proto = CanvasRenderingContext2D.prototype;
    const clear = proto.clearRect;
    proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
      if (this.canvas.getRootNode() === el.shadowRoot) seen.push(axis());
      return clear.apply(this, args);
    };
    try {
      await el.zoomTo(Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1));
    } finally {
      proto.clearRect = clear;
    }
    expect(axis(), 'the axis shows the new window').to.not.equal(before);
    expect(seen, 'one drawing, while the DOM still showed the window before').to.deep.equal([before]);
  });

  it('draws a canvas that an update resized again, at its new size', async () => {
    const el = await mount(FIVE);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const widths: number[] = [];
    const proto = CanvasRenderingContext2D.prototype;
    const clear = proto.clearRect;
    proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
      if (this.canvas === canvas) widths.push(this.canvas.width);
      return clear.apply(this, args);
    };
    try {
      el.style.width = '700px';
      for (let i = 0; i < 5; i++) {
        await frame();
        await el.updateComplete;
      }
    } finally {
      proto.clearRect = clear;
    }
    expect(canvas.isConnected && canvas.width, 'the same canvas, narrower').to.be.within(600, 700);
    expect(widths.at(-1), 'drawn last at its new size').to.equal(canvas.width);
  });
});
