// Loads <tl-filter>'s code on first use (npm builds: a dynamic import the app's bundler splits off). The
// script-tag bundle swaps this module for src/bundle/filter-loader.ts, which loads the file beside the bundle.
let loading: Promise<void> | undefined;

/** Defines `<tl-filter>` (once; the same promise for every caller). */
export function loadFilter(): Promise<void> {
  return (loading ??= import('./filter/filter.js').then((m) => m.defineFilter()));
}
