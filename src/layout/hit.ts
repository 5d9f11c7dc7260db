/** What is under a point of the plot, and where each item can be hit: pure, on a scene's boxes. */
import { MIN_TARGET_PX, type Box } from './metrics.js';
import type { Scene, SceneItem } from './scene.js';

/**
 * Where an item can be hit (plot px): its shape and its label together, grown to at least 24×24 px around the
 * shape's middle, so a finger that lands on the label, or a few px beside a small dot, still hits it.
 */
export function targetBox(_scene: Scene, item: SceneItem, _rowHeight?: number): Box {
  const box = item.box;
  let x0 = box.x;
  let x1 = box.x + box.width;
  if (item.type === 'event' && item.label) {
    x0 = Math.min(x0, item.labelX);
    x1 = Math.max(x1, item.labelX + item.labelWidth);
  }
  if (x1 - x0 < MIN_TARGET_PX) {
    const mid = (x0 + x1) / 2;
    [x0, x1] = [mid - MIN_TARGET_PX / 2, mid + MIN_TARGET_PX / 2];
  }
  const height = Math.max(box.height, MIN_TARGET_PX);
  return { x: x0, y: box.y + box.height / 2 - height / 2, width: x1 - x0, height };
}

/**
 * The item under a point (plot px): the one whose shape is there, the one drawn last winning; else the one whose
 * target (label, or the 24 px around a small shape) is there, the nearest winning.
 */
export function hitTest(scene: Scene, x: number, y: number, _rowHeight?: number): SceneItem | undefined {
  for (let i = scene.items.length - 1; i >= 0; i--) {
    const box = scene.items[i]!.box;
    if (x >= box.x && x <= box.x + box.width && y >= box.y - 1 && y <= box.y + box.height + 1) return scene.items[i];
  }
  let best: SceneItem | undefined;
  let distance = Infinity;
  for (const item of scene.items) {
    const target = targetBox(scene, item);
    if (x < target.x || x > target.x + target.width || y < target.y || y > target.y + target.height) continue;
    const shape = item.box;
    const d = Math.abs(x - Math.max(shape.x, Math.min(x, shape.x + shape.width))) + Math.abs(y - Math.max(shape.y, Math.min(y, shape.y + shape.height)));
    if (d < distance) [best, distance] = [item, d];
  }
  return best;
}
