/**
 * One MutationObserver on the document for the `lang` and `dir` attributes anywhere in it, shared by every element
 * that follows them (a page with fifty timelines has one observer, not a hundred). Returns the way to stop.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchDocument(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size || !observer) return;
    observer.disconnect();
    observer = undefined;
  };
}
