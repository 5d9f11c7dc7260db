import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The polite live region's text: one message when something happens that the focus does not say — a zoom or pan
 * once it rests, a card opened by a pointer. Arrow moves are not repeated here (the focused option is read).
 */
export class Announcer implements ReactiveController {
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  say(text: string): void {
    clearTimeout(this.timer);
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  /** Says what `message` returns once nothing has called this again for `ms` (a wheel or a drag sends many steps). */
  sayWhenQuiet(ms: number, message: () => string | undefined): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const text = message();
      if (text) this.say(text);
    }, ms);
  }
}

/** The "Ctrl + scroll to zoom" hint: shown for a moment when a plain wheel is left to the page. */
export class WheelHint implements ReactiveController {
  visible = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.visible = false;
  }

  readonly show = (): void => {
    if (!this.visible) {
      this.visible = true;
      this.host.requestUpdate();
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.visible = false;
      this.host.requestUpdate();
    }, 1500);
  };
}
