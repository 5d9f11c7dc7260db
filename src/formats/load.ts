/**
 * The format adapters (TimelineJS, vis-timeline, CSV), loaded the first time data in another format than ours
 * arrives. In the npm package this is a dynamic import the app's bundler splits off; the script-tag bundle points
 * it at `timeline-elements.formats.js` beside itself, a file with no imports of its own.
 */
export type Formats = typeof import('./index.js');

let loading: Promise<Formats> | undefined;

/** The adapters (the same promise for every caller; a failed load is tried again next time). */
export function loadFormats(): Promise<Formats> {
  return (loading ??= import('./index.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
