/**
 * How a companion element (`<tl-overview>`, `<tl-list>`) finds the timeline it follows: by `for` in its own root,
 * else the `<tl-timeline>` it is inside — in the page, or in the timeline's own shadow root (its list view). Plain
 * DOM, no Lit: the companions' factories are built beside the bundle and import only helpers like this one.
 */
import type { TimelineModel } from '../state/timeline-model.js';

/** The timeline a companion binds to: anything with the shared model (a `<tl-timeline>`). */
export interface Bindable extends HTMLElement {
  model?: TimelineModel;
  theme?: string;
}

const warned = new Set<string>();

/**
 * The timeline `self` follows, with its model; or `undefined` while it may still come (not upgraded yet, later in
 * the page, rendered in the same pass by a framework: `again` is called once it may be there); or `null` when there
 * is none (said once per `for` in the console).
 */
export function findTimeline(self: HTMLElement, forId: string, later: boolean, again: (later: boolean) => void): Bindable | null | undefined {
  const root = self.getRootNode() as Document | ShadowRoot;
  const host = (root as ShadowRoot).host;
  const found = (forId ? root.getElementById?.(forId) : (self.closest('tl-timeline') ?? (host?.localName === 'tl-timeline' ? host : null))) as Bindable | null;
  if (found && !found.model && found.localName.includes('-') && !customElements.get(found.localName)) {
    void customElements.whenDefined(found.localName).then(() => again(true));
    return undefined;
  }
  if (found?.model) return found;
  if (later) {
    const look = () => again(false);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', look, { once: true });
    else requestAnimationFrame(look);
    return undefined;
  }
  const tag = self.localName;
  const key = `${tag}|${forId || '(none)'}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(forId ? `<${tag}>: no <tl-timeline id="${forId}"> here; it shows nothing.` : `<${tag}>: no for="…" and not inside a <tl-timeline>; it shows nothing.`);
  }
  return null;
}
