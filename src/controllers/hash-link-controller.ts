import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The fields of a URL fragment: `#event=<id>`, `#q=<query>`, or both (`#event=a&q=b`). */
const fieldsOf = (hash: string) => new URLSearchParams(hash.slice(1));

/** The event id in a URL fragment `#event=<id>`, or `undefined`. */
export function eventIdFromHash(hash: string): string | undefined {
  return fieldsOf(hash).get('event') || undefined;
}

/** The search text in a URL fragment `#q=<query>`, or `undefined`. */
export function queryFromHash(hash: string): string | undefined {
  return fieldsOf(hash).get('q') ?? undefined;
}

export interface HashLinkOptions {
  /** Whether links are on (the host's `hash-links` attribute). */
  enabled: () => boolean;
  /** Opens the event; false when there is no such event (yet). */
  open: (id: string) => boolean;
  /** The reader's search text, kept in the URL as `#q=`, and how a URL's is put in force. */
  query?: { readonly text: string; setText(text: string): void };
}

/**
 * Deep links to events: `#event=<id>` in the page URL opens that event once the data holding it arrives, and
 * again when the fragment changes; `write` records a selection with `history.replaceState`, so selecting events
 * does not fill the back button's history. `#q=<query>` likewise holds the search: read with the URL, written
 * after each update in which it changed.
 */
export class HashLinkController implements ReactiveController {
  /** The id from the URL still waiting for its event to arrive. */
  private pending: string | undefined;
  /** Whether the URL has been read: on the first `apply`, so that a page script may still set it after upgrade. */
  private read = false;
  /** The search text the URL holds (as last read or written). */
  private linkedQuery = '';
  private readonly onHashChange = () => {
    this.pending = eventIdFromHash(location.hash);
    this.readQuery();
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
      this.readQuery();
    }
    if (!this.pending) return;
    if (this.options.open(this.pending)) this.pending = undefined;
  }

  /** After an update: a search text other than the URL's goes into it. */
  hostUpdated(): void {
    const query = this.options.query;
    if (!query || !this.read || !this.options.enabled() || query.text === this.linkedQuery) return;
    this.linkedQuery = query.text;
    this.replace('q', this.linkedQuery || undefined);
  }

  /** Records the selected event in the URL (or removes the field when `id` is undefined). */
  write(id: string | undefined): void {
    if (!this.options.enabled()) return;
    if (id === undefined && !eventIdFromHash(location.hash)) return;
    this.pending = undefined;
    this.read = true;
    this.replace('event', id);
  }

  private readQuery(): void {
    const text = queryFromHash(location.hash);
    if (text === undefined || !this.options.query) return;
    this.linkedQuery = text;
    this.options.query.setText(text);
  }

  /** Sets (or, for `undefined`, removes) one field of the fragment, keeping the others. */
  private replace(name: string, value: string | undefined): void {
    const fields = fieldsOf(location.hash);
    if (value === undefined) fields.delete(name);
    else fields.set(name, value);
    const hash = fields.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  }
}
