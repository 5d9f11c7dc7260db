/**
 * How `<tl-timeline>` follows its model: a change renders; a moving window renders once per animation frame, and a
 * reader's move is told to the page once per frame (`tl-range-change`) and said once it rests.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelChange } from '../../state/timeline-model.js';

export interface FramesOptions {
  /** True while the host derives an update: what the model says then belongs to that update. */
  quiet: () => boolean;
  /** A reader moved the window: once per frame. */
  rangeChanged: () => void;
  /** A reader moved the window (not the view following the keyboard focus): announce it when it rests. */
  moved: () => void;
}

export class Frames implements ReactiveController {
  private frame = 0;
  private rangeFrame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private readonly o: FramesOptions,
  ) {
    host.addController(this);
  }

  readonly onChange = (change: ModelChange): void => {
    if (this.o.quiet() || !this.host.hasUpdated) return;
    if (!change.window) return this.host.requestUpdate();
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.host.requestUpdate();
    });
    if (!change.user) return;
    this.rangeFrame ||= requestAnimationFrame(() => {
      this.rangeFrame = 0;
      this.o.rangeChanged();
    });
    this.o.moved();
  };

  /** A move has ended: its render is asked for now, not at the next frame. */
  now(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.rangeFrame);
    this.frame = this.rangeFrame = 0;
  }
}
