// The palette controller's colours by category and for explicit colours, read from a real element's computed styles.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { CATEGORY_DARK, CATEGORY_LIGHT } from '../../src/components/colors.js';
import type { PaletteController } from '../../src/controllers/palette-controller.js';
import type { TlTimeline } from '../../src/index.js';
import { cdp, frame, FIVE, until } from '../components/helpers.js';

/** A CSS colour as a canvas normalizes it (`#rrggbb`, or `rgba(…)` when translucent). */
function canonical(color: string): string {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = color;
  return String(ctx.fillStyle);
}

async function mountStyled(style: string, theme: 'light' | 'dark' = 'light'): Promise<{ el: TlTimeline; palette: PaletteController }> {
  const el = await fixture<TlTimeline>(html`<tl-timeline style="width: 800px; ${style}" theme=${theme} .events=${FIVE}></tl-timeline>`);
  await frame();
  await el.updateComplete;
  // A private field: the controller the element draws with.
  return { el, palette: (el as unknown as { palette: PaletteController }).palette };
}

describe('PaletteController', () => {
  describe('categoryColors', () => {
    it("takes a category's colour from the page's --tl-category-<name>, the others' from the default palette", async () => {
      const { palette } = await mountStyled('--tl-category-election: rgb(1, 2, 3)');
      const [election, other] = palette.categoryColors(['election', 'other']);
      expect(canonical(election!.line)).to.equal('#010203');
      expect(canonical(other!.line)).to.equal(CATEGORY_LIGHT[1]);
    });

    it('finds a name with spaces and capitals under its ident (--tl-category-product-launch)', async () => {
      const { palette } = await mountStyled('--tl-category-product-launch: #123456; --tl-category-borse: #654321');
      const lines = palette.categoryColors(['Product launch', 'Börse', '']).map((c) => canonical(c.line));
      expect(lines).to.deep.equal(['#123456', '#654321', CATEGORY_LIGHT[2]]);
    });

    it('gives the i-th name the default palette colour i (mod 8), which --tl-category-color-<i> overrides', async () => {
      const { palette } = await mountStyled('--tl-category-color-1: #00ff00');
      const names = Array.from({ length: 10 }, (_, i) => `c${i}`);
      const lines = palette.categoryColors(names).map((c) => canonical(c.line));
      expect(lines).to.deep.equal([CATEGORY_LIGHT[0], '#00ff00', ...CATEGORY_LIGHT.slice(2), CATEGORY_LIGHT[0], '#00ff00']);
    });

    it('ignores a page value that is not a colour', async () => {
      const { palette } = await mountStyled('--tl-category-a: banana');
      expect(canonical(palette.categoryColors(['a'])[0]!.line)).to.equal(CATEGORY_LIGHT[0]);
    });

    it('uses the dark defaults with theme="dark"', async () => {
      const { el, palette } = await mountStyled('');
      expect(palette.categoryColors(['a', 'b']).map((c) => canonical(c.line))).to.deep.equal(CATEGORY_LIGHT.slice(0, 2));
      el.theme = 'dark';
      await el.updateComplete;
      expect(palette.categoryColors(['a', 'b']).map((c) => canonical(c.line))).to.deep.equal(CATEGORY_DARK.slice(0, 2));
    });

    it('derives tints and a readable count from the category colour as lanes do', async () => {
      const { palette } = await mountStyled('--tl-category-x: #2563eb');
      const [x] = palette.categoryColors(['x']);
      const lane = palette.palette().lanes[0]!;
      expect(lane.line).to.equal('#2563eb');
      expect({ ...x, backing: lane.backing }).to.deep.equal(lane);
    });

    it('returns the same array for the same names until the colours change, then reads them again', async () => {
      const { el, palette } = await mountStyled('--tl-category-a: #111111');
      const first = palette.categoryColors(['a', 'b']);
      expect(palette.categoryColors(['a', 'b'])).to.equal(first);
      expect(palette.categoryColors(['a'])).not.to.equal(first);
      el.style.setProperty('--tl-category-a', '#222222');
      expect(palette.categoryColors(['a', 'b'])).to.equal(first);
      palette.invalidate();
      const second = palette.categoryColors(['a', 'b']);
      expect(second).not.to.equal(first);
      expect(canonical(second[0]!.line)).to.equal('#222222');
    });

    it('tells an empty list from a list of the empty name', async () => {
      const { palette } = await mountStyled('');
      expect(palette.categoryColors([])).to.have.length(0);
      expect(palette.categoryColors([''])).to.have.length(1);
    });

    it('draws every category as the lanes are in forced-colors mode', async () => {
      const { palette } = await mountStyled('--tl-category-a: #ff0000');
      const before = palette.version;
      await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        await until(() => palette.version > before, 'the palette invalidated');
        const lane = palette.palette().lanes[0]!;
        expect(lane.line).to.equal('CanvasText');
        for (const c of palette.categoryColors(['a', 'b', 'c'])) expect(c).to.equal(lane);
        expect(palette.colorsFor('#ff0000')).to.equal(lane);
      } finally {
        await cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
      await until(() => palette.palette().lanes[0]!.line !== 'CanvasText', 'lane colours again');
      expect(canonical(palette.categoryColors(['a'])[0]!.line)).to.equal('#ff0000');
    });
  });

  describe('colorsFor', () => {
    it('derives the colours of an explicit group colour', async () => {
      const { palette } = await mountStyled('');
      const red = palette.colorsFor('#ff0000');
      expect(canonical(red.line)).to.equal('#ff0000');
      expect(red.zone).to.equal('rgba(255,0,0,0.2)');
      expect(red.cluster).to.equal('rgba(255,0,0,1)');
      expect(palette.colorsFor('#ff0000')).to.equal(red);
    });

    it('gives a value a canvas cannot draw the lane colours', async () => {
      const { palette } = await mountStyled('');
      const lanes = palette.palette().lanes;
      expect(palette.colorsFor('banana')).to.equal(lanes[0]);
      expect(palette.colorsFor('var(--brand)', 3)).to.equal(lanes[3]);
      expect(palette.colorsFor('', 9)).to.equal(lanes[1]);
    });

    it("decides a label's backing on the lane's own background when it is given", async () => {
      // A dark band: the text reads on a pale grey's tints over white, not over the band.
      const { palette } = await mountStyled('--tl-color-band: #6b7280');
      const either = palette.colorsFor('#b0b0b0');
      const even = palette.colorsFor('#b0b0b0', 0);
      const odd = palette.colorsFor('#b0b0b0', 1);
      expect(either.backing).to.equal(even.backing || odd.backing);
      expect(even.backing).not.to.equal(odd.backing);
    });
  });

  it('keeps the lane colours the light scheme defines', async () => {
    const { palette } = await mountStyled('');
    const lines = palette.palette().lanes.map((c) => canonical(c.line));
    expect(lines).to.deep.equal(['#2563eb', '#c2410c', '#047857', '#9333ea', '#b91c1c', '#0e7490', '#a16207', '#be185d']);
  });
});
