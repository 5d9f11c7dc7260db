// Text drawn on the canvas (labels, cluster counts) against what is really painted behind it, sampled from a
// screenshot: at least 4.5:1 (WCAG 1.4.3) in the light and dark themes and in themes a page sets.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { corpusEvents } from '../../src/data/corpus.js';
import type { TimelineEventInput, TlTimeline } from '../../src/index.js';
import { contrast, drawnText, frame, mount, screenshot } from './helpers.js';

/** `#rrggbb` or `rgb(a)(…)`, as a canvas reports its fillStyle. */
function parseColor(c: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(c);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /rgba?\(([^)]+)\)/.exec(c);
  if (rgb) return rgb[1]!.split(',').slice(0, 3).map((v) => Math.round(Number(v))) as [number, number, number];
  throw new Error(`colour ${c}`);
}

/** Crowds in every lane (clusters with counts), short and long bars (labels inside and beside them). */
const DATA: TimelineEventInput[] = [
  ...corpusEvents,
  ...Array.from({ length: 8 }, (_, lane) =>
    Array.from({ length: 5 }, (_, i) => ({ id: `x${lane}-${i}`, start: `2016-0${1 + (i % 3)}-1${i}`, title: `Crowd ${lane}.${i}`, group: `Lane ${lane}` })),
  ).flat(),
  ...Array.from({ length: 8 }, (_, lane) => ({ id: `bar${lane}`, start: '2013-02', end: '2015-10', title: `Long bar ${lane}`, group: `Lane ${lane}` })),
  ...Array.from({ length: 8 }, (_, lane) => ({ id: `exact${lane}`, start: '2018-02-03', end: '2019-11-20', title: `Exact ${lane}`, group: `Lane ${lane}` })),
];

const THEMES: { name: string; theme: 'light' | 'dark'; vars?: Record<string, string> }[] = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
  // A brand's palette: pale and bright lane colours on white, deep ones on a dark page.
  { name: 'custom light', theme: 'light', vars: { '--tl-lane-color-0': '#facc15', '--tl-lane-color-1': '#a3e635', '--tl-lane-color-2': '#38bdf8', '--tl-lane-color-3': '#f0abfc' } },
  { name: 'custom dark', theme: 'dark', vars: { '--tl-lane-color-0': '#1e3a8a', '--tl-lane-color-1': '#7f1d1d', '--tl-lane-color-2': '#14532d', '--tl-color-bg': '#000000' } },
];

describe('<tl-timeline> canvas text contrast', () => {
  before(() => setViewport({ width: 1200, height: 1400 }));
  after(() => setViewport({ width: 1200, height: 800 }));

  for (const theme of THEMES) {
    it(`draws every label and count at 4.5:1 or more: ${theme.name}`, async () => {
      const el: TlTimeline = await mount(DATA);
      el.theme = theme.theme;
      for (const [k, v] of Object.entries(theme.vars ?? {})) el.style.setProperty(k, v);
      await el.updateComplete;
      await frame();
      await frame();
      const drawn = await drawnText(el, () => el.zoomTo(Date.UTC(2012, 6, 1), Date.UTC(2020, 6, 1)));
      await frame();
      const shot = await screenshot();
      const failures: string[] = [];
      let checked = 0;
      for (const t of drawn) {
        const b = t.box;
        if (b.width < 2 || b.left < 0 || b.right > window.innerWidth || b.bottom > window.innerHeight) continue;
        const ink = parseColor(t.color);
        // What is behind the glyphs: the commonest colour in the text's box that is not (anti-aliased) ink.
        const counts = new Map<string, number>();
        for (let y = Math.floor(b.top); y <= Math.ceil(b.bottom); y++)
          for (let x = Math.floor(b.left); x <= Math.ceil(b.right); x++) {
            const p = shot.at(x, y);
            if (contrast(p, ink) < 1.6) continue;
            const key = p.slice(0, 3).join(',');
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        const [key] = [...counts].sort((a, c) => c[1] - a[1])[0] ?? [];
        if (!key) continue;
        const bg = key.split(',').map(Number);
        const ratio = contrast(ink, bg);
        checked++;
        if (ratio < 4.5) failures.push(`"${t.text}" ${t.color} on rgb(${key}): ${ratio.toFixed(2)}:1`);
      }
      expect(checked, 'texts checked').to.be.greaterThan(20);
      expect(drawn.some((t) => /^\d+$/.test(t.text)), 'cluster counts drawn').to.equal(true);
      expect(failures).to.deep.equal([]);
    });
  }
});
