/**
 * The timeline's list view: the list of its events (`<tl-list>`, loaded on first use) in the plot's place. A narrow
 * container opens on it once, when the data first arrives (unless `no-list-first`); after that only the reader's
 * toggle (or the page's `show-list`) decides.
 *
 * Printed, the list goes below the plot's picture: the shown `<tl-list>` prints its rows itself; else, while a
 * print is prepared (`beforeprint` … `afterprint`), the element draws its own print-only list (print-list.ts).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadList } from '../list-loader.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Messages } from './messages.js';
import { printListTemplate } from './print-list.js';

/** Narrower than this (px), the element opens on its list. */
const NARROW_PX = 480;

export class ListView implements ReactiveController {
  private chosen = false;
  private printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  /** Whether the list is shown, from the element's `show-list`, its width and whether it has events (no DOM). */
  shown(showList: boolean, width: number, hasEvents: boolean, listFirst: boolean): boolean {
    if (width > 0 && hasEvents && !this.chosen) {
      this.chosen = true;
      if (width < NARROW_PX && listFirst) showList = true;
    }
    if (showList) void loadList();
    return showList;
  }

  /** The reader chose: the list, or the timeline, from now on. */
  choose(): void {
    this.chosen = true;
  }

  /** The list in the plot's place; or, while printing, the print-only list; or nothing. */
  template(showList: boolean, label: string, t: Messages, model: TimelineModel): TemplateResult | typeof nothing {
    // In the plot's place the list may take most of a phone's screen (alone, a list is 400 px tall at most).
    if (showList) return html`<tl-list id="tl-list-view" part="list" label=${label} max-height="max(400px, 65vh)"></tl-list>`;
    return this.printing && model.shownEvents.length ? printListTemplate(t, model) : nothing;
  }

  private onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };
}
