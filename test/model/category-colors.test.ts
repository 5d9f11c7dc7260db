// The default colours of events by category: each visible as a graphical object on its background (WCAG 1.4.11),
// each told apart from the others also with a colour-vision deficiency, and the names pages write for their own.
import { expect } from '@open-wc/testing';
import { CATEGORY_DARK, CATEGORY_LIGHT, DARK_COLORS, LIGHT_COLORS } from '../../src/components/colors.js';
import { categoryIdent, contrastRatio, type Rgba } from '../../src/model/color.js';

const hex = (c: string): Rgba => [0, 2, 4].map((i) => parseInt(c.slice(1 + i, 3 + i), 16)).concat(1) as unknown as Rgba;

/** sRGB → CIELAB (D65). */
function lab(c: Rgba): [number, number, number] {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [lin(c[0]), lin(c[1]), lin(c[2])];
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [x, y, z] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116)) as [number, number, number];
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
function deltaE2000(c1: Rgba, c2: Rgba): number {
  const [L1, a1, b1] = lab(c1);
  const [L2, a2, b2] = lab(c2);
  const rad = Math.PI / 180;
  const Cbar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const [A1, A2] = [(1 + G) * a1, (1 + G) * a2];
  const [C1, C2] = [Math.hypot(A1, b1), Math.hypot(A2, b2)];
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(A1, b1), hue(A2, b2)];
  let dh = C1 * C2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh * rad) / 2);
  const [Lb, Cb] = [(L1 + L2) / 2, (C1 + C2) / 2];
  let hb = h1 + h2;
  if (C1 * C2 !== 0) hb = (Math.abs(h1 - h2) > 180 ? (hb < 360 ? hb + 360 : hb - 360) : hb) / 2;
  const T = 1 - 0.17 * Math.cos((hb - 30) * rad) + 0.24 * Math.cos(2 * hb * rad) + 0.32 * Math.cos((3 * hb + 6) * rad) - 0.2 * Math.cos((4 * hb - 63) * rad);
  const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2);
  const [SC, SH] = [1 + 0.045 * Cb, 1 + 0.015 * Cb * T];
  const RT = -Math.sin(2 * 30 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad) * 2 * Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7));
  const [l, c, h] = [(L2 - L1) / SL, (C2 - C1) / SC, dH / SH];
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}

/** Dichromat vision at full severity (Machado, Oliveira and Fernandes 2009), on linear RGB. */
const VISION: Record<string, number[][] | null> = {
  typical: null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function seen(c: Rgba, m: number[][] | null): Rgba {
  if (!m) return c;
  const lin = [0, 1, 2].map((i) => ((c[i]! / 255) <= 0.04045 ? c[i]! / 255 / 12.92 : ((c[i]! / 255 + 0.055) / 1.055) ** 2.4));
  const enc = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  const out = m.map((row) => enc(Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))));
  return [out[0]!, out[1]!, out[2]!, 1];
}

// The backgrounds a category's marks lie on: the plot, and every other lane's band (timeline.styles.ts).
const SCHEMES = [
  { name: 'light', colors: CATEGORY_LIGHT, grounds: ['#ffffff', '#f6f8fb'], css: LIGHT_COLORS },
  { name: 'dark', colors: CATEGORY_DARK, grounds: ['#11151c', '#161b24'], css: DARK_COLORS },
];

describe('default category colours', () => {
  for (const scheme of SCHEMES) {
    describe(scheme.name, () => {
      it('has eight, each a CSS declaration a page can override with --tl-category-color-<i>', () => {
        expect(scheme.colors).to.have.length(8);
        scheme.colors.forEach((c, i) => expect(scheme.css).to.contain(`--_k${i}: var(--tl-category-color-${i}, ${c});`));
      });

      it('draws each at 3:1 or more on the background and on a banded lane (WCAG 1.4.11)', () => {
        for (const ground of scheme.grounds)
          for (const c of scheme.colors) expect(contrastRatio(hex(c), hex(ground)), `${c} on ${ground}`).to.be.at.least(3);
      });

      for (const [vision, matrix] of Object.entries(VISION)) {
        const min = matrix ? 10 : 20;
        it(`tells every pair apart by ΔE2000 ≥ ${min} with ${vision} vision`, () => {
          const seenAs = scheme.colors.map((c) => seen(hex(c), matrix));
          for (let i = 0; i < seenAs.length; i++)
            for (let j = i + 1; j < seenAs.length; j++)
              expect(deltaE2000(seenAs[i]!, seenAs[j]!), `${scheme.colors[i]} / ${scheme.colors[j]}`).to.be.at.least(min);
        });
      }
    });
  }

  it('keeps each category in the same hue family in both schemes (the nearest dark colour to a light one is its own)', () => {
    const hue = (c: string) => {
      const [, a, b] = lab(hex(c));
      return (Math.atan2(b, a) * 180) / Math.PI;
    };
    const apart = (x: number, y: number) => Math.abs(((x - y + 540) % 360) - 180);
    CATEGORY_LIGHT.forEach((c, i) => expect(apart(hue(c), hue(CATEGORY_DARK[i]!)), `${c} / ${CATEGORY_DARK[i]}`).to.be.below(35));
  });
});

describe('categoryIdent', () => {
  it('lower-cases a name and writes spaces and punctuation as "-"', () => {
    expect(categoryIdent('Product launch')).to.equal('product-launch');
    expect(categoryIdent('R&D / Q3')).to.equal('r-d---q3');
    expect(categoryIdent('already_valid-2')).to.equal('already_valid-2');
  });

  it('drops accents, so a page writes the letter without them', () => {
    expect(categoryIdent('Börse')).to.equal('borse');
    expect(categoryIdent('Café')).to.equal('cafe');
    expect(categoryIdent('İstanbul')).to.equal('istanbul');
  });

  it('writes every other character, an emoji or a CJK name included, as one "-" each', () => {
    expect(categoryIdent('Straße')).to.equal('stra-e');
    expect(categoryIdent('日本')).to.equal('--');
    expect(categoryIdent('a😀b')).to.equal('a-b');
  });

  it('gives the empty name no ident (it takes a default colour)', () => {
    expect(categoryIdent('')).to.equal('');
  });

  it('always gives a valid custom property name, and the same one for the same name', () => {
    for (const name of ['Börse', ' x ', '1st', '--', 'a:b', 'Ωmega', '\u0000', 'tab\there']) {
      const ident = categoryIdent(name);
      expect(ident).to.match(/^[a-z0-9_-]*$/);
      expect(CSS.supports(`--tl-category-${ident}`, 'red'), name).to.equal(true);
      expect(categoryIdent(name)).to.equal(ident);
    }
  });
});
