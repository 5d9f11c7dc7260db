import { TlTimeline } from './timeline.component.js';

export { TlTimeline };
export default TlTimeline;

/** Registers `<tl-timeline>` unless it is already defined (so loading the package twice is harmless). */
export function defineTimeline(name = 'tl-timeline'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlTimeline {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-timeline': TlTimeline;
  }
  interface HTMLElementEventMap {
    'tl-select': CustomEvent<import('./timeline.component.js').TlSelectDetail>;
    'tl-range-change': CustomEvent<import('./timeline.component.js').TlRangeChangeDetail>;
    'tl-data-error': CustomEvent<import('./timeline.component.js').TlDataErrorDetail>;
    'tl-load': CustomEvent<import('./timeline.component.js').TlLoadDetail>;
    'tl-error': CustomEvent<import('./timeline.component.js').TlErrorDetail>;
  }
}
