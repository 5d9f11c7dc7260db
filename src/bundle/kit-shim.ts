/**
 * The context kit's imports in the script-tag bundle's build of it (`timeline-elements.context.js`): rollup resolves
 * the kit's `lit`, `model/date.js`, `layout/scene.js` and `kit-deps.js` here, and `provide` fills them with the
 * bundle's own, before the kit is used. Live bindings: the kit reads them when it runs, not when it loads.
 */
import type { KitDeps } from '../components/timeline/kit-deps.js';

export let parseEventDate: KitDeps['parseEventDate'];
export let fitLabel: KitDeps['fitLabel'];
export let svg: KitDeps['svg'];
export let nothing: KitDeps['nothing'];
export let html: NonNullable<KitDeps['html']>;

export function provide(deps: KitDeps): void {
  ({ parseEventDate, fitLabel, svg, nothing } = deps);
  if (deps.html) html = deps.html;
}
