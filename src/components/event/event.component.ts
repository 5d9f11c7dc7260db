import type { TimelineEventInput } from '../../model/types.js';
import { readEventElement } from '../../controllers/read-event.js';

/**
 * One event of a `<tl-timeline>`, written in HTML. The parent reads it; this element draws nothing itself.
 * Before the script runs (or without JavaScript) the content stays in the page, so a list of `<tl-event>`s reads
 * as a plain list styled by the page; once `<tl-timeline>` is defined it renders them and hides them.
 *
 * @summary A declarative event: `<tl-event start="2012" group="BMW" href="…">Title<p>Summary</p></tl-event>`.
 *
 * @tagname tl-event
 * @attr start - Start: an EDTF date (`2012`, `2018-04`, `2025-03~`) or an ISO date-time.
 * @attr end - End, for events that last.
 * @attr group - Lane name.
 * @attr category - A kind of event: with `color-by="category"` on the timeline it picks the colour.
 * @attr tags - Comma-separated tags (the first colours the event with `color-by="tag"`).
 * @attr href - Link shown as "Read more" (http, https, mailto or relative only).
 * @attr id - The event's id (for `select(id)`, `tl-select` and `#event=` links); without it, `tl-event-<n>`.
 *
 * @slot - The title (text before the first block element), then the summary (`<p>`, `<ul>` … — sanitized when shown).
 */
export class TlEvent extends HTMLElement {
  /** Start: an EDTF date (`2012`, `2018-04`, `2025-03~`) or an ISO date-time. */
  get start(): string {
    return this.getAttribute('start') ?? '';
  }
  set start(value: string) {
    this.setAttribute('start', value);
  }

  /** End, for events that last (same forms as `start`). */
  get end(): string {
    return this.getAttribute('end') ?? '';
  }
  set end(value: string) {
    this.setAttribute('end', value);
  }

  /** Lane name. */
  get group(): string {
    return this.getAttribute('group') ?? '';
  }
  set group(value: string) {
    this.setAttribute('group', value);
  }

  /** A kind of event (`election`, `product` …): with `color-by="category"` it picks the colour. */
  get category(): string {
    return this.getAttribute('category') ?? '';
  }
  set category(value: string) {
    this.setAttribute('category', value);
  }

  /** Comma-separated tags. */
  get tags(): string {
    return this.getAttribute('tags') ?? '';
  }
  set tags(value: string) {
    this.setAttribute('tags', value);
  }

  /** Link shown as "Read more" in the detail card (http, https, mailto or relative only). */
  get href(): string {
    return this.getAttribute('href') ?? '';
  }
  set href(value: string) {
    this.setAttribute('href', value);
  }

  /** The event this element describes, as `<tl-timeline>` reads it. */
  toEventInput(index = 0): TimelineEventInput {
    return readEventElement(this, index);
  }
}
