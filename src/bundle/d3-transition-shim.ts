/**
 * What d3-zoom needs of d3-transition, for the script-tag bundle only (rollup resolves `d3-transition` to this
 * file there; the npm package keeps the real one): `interrupt(node)`, which ends d3 transitions when a gesture
 * starts, and `selection.interrupt()`, which `zoom.transform` calls first. The element never runs a d3 transition
 * (its zoom animation is a series of `zoom.transform` calls, and d3-zoom's double-click transition is switched
 * off), so there is nothing for either to end. Saves about 4 kB gzip.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
