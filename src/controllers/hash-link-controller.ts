import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = '#event=';

/** The event id in a URL fragment `#event=<id>`, or `undefined`. */
export function eventIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || undefined;
  } catch {
    return undefined;
  }
}

export interface HashLinkOptions {
  /** Whether links are on (the host's `hash-links` attribute). */
  enabled: () => boolean;
  /** Opens the event; false when there is no such event (yet). */
  open: (id: string) => boolean;
}

/**
 * Deep links to events: `#event=<id>` in the page URL opens that event once the data holding it arrives, and
 * again when the fragment changes; `write` records a selection with `history.replaceState`, so selecting events
 * does not fill the back button's history.
 */
export class HashLinkController implements ReactiveController {
  /** The id from the URL still waiting for its event to arrive. */
  private pending: string | undefined;
  /** Whether the URL has been read: on the first `apply`, so that a page script may still set it after upgrade. */
  private read = false;
  private readonly onHashChange = () => {
    this.pending = eventIdFromHash(location.hash);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HashLinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Opens the linked event if it has arrived; call after the data changed. */
  apply(): void {
    if (!this.options.enabled()) return;
    if (!this.read) {
      this.read = true;
      this.pending = eventIdFromHash(location.hash);
    }
    if (!this.pending) return;
    if (this.options.open(this.pending)) this.pending = undefined;
  }

  /** Records the selected event in the URL (or removes the fragment when `id` is undefined). */
  write(id: string | undefined): void {
    if (!this.options.enabled()) return;
    const { pathname, search, hash } = location;
    if (id === undefined && !eventIdFromHash(hash)) return;
    const url = id === undefined ? pathname + search : `${pathname}${search}${PREFIX}${encodeURIComponent(id)}`;
    this.pending = undefined;
    this.read = true;
    history.replaceState(history.state, '', url);
  }
}
