/** Loads the media kit (see `media-kit.ts`) once, and hands it what it shares with the bundle. */
import { html, nothing, svg } from 'lit';
import { parseEventDate } from '../../model/date.js';
import { fitLabel } from '../../layout/scene.js';

export type MediaKit = typeof import('./media-kit.js');

let loading: Promise<MediaKit> | undefined;

export function loadMediaKit(): Promise<MediaKit> {
  return (loading ??= import('./media-kit.js').then(
    (kit) => {
      kit.provide({ parseEventDate, fitLabel, svg, nothing, html });
      return kit;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
