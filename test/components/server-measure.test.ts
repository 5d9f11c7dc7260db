// The server lays labels out with `estimateWidth` (no canvas there): it must not guess narrower than the browser
// draws, or the browser's labels would be cut where the server's fitted; nor much wider, or labels would be cut short.
import { expect } from '@open-wc/testing';
import { estimateWidth } from '../../src/components/timeline/measure.js';
import { corpusEvents } from '../../src/data/corpus.js';

const titles = corpusEvents.flatMap((e) => (typeof e.title === 'string' ? [e.title] : Object.values(e.title)));

describe('estimateWidth (the server\'s label widths)', () => {
  it('is at least what Chromium draws in the element\'s default font, and at most a third more, for every corpus title', () => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    expect(titles.length).to.be.greaterThan(40);
    const ratios = titles.map((t) => estimateWidth(t) / ctx.measureText(t).width);
    expect(Math.min(...ratios), 'narrowest guess').to.be.at.least(1);
    expect(Math.max(...ratios), 'widest guess').to.be.at.most(1.33);
  });

  it('counts wide scripts as wide', () => {
    expect(estimateWidth('日本語のタイトル')).to.be.greaterThan(estimateWidth('Japanese'));
  });
});
