import type { MarkerInput } from '../../model/types.js';
import { readMarkerElement } from '../../controllers/read-event.js';

/**
 * One marker of a `<tl-timeline>`, written in HTML: a reference line at one instant ("Election day"). The parent
 * reads it whatever its events come from (`src`, an inline script, `<tl-event>`s); this element draws nothing
 * itself. Before the script runs the text stays in the page; once `<tl-timeline>` is defined it is hidden.
 *
 * @summary A declarative marker: `<tl-marker at="2024-11-05">Election day</tl-marker>`.
 *
 * @tagname tl-marker
 * @attr at - When: an EDTF date (`2024-11-05`) or an ISO date-time.
 * @attr id - The marker's id; without it, `tl-marker-<n>` (its position among the `<tl-marker>`s).
 *
 * @slot - The title, as plain text.
 */
export class TlMarker extends HTMLElement {
  /** When: an EDTF date (`2024-11-05`) or an ISO date-time. */
  get at(): string {
    return this.getAttribute('at') ?? '';
  }
  set at(value: string) {
    this.setAttribute('at', value);
  }

  /** The marker this element describes, as `<tl-timeline>` reads it. */
  toMarkerInput(index = 0): MarkerInput {
    return readMarkerElement(this, index);
  }
}
