/**
 * The steps from rows to a drawing, memoized on their inputs: the same rows give the same normalized events, the
 * same events the same lanes, the same lanes, window, size and text the same scene — the very same objects, so an
 * update that changes none of them builds nothing, and one data change builds one scene.
 */
import { normalizeEvents } from '../model/normalize.js';
import type { NormalizeResult, TimelineEvent } from '../model/types.js';
import { layoutLanes, type LaneLayout } from './lanes.js';
import { buildScene, type Scene, type SceneOptions } from './scene.js';

/** `fn` remembering its last call: called again with the same arguments (by `===`), it returns the same result. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

export interface Pipeline {
  /** Rows → events and errors (by the identity of the rows). */
  normalize(rows: unknown): NormalizeResult;
  /** Events → lanes and rows. */
  layout(events: readonly TimelineEvent[], maxRows: number): LaneLayout;
  /**
   * Lanes, window, size, the lanes in view and the text (language and label style, as one key: the label and measure
   * functions in `options` follow it) → what to draw.
   */
  scene(layout: LaneLayout, t0: number, t1: number, width: number, yTop: number, yBottom: number, textKey: string, options: Omit<SceneOptions, 'width' | 'yRange'>): Scene;
}

export function createPipeline(): Pipeline {
  const normalize = memoLast((rows: unknown) => normalizeEvents(rows));
  const layout = memoLast((events: readonly TimelineEvent[], maxRows: number) => layoutLanes(events, maxRows));
  let options: Omit<SceneOptions, 'width' | 'yRange'> | undefined;
  const scene = memoLast((l: LaneLayout, t0: number, t1: number, width: number, yTop: number, yBottom: number, _textKey: string) =>
    buildScene(l, t0, t1, { ...options!, width, yRange: [yTop, yBottom] }),
  );
  return {
    normalize,
    layout,
    scene(l, t0, t1, width, yTop, yBottom, textKey, o) {
      options = o;
      return scene(l, t0, t1, width, yTop, yBottom, textKey);
    },
  };
}
