// Which way time runs, and the one mapping that draws a left-to-right layout right to left: pure.
import { expect } from '@open-wc/testing';
import { languageDirection, parseDirection, resolveDirection } from '../../src/layout/direction.js';
import { mirrorBox, mirrorContext, mirrorMap, mirrorScene } from '../../src/layout/mirror.js';
import { keyAction } from '../../src/components/timeline/keys.js';
import { textDirection } from '../../src/components/timeline/canvas.js';
import { transformFor, windowOf, type Base } from '../../src/controllers/zoom-controller.js';
import type { Scene, SceneCluster, SceneDensity, SceneEvent } from '../../src/layout/scene.js';
import type { ContextScene } from '../../src/layout/context.js';

describe('direction', () => {
  it('knows the languages written right to left, by language and by script', () => {
    const tags = ['he', 'he-IL', 'ar', 'ar-EG', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'az-Arab', 'en', 'de-CH', 'tr', 'zh-Hant', 'az-Latn', '', 'not a tag!'];
    expect(tags.map(languageDirection)).to.deep.equal([...Array(11).fill('rtl'), ...Array(7).fill('ltr')]);
  });

  it('lets `direction` force either way, else follows the inherited dir, else the language', () => {
    expect(resolveDirection('rtl', 'ltr', 'en')).to.equal('rtl');
    expect(resolveDirection('ltr', 'rtl', 'he')).to.equal('ltr');
    expect(resolveDirection('auto', 'ltr', 'he')).to.equal('ltr');
    expect(resolveDirection('auto', 'rtl', 'en')).to.equal('rtl');
    expect(resolveDirection('auto', undefined, 'ar')).to.equal('rtl');
    expect(resolveDirection('auto', undefined, 'de')).to.equal('ltr');
  });

  it('reads the attribute in any case, and nothing else', () => {
    expect(['RTL', ' ltr ', 'auto', 'sideways', 7, undefined].map(parseDirection)).to.deep.equal(['rtl', 'ltr', 'auto', undefined, undefined, undefined]);
  });

  it("gives a title its own direction from its first letter, whichever way the timeline runs", () => {
    expect(['Beta closes.', 'הגרלת המגרשים.', '1909: אחוזת בית', '«افتتاح قناة السويس»', '2001 — Alpha', '1948'].map(textDirection)).to.deep.equal(['ltr', 'rtl', 'rtl', 'rtl', 'ltr', 'inherit']);
  });

  it('turns the arrows round right to left; Home and End keep first and last in time', () => {
    const moves = (rtl: boolean) => ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'ArrowUp'].map((k) => keyAction(k, rtl));
    expect(moves(true).map((a) => a?.kind === 'move' && a.move)).to.deep.equal(['previous', 'next', 'first', 'last', 'up']);
    expect(moves(false).map((a) => a?.kind === 'move' && a.move)).to.deep.equal(['next', 'previous', 'first', 'last', 'up']);
  });
});

describe('mirror', () => {
  const W = 1000;

  it('maps a box [x, x + w] onto [W − x − w, W − x], and time onto px from the right', () => {
    expect(mirrorBox({ x: 100, y: 7, width: 50, height: 12 }, W)).to.deep.equal({ x: 850, y: 7, width: 50, height: 12 });
    const toX = mirrorMap((t) => t / 10, W);
    expect([0, 2500, 10000].map(toX)).to.deep.equal([1000, 750, 0]);
  });

  it('draws an event right to left: its shape mirrored, its label ending where the shape begins', () => {
    const box = { x: 100, y: 10, width: 200, height: 14 };
    const e = { type: 'event', key: 'e', box, x0: 100, x1: 300, coreX0: 150, coreX1: 250, labelX: 304, labelWidth: 80, label: 'שלום', marker: false, lane: 0, row: 0, y: 8 } as unknown as SceneEvent;
    const c = { type: 'cluster', key: 'c', box: { x: 500, y: 10, width: 40, height: 14 }, x0: 500, x1: 520, lane: 0, row: 0, y: 8 } as unknown as SceneCluster;
    const d = { type: 'density', key: 'd', box: { x: 0, y: 30, width: 12, height: 14 }, bins: [1, 2, 3], binPx: 4, lane: 1, row: 0, y: 28 } as unknown as SceneDensity;
    const scene: Scene = { items: [e, c, d], lanes: [], height: 60 };
    const [me, mc, md] = mirrorScene(scene, W).items as [SceneEvent, SceneCluster, SceneDensity];
    expect([me.x0, me.x1, me.coreX0, me.coreX1, me.box.x, me.box.width]).to.deep.equal([700, 900, 750, 850, 700, 200]);
    // The label was after the shape (304 … 384); now it ends 4 px before it (616 … 696).
    expect([me.labelX, me.labelX + me.labelWidth]).to.deep.equal([616, 696]);
    expect([mc.box.x, mc.x0, mc.x1]).to.deep.equal([460, 480, 500]);
    expect([md.box.x, md.bins]).to.deep.equal([988, [3, 2, 1]]);
    expect(scene.items[0]).to.equal(e); // the input is left alone
  });

  it('mirrors the strip: a band, its soft sides, its name, and a marker with its name on the other side', () => {
    const context = {
      eras: [{ type: 'era', key: 'x', x0: -50, x1: 400, coreX0: 0, coreX1: 300, labelX: 4, labelWidth: 60, label: 'Era', softStart: true, softEnd: false, row: 0, y: 0, height: 20 }],
      markers: [{ type: 'marker', key: 'm', x: 600, labelX: 606, labelWidth: 40, label: 'M', left: false }],
      height: 40,
      rows: 1,
    } as unknown as ContextScene;
    const m = mirrorContext(context, W);
    const era = m.eras[0]!;
    expect([era.x0, era.x1, era.coreX0, era.coreX1, era.softStart, era.softEnd]).to.deep.equal([600, 1050, 700, 1000, false, true]);
    // The name stuck at the visible left edge now sticks at the right edge (936 … 996).
    expect([era.labelX, era.labelX + era.labelWidth]).to.deep.equal([936, 996]);
    const marker = m.markers[0]!;
    expect([marker.x, marker.labelX, marker.left]).to.deep.equal([400, 354, true]);
  });

  it('keeps the zoom transform in screen px when the base runs from the right', () => {
    const base: Base = { t0: 2000, msPerPx: -2, width: 1000 }; // 2000 at the left edge, 0 at the right
    expect(windowOf(transformFor(base, 500, 1500), base)).to.deep.equal([500, 1500]);
    const t = transformFor(base, 500, 1500);
    // Time 1500 (the later end) is at the left edge, time 500 at the right.
    expect([Math.round(t.applyX((2000 - 1500) / 2)), Math.round(t.applyX((2000 - 500) / 2))]).to.deep.equal([0, 1000]);
  });
});
