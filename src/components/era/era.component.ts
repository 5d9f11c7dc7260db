import type { EraInput } from '../../model/types.js';
import { readEraElement } from '../../controllers/read-event.js';

/**
 * One era of a `<tl-timeline>`, written in HTML: a span drawn behind the lanes ("World War I"). The parent reads
 * it whatever its events come from (`src`, an inline script, `<tl-event>`s); this element draws nothing itself.
 * Before the script runs the text stays in the page; once `<tl-timeline>` is defined it is hidden.
 *
 * @summary A declarative era: `<tl-era start="1914" end="1918" color="#c00">World War I</tl-era>`.
 *
 * @tagname tl-era
 * @attr start - Start: an EDTF date (`1914`, `1914-07-28`) or an ISO date-time.
 * @attr end - End (same forms as `start`).
 * @attr color - CSS colour of its band (default: a neutral tint of the text colour).
 * @attr group - Only behind this lane; behind every lane without it.
 * @attr id - The era's id; without it, `tl-era-<n>` (its position among the `<tl-era>`s).
 *
 * @slot - The title, as plain text.
 */
export class TlEra extends HTMLElement {
  /** Start: an EDTF date (`1914`, `1914-07-28`) or an ISO date-time. */
  get start(): string {
    return this.getAttribute('start') ?? '';
  }
  set start(value: string) {
    this.setAttribute('start', value);
  }

  /** End (same forms as `start`). */
  get end(): string {
    return this.getAttribute('end') ?? '';
  }
  set end(value: string) {
    this.setAttribute('end', value);
  }

  /** CSS colour of its band (default: a neutral tint of the text colour). */
  get color(): string {
    return this.getAttribute('color') ?? '';
  }
  set color(value: string) {
    this.setAttribute('color', value);
  }

  /** Only behind this lane; behind every lane when empty. */
  get group(): string {
    return this.getAttribute('group') ?? '';
  }
  set group(value: string) {
    this.setAttribute('group', value);
  }

  /** The era this element describes, as `<tl-timeline>` reads it. */
  toEraInput(index = 0): EraInput {
    return readEraElement(this, index);
  }
}
