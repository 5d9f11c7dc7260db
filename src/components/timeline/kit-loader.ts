/** Loads the context kit (eras and markers, see `context-kit.ts`) once, and hands it what it shares with the bundle. */
import { nothing, svg } from 'lit';
import { parseEventDate } from '../../model/date.js';
import { fitLabel } from '../../layout/scene.js';

export type ContextKit = typeof import('./context-kit.js');

let loading: Promise<ContextKit> | undefined;
let ready: ContextKit | undefined;

/** The kit, when it has loaded (the server loads it before it renders). */
export const readyContextKit = (): ContextKit | undefined => ready;

/** The kit (the same promise for every caller; a failed load is tried again next time). */
export function loadContextKit(): Promise<ContextKit> {
  return (loading ??= import('./context-kit.js').then(
    (kit) => {
      kit.provide({ parseEventDate, fitLabel, svg, nothing });
      return (ready = kit);
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
