/**
 * Right to left: layout stays in left-to-right px (time grows with x) and this one mapping turns what is drawn,
 * hit and exposed into right-to-left px. A point `x` becomes `width − x`; a box `[x, x + w]` becomes
 * `[width − x − w, width − x]`, so a label laid out after its shape now ends before it, and text is never
 * flipped (only where it starts). Pure; scenes keep their keys and lanes.
 */
import type { Box } from './metrics.js';
import type { Scene, SceneItem } from './scene.js';
import type { ContextScene, SceneEra, SceneMarker } from './context.js';

/** A box (y unchanged). */
export const mirrorBox = (box: Box, width: number): Box => ({ ...box, x: width - box.x - box.width });

/** A time → px map made to run from the right edge. */
export const mirrorMap =
  (toX: (t: number) => number, width: number) =>
  (t: number): number =>
    width - toX(t);

/** The spans `[x0, x1]` and `[coreX0, coreX1]` mirrored, and the label `[labelX, labelX + labelWidth]`. */
function spans<T extends { x0: number; x1: number; coreX0?: number; coreX1?: number; labelX?: number; labelWidth?: number }>(item: T, w: number): T {
  const out = { ...item, x0: w - item.x1, x1: w - item.x0 };
  if (item.coreX0 !== undefined) [out.coreX0, out.coreX1] = [w - item.coreX1!, w - item.coreX0];
  if (item.labelX !== undefined) out.labelX = w - item.labelX - (item.labelWidth ?? 0);
  return out;
}

function mirrorItem(item: SceneItem, width: number): SceneItem {
  const box = mirrorBox(item.box, width);
  return item.type === 'density' ? { ...item, box, bins: item.bins.slice().reverse() } : { ...spans(item, width), box };
}

/** A scene drawn right to left: earlier events on the right, labels ending where their shape begins. */
export function mirrorScene(scene: Scene, width: number): Scene {
  return { ...scene, items: scene.items.map((item) => mirrorItem(item, width)) };
}

/** Read as sides once mirrored: the left side of a band is now the era's end. */
const mirrorEra = (item: SceneEra, width: number): SceneEra => ({ ...spans(item, width), softStart: item.softEnd, softEnd: item.softStart });

const mirrorMarker = (item: SceneMarker, width: number): SceneMarker => ({ ...item, x: width - item.x, labelX: width - item.labelX - item.labelWidth, left: !item.left });

/**
 * The strip of eras and markers drawn right to left: a band's name sticks at the visible right edge (where the era
 * starts), a marker's name sits on the other side of its line. `softStart`/`softEnd` then name the left and
 * right side of a band as drawn.
 */
export function mirrorContext(context: ContextScene, width: number): ContextScene {
  return { ...context, eras: context.eras.map((e) => mirrorEra(e, width)), markers: context.markers.map((m) => mirrorMarker(m, width)) };
}
