import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ZoomController } from './zoom-controller.js';

/** A time pinned to a horizontal position in the plot: `[time, x px]`. */
export type Anchor = readonly [number, number];

export interface TouchOptions {
  /** What moves the window (the gestures' anchors are shown through it, within the zoom limits). */
  zoom: Pick<ZoomController, 'window' | 'stopAnimation' | 'showAnchored'>;
  /** The plot's width in px. */
  width: () => number;
  /** Time runs right to left: fingers are tracked in mirrored px, so the content still follows them. */
  rtl?: () => boolean;
}

/** Movement (px) before a one-finger gesture counts as horizontal or vertical. */
const SLOP = 10;

interface Finger {
  x0: number;
  y0: number;
  x: number;
  y: number;
}

/**
 * Touch on the plot, through Pointer Events. The plot has `touch-action: pan-y`, so the browser itself scrolls the
 * page for a vertical swipe (and cancels our pointers when it starts to); one finger pans the timeline only once
 * its movement is clearly horizontal; two fingers pinch-zoom around themselves, keeping the times under them under
 * them. Only a gesture that is the timeline's cancels its touchmoves: a tap stays a click, a vertical swipe the page's. (d3-zoom's
 * touch handling is off: it cancelled every `touchmove`, so a vertical swipe over the plot could not scroll the
 * page.)
 */
export class TouchController implements ReactiveController {
  private target: HTMLElement | undefined;
  private readonly fingers = new Map<number, Finger>();
  /** `pending`: one finger down, direction not yet clear; `page`: vertical, left to the browser. */
  private mode: 'idle' | 'pending' | 'pan' | 'pinch' | 'page' = 'idle';
  private anchors: Anchor[] = [];
  private left = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: TouchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.reset();
  }

  /** Starts listening on `target` (the plot). */
  attach(target: HTMLElement): void {
    if (this.target === target) return;
    this.detach();
    this.target = target;
    target.addEventListener('pointerdown', this.onDown);
    target.addEventListener('pointermove', this.onMove);
    target.addEventListener('pointerup', this.onUp);
    target.addEventListener('pointercancel', this.onUp);
    target.addEventListener('touchmove', this.onTouchMove, { passive: false });
  }

  private detach(): void {
    const t = this.target;
    if (!t) return;
    t.removeEventListener('pointerdown', this.onDown);
    t.removeEventListener('pointermove', this.onMove);
    t.removeEventListener('pointerup', this.onUp);
    t.removeEventListener('pointercancel', this.onUp);
    t.removeEventListener('touchmove', this.onTouchMove);
    this.target = undefined;
  }

  private reset(): void {
    this.fingers.clear();
    this.mode = 'idle';
    this.anchors = [];
  }

  /** A finger's px in the plot, from the earlier end of time (the right edge, right to left). */
  private xOf(event: PointerEvent): number {
    const x = event.clientX - this.left;
    return this.options.rtl?.() ? this.options.width() - x : x;
  }

  /** The time at `x` px in the plot, in the window shown now. */
  private timeAt(x: number): number {
    const [a, b] = this.options.zoom.window();
    return a + (x / Math.max(1, this.options.width())) * (b - a);
  }

  /** Pins the times under the fingers now, for a pinch (two) or a pan (one). */
  private pin(): void {
    const fingers = [...this.fingers.values()].slice(0, 2);
    this.anchors = fingers.map((f) => [this.timeAt(f.x), f.x] as const);
  }

  private onDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || !this.target) return;
    if (!this.fingers.size) this.left = this.target.getBoundingClientRect().left;
    const x = this.xOf(event);
    this.fingers.set(event.pointerId, { x0: x, y0: event.clientY, x, y: event.clientY });
    if (this.fingers.size === 1) {
      this.mode = 'pending';
    } else if (this.fingers.size === 2 && this.mode !== 'page') {
      this.mode = 'pinch';
      this.options.zoom.stopAnimation();
      this.pin();
    }
  };

  private onMove = (event: PointerEvent): void => {
    const finger = this.fingers.get(event.pointerId);
    if (!finger) return;
    finger.x = this.xOf(event);
    finger.y = event.clientY;
    if (this.mode === 'pending') {
      const dx = Math.abs(finger.x - finger.x0);
      const dy = Math.abs(finger.y - finger.y0);
      if (dx >= SLOP && dx > 1.5 * dy) {
        // Clearly horizontal: a pan, holding the time first touched under the finger.
        this.mode = 'pan';
        this.options.zoom.stopAnimation();
        this.anchors = [[this.timeAt(finger.x0), finger.x0]];
      } else if (dy >= SLOP) {
        this.mode = 'page';
      }
    }
    if (this.mode === 'pan') {
      this.options.zoom.showAnchored([[this.anchors[0]![0], finger.x]]);
    } else if (this.mode === 'pinch') {
      const fingers = [...this.fingers.values()].slice(0, 2);
      this.options.zoom.showAnchored(fingers.map((f, i) => [this.anchors[i]![0], f.x] as const));
    }
  };

  /**
   * Once a gesture is the timeline's (a horizontal pan, a pinch), the page must not scroll with what vertical
   * movement it has: its touchmoves are cancelled (touch-action: pan-y would let the browser scroll by them).
   * Vertical gestures, and moves still too small to tell, are never cancelled.
   */
  private onTouchMove = (event: TouchEvent): void => {
    if ((this.mode === 'pan' || this.mode === 'pinch') && event.cancelable) event.preventDefault();
  };

  private onUp = (event: PointerEvent): void => {
    if (!this.fingers.delete(event.pointerId)) return;
    if (!this.fingers.size) {
      this.reset();
    } else if (this.mode === 'pinch' && this.fingers.size === 1) {
      // One finger lifted: the other pans on from where it is.
      this.mode = 'pan';
      this.pin();
    }
  };
}
