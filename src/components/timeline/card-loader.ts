/** Loads the card kit (see `card-kit.ts`) once, and hands it what it shares with the bundle. */
import { html, nothing, svg } from 'lit';
import { parseEventDate } from '../../model/date.js';
import { fitLabel } from '../../layout/scene.js';

export type CardKit = typeof import('./card-kit.js');

let loading: Promise<CardKit> | undefined;

export function loadCardKit(): Promise<CardKit> {
  return (loading ??= import('./card-kit.js').then(
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
