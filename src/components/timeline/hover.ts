import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SceneItem } from '../../layout/scene.js';

/** What the pointer is over: the item's key and kind, its name, and where the tooltip goes (plot px). */
export interface Hover {
  key: string;
  type: SceneItem['type'];
  text: string;
  x: number;
  y: number;
}

/**
 * The tooltip: the name of the event or cluster under the pointer (labels are often cut short or left out). It
 * follows WCAG 1.4.13: the pointer may move onto it without it going away, and Escape hides it wherever the focus
 * is, until the pointer reaches another item.
 */
export class HoverController implements ReactiveController {
  hover: Hover | undefined;
  /** The item whose tooltip Escape hid. */
  private dismissed: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onWindowKey, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onWindowKey, true);
  }

  /**
   * The pointer moved to `item` (undefined: to nothing), or onto the tooltip itself (`onTooltip`), which keeps it.
   * `describe` names the item; `place` says where its tooltip goes.
   */
  move(item: SceneItem | undefined, onTooltip: boolean, describe: (item: SceneItem) => string, place: (item: SceneItem) => { x: number; y: number }): void {
    if (onTooltip && this.hover) return;
    if (!item) {
      this.dismissed = undefined;
      return this.clear();
    }
    if (this.hover?.key === item.key || this.dismissed === item.key) return;
    this.dismissed = undefined;
    this.hover = { key: item.key, type: item.type, text: describe(item), ...place(item) };
    this.host.requestUpdate();
  }

  /** Moves the drawn tooltip to its place, through CSSOM (a strict Content-Security-Policy blocks a style attribute). */
  place(root: ParentNode): void {
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    if (tooltip && this.hover) [tooltip.style.left, tooltip.style.top] = [`${this.hover.x}px`, `${this.hover.y}px`];
  }

  readonly clear = (): void => {
    if (!this.hover) return;
    this.hover = undefined;
    this.host.requestUpdate();
  };

  private onWindowKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.hover) return;
    this.dismissed = this.hover.key;
    this.clear();
  };
}
