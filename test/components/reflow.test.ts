// Keyboard at high zoom and on small screens (WCAG 1.4.10, 2.4.11): after every key, the focused event (or the
// card's heading) is inside the viewport; the card opens where it can be seen.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { corpusEvents } from '../../src/data/corpus.js';
import type { TlTimeline } from '../../src/index.js';
import { $, emulate, endEmulation, frame } from './helpers.js';

const SIZES = [
  { name: '320×640', width: 320, height: 640, scale: 1 },
  { name: '200 % of 1280×800', width: 640, height: 400, scale: 2 },
  { name: '400 % of 1280×1024', width: 320, height: 256, scale: 4 },
];

const settle = async (el: TlTimeline) => {
  for (let i = 0; i < 3; i++) {
    await frame();
    await el.updateComplete;
  }
};

/** The part of `r` that a reader can see must be all of it, vertically, and some of it, horizontally. */
function inViewport(r: DOMRect): boolean {
  return r.top >= -1 && r.bottom <= window.innerHeight + 1 && r.right > 0 && r.left < window.innerWidth;
}

describe('<tl-timeline> by keyboard at 200 % and 400 % zoom and on a 320 px screen', () => {
  afterEach(async () => {
    await endEmulation();
    document.querySelector('main')?.remove();
    window.scrollTo(0, 0);
  });

  for (const size of SIZES) {
    it(`keeps the focused event and the card in view, ${size.name}`, async function () {
      this.timeout(30000);
      await emulate({ width: size.width, height: size.height, scale: size.scale });
      const main = document.createElement('main');
      const text = () => Object.assign(document.createElement('p'), { textContent: 'Some article text around the timeline. '.repeat(20) });
      const el = document.createElement('tl-timeline');
      el.lang = 'en';
      el.noListFirst = true; // the plot at 320 px (by default a narrow container opens on the list)
      el.label = 'Corpus';
      el.events = corpusEvents;
      main.append(Object.assign(document.createElement('h1'), { textContent: 'An article' }), text(), el, text(), text());
      document.body.append(main);
      await settle(el);
      const plot = $(el, '[part="plot"]')!;
      plot.focus();
      const focusedBox = () => {
        const key = plot.getAttribute('aria-activedescendant');
        const option = key ? el.shadowRoot!.getElementById(key) : null;
        if (!option) return undefined;
        const r = option.getBoundingClientRect();
        const p = plot.getBoundingClientRect();
        // A long bar reaches past the plot's edges: what is on screen of it is what counts.
        return new DOMRect(Math.max(r.left, p.left), r.top, Math.min(r.right, p.right) - Math.max(r.left, p.left), r.height);
      };
      for (const key of ['Home', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowRight', 'End', 'ArrowLeft', 'ArrowUp', 'Home', 'ArrowRight']) {
        await sendKeys({ press: key });
        await settle(el);
        const box = focusedBox();
        expect(!!box, `${key}: an option has the focus`).to.equal(true);
        expect(inViewport(box!), `${key}: focused option at ${JSON.stringify(box)} in ${window.innerWidth}×${window.innerHeight}`).to.equal(true);
      }
      // Enter opens the card, scrolls it into view and puts the focus on its heading. (On a cluster, Enter zooms
      // into it first: on a small screen the opening view merges crowded events.)
      for (let i = 0; i < 8 && /^[cd]-/.test(plot.getAttribute('aria-activedescendant') ?? ''); i++) {
        await sendKeys({ press: 'Enter' });
        for (let j = 0; j < 20; j++) await settle(el);
      }
      const key = plot.getAttribute('aria-activedescendant')!;
      const option = el.shadowRoot!.getElementById(key)!;
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const card = $(el, '[part="detail"]')!;
      expect(!!card, 'card open').to.equal(true);
      const heading = card.querySelector('h2')!;
      expect(el.shadowRoot!.activeElement === heading, 'focus on the heading').to.equal(true);
      expect(inViewport(heading.getBoundingClientRect()), `heading at ${JSON.stringify(heading.getBoundingClientRect())}`).to.equal(true);
      const c = card.getBoundingClientRect();
      expect(c.top, 'card top in view').to.be.within(-1, window.innerHeight);
      if (c.height <= window.innerHeight) expect(inViewport(c), 'the whole card in view').to.equal(true);
      // Escape: back to the event, in view again.
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.shadowRoot!.activeElement === plot, 'focus on the plot').to.equal(true);
      expect(plot.getAttribute('aria-activedescendant')).to.equal(key);
      expect(inViewport(option.isConnected ? option.getBoundingClientRect() : focusedBox()!), 'the event in view after Escape').to.equal(true);
    });
  }

  it('redraws the canvas sharp when the device pixel ratio changes under a mounted timeline (browser zoom)', async () => {
    // Browser zoom as Chromium emulates it: the CSS viewport shrinks as the ratio grows. (The emulation does not
    // update a ResizeObserver's device-pixel box, so the element reads `devicePixelRatio` with every resize and
    // on a `resolution` media query's change instead.)
    await emulate({ width: 1200, height: 800, scale: 1 });
    const el = document.createElement('tl-timeline');
    el.lang = 'en';
    el.events = corpusEvents;
    document.body.append(el);
    await settle(el);
    const canvas = () => $(el, 'canvas.drawing') as HTMLCanvasElement;
    const ratio = () => canvas().width / canvas().getBoundingClientRect().width;
    expect(ratio()).to.be.closeTo(1, 0.01);
    for (const scale of [2, 3, 1.5, 1]) {
      await emulate({ width: Math.round(1200 / scale), height: Math.round(800 / scale), scale });
      for (let i = 0; i < 20 && Math.abs(ratio() - scale) > 0.01; i++) await settle(el);
      expect(ratio(), `canvas px per CSS px at ${scale}×`).to.be.closeTo(scale, 0.01);
    }
    el.remove();
  });
});
