import { TlEvent } from './event.component.js';

export { TlEvent };
export default TlEvent;

/** Registers `<tl-event>` unless it is already defined (so loading the package twice is harmless). */
export function defineEvent(name = 'tl-event'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlEvent {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-event': TlEvent;
  }
}
