/**
 * How a companion element (`<tl-overview>`, `<tl-list>`, `<tl-filter>`) finds the timeline it follows: by `for` in its own root,
 * else the `<tl-timeline>` it is inside — in the page, or in the timeline's own shadow root (its list view). Plain
 * DOM, no Lit: the companions' factories are built beside the bundle and import only helpers like this one.
 */
import type { ModelChange, TimelineModel } from '../state/timeline-model.js';

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

/** What a companion host offers its link (a Lit element: `addController`, `requestUpdate`). */
interface LinkHost extends HTMLElement {
  addController(controller: { hostConnected(): void; hostDisconnected(): void }): void;
  requestUpdate(name?: PropertyKey, old?: unknown): void;
}

/**
 * A companion's link to its timeline, one owner for all three (`<tl-overview>`, `<tl-list>`, `<tl-filter>`): the
 * `for` value, finding the timeline when connected or when `for` changes, following its model (an update when
 * `wants(change)` says so), and letting go when disconnected.
 */
export class TimelineLink {
  private forId = '';
  private found: Bindable | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: LinkHost,
    private readonly wants: (change: ModelChange) => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** The `id` of the `<tl-timeline>` to follow; '' for the one the host is in. */
  get for(): string {
    return this.forId;
  }

  setFor(value: string | null | undefined): void {
    const old = this.forId;
    this.forId = value == null ? '' : String(value);
    this.host.requestUpdate('for', old);
    if (this.host.isConnected && old !== this.forId) this.bind();
  }

  /** The timeline followed, once found. */
  get timeline(): Bindable | undefined {
    return this.found;
  }

  get model(): TimelineModel | undefined {
    return this.found?.model;
  }

  hostConnected(): void {
    this.bind();
  }

  hostDisconnected(): void {
    this.unbind();
  }

  private bind(later = true): void {
    this.unbind();
    const host = this.host;
    const found = findTimeline(host, this.forId, later, (again) => host.isConnected && !this.found && this.bind(again));
    if (!found?.model) {
      if (found === null) host.requestUpdate();
      return;
    }
    this.found = found;
    this.unsubscribe = found.model.subscribe((change) => this.wants(change) && host.requestUpdate());
    host.requestUpdate();
  }

  private unbind(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.found = undefined;
  }
}
