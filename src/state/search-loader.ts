// Loads the text search (src/model/search.ts) on the first query: npm builds get a dynamic import the app's
// bundler splits off; the script-tag bundle points it at `timeline-elements.search.js` beside itself (no imports).
export type SearchCore = typeof import('../model/search.js');

let loading: Promise<SearchCore> | undefined;

/** The search core (the same promise for every caller; a failed load is tried again next time). */
export function loadSearch(): Promise<SearchCore> {
  return (loading ??= import('../model/search.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}
