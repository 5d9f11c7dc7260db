// Loads <tl-list>'s code on first use (npm builds: a dynamic import the app's bundler splits off). The script-tag
// bundle swaps this module for src/bundle/list-loader.ts, which loads the file beside the bundle.
let loading: Promise<void> | undefined;

/** Defines `<tl-list>` (once; the same promise for every caller). */
export function loadList(): Promise<void> {
  return (loading ??= import('./list/list.js').then((m) => m.defineList()));
}
