import { expect } from '@open-wc/testing';
import { windowFromAnchors } from '../../src/layout/zoom-math.js';

describe('windowFromAnchors (touch pan and pinch)', () => {
  it('pans: one anchor keeps the span and puts its time under the finger', () => {
    const [a, b] = windowFromAnchors([[500, 250]], 1000, 1000);
    expect([a, b]).to.deep.equal([250, 1250]);
  });

  it('pinches: two anchors set the scale, each time under its finger', () => {
    // Times 400 and 600 under fingers 100 px apart: 2 ms per px.
    const [a, b] = windowFromAnchors([[400, 450], [600, 550]], 1000, 1000);
    expect(a + (450 / 1000) * (b - a)).to.be.closeTo(400, 1e-9);
    expect(a + (550 / 1000) * (b - a)).to.be.closeTo(600, 1e-9);
    expect(b - a).to.equal(2000);
  });

  it('treats fingers crossed or too close as one, midway', () => {
    const [a, b] = windowFromAnchors([[400, 500], [600, 503]], 1000, 1000);
    expect(a).to.be.closeTo(-1.5, 1e-9);
    expect(b - a).to.be.closeTo(1000, 1e-9);
    const crossed = windowFromAnchors([[400, 600], [600, 400]], 1000, 1000);
    expect(crossed[1] - crossed[0]).to.equal(1000);
  });
});
