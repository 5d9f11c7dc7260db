import { isServer } from 'lit';
import type { serverAxis, serverPlot, serverViewport } from './server-view.js';
import { loadContextKit } from './kit-loader.js';

/**
 * What the server draws in place of the canvas: set by `timeline-elements/ssr` (Node only), so that no browser
 * loads the server's drawing code, bundled or not.
 */
export const serverDrawing: { plot?: typeof serverPlot; axis?: typeof serverAxis; viewport?: typeof serverViewport } = {};

/**
 * In the browser, the server's nodes in a declarative shadow root, until the element's first update draws over them:
 * at once, or — when the server drew eras — once the eras' code is here (else the first update would hide the lanes
 * while it loads: a blink after the server's view).
 */
export class Takeover {
  private nodes: ChildNode[] = [];

  /** Called before Lit adds anything to the root; whether it holds the server's nodes. */
  found(root: ShadowRoot | null): boolean {
    if (!isServer && root) this.nodes = [...root.childNodes];
    return this.nodes.length > 0;
  }

  /** Before each update: nothing to wait for (`undefined`), or the promise the first one waits on. */
  ready(): Promise<unknown> | undefined {
    const nodes = this.nodes;
    if (!nodes.length) return undefined;
    this.nodes = [];
    const drop = () => nodes.forEach((n) => n.remove());
    if (!nodes.some((n) => (n as Element).querySelector?.('.context'))) return void drop();
    return loadContextKit().then(drop, drop);
  }
}
