import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchDocument } from './document-watch.js';
import { parseDirection, resolveDirection, type Resolved } from '../layout/direction.js';

const DIR = '[dir="rtl" i], [dir="ltr" i], [dir="auto" i]';

/**
 * The `dir` a host has or inherits: its own, else the nearest above it (across shadow roots), `auto` resolved by
 * the browser (`:dir(rtl)`). Looked up when the host is connected and whenever a `dir` attribute in the document
 * changes, never while an update runs; the host resolves its direction from it during its update.
 */
export class DirectionController implements ReactiveController {
  /** The inherited `dir`, or `undefined` when none is set anywhere above the host. */
  inherited: Resolved | undefined;
  private unwatch: (() => void) | undefined;
  private warned = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.lookUp();
    this.unwatch ??= watchDocument(() => this.lookUp());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** The direction time runs in, for the `direction` property (none: `auto`; an unknown value warns once) and the language in use. */
  resolve(direction: string | null | undefined, lang: string): Resolved {
    if (direction && !parseDirection(direction) && direction !== this.warned) console.warn(`<${this.host.localName}> direction="${(this.warned = direction)}" is not auto, ltr or rtl`);
    return resolveDirection(direction, this.inherited, lang);
  }

  private lookUp(): void {
    let found: Resolved | undefined;
    for (let node: Element | null = this.host; node; ) {
      const owner = node.closest(DIR);
      if (owner) {
        const dir = owner.getAttribute('dir')!.trim().toLowerCase();
        found = dir === 'rtl' || dir === 'ltr' ? dir : owner.matches(':dir(rtl)') ? 'rtl' : 'ltr';
        break;
      }
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    if (found === this.inherited) return;
    this.inherited = found;
    this.host.requestUpdate();
  }
}
