import { isServer } from 'lit';
// Companion elements (<tl-overview>, <tl-list>, <tl-filter>) are not in the main file: each loads the first time one is on the page.
import { loadFilter } from './filter-loader.js';
import { loadList } from './list-loader.js';
import { loadOverview } from './overview-loader.js';

const COMPANIONS: Record<string, () => Promise<void>> = { 'tl-overview': loadOverview, 'tl-list': loadList, 'tl-filter': loadFilter };
const watched = new WeakSet<Node>();

/** Loads the companions `root` holds, and those that are added to it later (watched until each has loaded). */
export function watchCompanions(root: Document | ShadowRoot | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (isServer || !root || watched.has(root)) return;
  watched.add(root);
  const waiting = new Set(Object.keys(COMPANIONS).filter((tag) => !customElements.get(tag)));
  const check = (node: ParentNode): void => {
    for (const tag of waiting) {
      if ((node as Element).localName === tag || node.querySelector(tag)) {
        waiting.delete(tag);
        void COMPANIONS[tag]!().catch((error: unknown) => console.warn(`<${tag}> could not be loaded.`, error));
      }
    }
  };
  check(root);
  if (!waiting.size) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) check(node as Element);
    if (!waiting.size) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
}
