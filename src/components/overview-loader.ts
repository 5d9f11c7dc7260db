// Loads <tl-overview>'s code on first use (npm builds: a dynamic import the app's bundler splits off). The
// script-tag bundle swaps this module for src/bundle/overview-loader.ts, which loads the file beside the bundle.
let loading: Promise<void> | undefined;

/** Defines `<tl-overview>` (once; the same promise for every caller). */
export function loadOverview(): Promise<void> {
  return (loading ??= import('./overview/overview.js').then((m) => m.defineOverview()));
}
