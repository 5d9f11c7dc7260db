import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { BLACK, contrastRatio, over, readableOn, WHITE, type Rgba } from '../../src/model/color.js';

describe('colour arithmetic', () => {
  it('computes WCAG contrast: 21:1 black on white, the known 4.5:1 grey', () => {
    expect(contrastRatio(BLACK, WHITE)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio([118, 118, 118, 1], WHITE)).to.be.closeTo(4.54, 0.01);
  });

  it('composites a 20 % tint over white as a browser does', () => {
    const c = over([37, 99, 235, 0.2], WHITE);
    expect(c.map((v) => Math.round(v))).to.deep.equal([211, 224, 251, 1]);
  });

  it('always finds a text colour that reads at 4.5:1 on any opaque background (property)', () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(byte, byte, byte, byte, byte, byte, (r, g, b, r2, g2, b2) => {
        const bg: Rgba = [r, g, b, 1];
        const ink = readableOn(bg, [[r2, g2, b2, 1] as Rgba]);
        expect(contrastRatio(ink, bg)).to.be.at.least(4.5);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('keeps the first candidate that reads', () => {
    const navy: Rgba = [30, 58, 138, 1];
    expect(readableOn(navy, [WHITE, BLACK])).to.equal(WHITE);
  });
});
