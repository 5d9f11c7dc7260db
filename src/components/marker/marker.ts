import { TlMarker } from './marker.component.js';

export { TlMarker };
export default TlMarker;

/** Registers `<tl-marker>` unless it is already defined (so loading the package twice is harmless). */
export function defineMarker(name = 'tl-marker'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlMarker {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-marker': TlMarker;
  }
}
