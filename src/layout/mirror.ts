/**
 * Right to left: layout stays in left-to-right px (time grows with x) and this one mapping turns what is drawn,
 * hit and exposed into right-to-left px. A point `x` becomes `width − x`; a box `[x, x + w]` becomes
 * `[width − x − w, width − x]`, so a label laid out after its shape now ends before it, and text is never
 * flipped (only where it starts). Pure; scenes keep their keys and lanes.
 */
import type { Box } from './metrics.js';
import type { Scene, SceneItem } from './scene.js';
import type { ContextScene, SceneEra, SceneMarker } from './context.js';

/** A point. */
export const mirrorX = (x: number, width: number): number => width - x;

/** A box (y unchanged). */
export const mirrorBox = (box: Box, width: number): Box => ({ ...box, x: width - box.x - box.width });

/** A time → px map made to run from the right edge. */
export const mirrorMap =
  (toX: (t: number) => number, width: number) =>
  (t: number): number =>
    width - toX(t);

function mirrorItem(item: SceneItem, width: number): SceneItem {
  const box = mirrorBox(item.box, width);
  if (item.type === 'density') return { ...item, box, bins: item.bins.slice().reverse() };
  if (item.type === 'cluster') return { ...item, box, x0: width - item.x1, x1: width - item.x0 };
  return {
    ...item,
    box,
    x0: width - item.x1,
    x1: width - item.x0,
    coreX0: width - item.coreX1,
    coreX1: width - item.coreX0,
    labelX: item.labelWidth ? width - item.labelX - item.labelWidth : item.labelX,
  };
}

/** A scene drawn right to left: earlier events on the right, labels ending where their shape begins. */
export function mirrorScene(scene: Scene, width: number): Scene {
  return { ...scene, items: scene.items.map((item) => mirrorItem(item, width)) };
}

function mirrorEra(item: SceneEra, width: number): SceneEra {
  return {
    ...item,
    x0: width - item.x1,
    x1: width - item.x0,
    coreX0: width - item.coreX1,
    coreX1: width - item.coreX0,
    labelX: width - item.labelX - item.labelWidth,
    // Read as sides once mirrored: the left side is now the era's end.
    softStart: item.softEnd,
    softEnd: item.softStart,
  };
}

function mirrorMarker(item: SceneMarker, width: number): SceneMarker {
  return { ...item, x: width - item.x, labelX: width - item.labelX - item.labelWidth, left: !item.left };
}

/**
 * The strip of eras and markers drawn right to left: a band's name sticks at the visible right edge (where the era
 * starts), a marker's name sits on the other side of its line. `softStart`/`softEnd` then name the left and
 * right side of a band as drawn.
 */
export function mirrorContext(context: ContextScene, width: number): ContextScene {
  if (!context.eras.length && !context.markers.length) return context;
  return { ...context, eras: context.eras.map((e) => mirrorEra(e, width)), markers: context.markers.map((m) => mirrorMarker(m, width)) };
}
