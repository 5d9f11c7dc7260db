import { TlEra } from './era.component.js';

export { TlEra };
export default TlEra;

/** Registers `<tl-era>` unless it is already defined (so loading the package twice is harmless). */
export function defineEra(name = 'tl-era'): void {
  if (!customElements.get(name)) customElements.define(name, class extends TlEra {});
}

declare global {
  interface HTMLElementTagNameMap {
    'tl-era': TlEra;
  }
}
