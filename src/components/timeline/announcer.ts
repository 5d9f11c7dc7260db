import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A zoom is announced once it has rested this long (a wheel or a drag sends many steps). */
export const ANNOUNCE_MS = 500;

/** A controller with one timer, cleared when the host leaves the page. */
abstract class Timed implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  protected cancel(): void {
    clearTimeout(this.timer);
  }

  /** Runs `run` after `ms`, instead of what was waiting. */
  protected after(ms: number, run: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(run, ms);
  }
}

/**
 * The polite live region's text: one message when something happens that the focus does not say — a zoom or pan
 * once it rests, a card opened by a pointer. Arrow moves are not repeated here (the focused option is read).
 */
export class Announcer extends Timed {
  text = '';

  say(text: string): void {
    this.cancel();
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `message` returns once nothing has called this again for `ms` (a wheel or a drag sends many steps). */
  sayWhenQuiet(ms: number, message: () => string | undefined): void {
    this.after(ms, () => {
      const text = message();
      if (text) this.say(text);
    });
  }
}

/** The "Ctrl + scroll to zoom" hint: shown for a moment when a plain wheel is left to the page. */
export class WheelHint extends Timed {
  visible = false;

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.visible = false;
  }

  readonly show = (): void => {
    if (!this.visible) {
      this.visible = true;
      this.host.requestUpdate();
    }
    this.after(1500, () => {
      this.visible = false;
      this.host.requestUpdate();
    });
  };
}
