/**
 * What the kits loaded beside the bundle (eras and markers, media) take from the bundle that loads it. In the npm package the kit imports these itself, so
 * `provide` does nothing; the script-tag bundle's build replaces this module (src/bundle/kit-shim.ts).
 */
import type { html, nothing, svg } from 'lit';
import type { parseEventDate } from '../../model/date.js';
import type { fitLabel } from '../../layout/scene.js';

export interface KitDeps {
  parseEventDate: typeof parseEventDate;
  fitLabel: typeof fitLabel;
  svg: typeof svg;
  nothing: typeof nothing;
  /** For the media kit. */
  html?: typeof html;
}

export function provide(_deps: KitDeps): void {}
