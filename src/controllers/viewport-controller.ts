import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ViewportHost extends ReactiveControllerHost, HTMLElement {}

/** Without a height, the element grows up to this share of the window's height before events share rows. */
export const AUTO_SHARE = 0.6;
/** Lanes get at least this many px, however small the window. */
export const MIN_ROOM = 120;

/** Whether `height` is set on the element (not `auto`): Typed OM tells; without it, an inline height does. */
function heightIsSet(el: HTMLElement): boolean {
  try {
    const value = el.computedStyleMap?.().get('height');
    if (value) return String(value) !== 'auto';
  } catch {
    // No Typed OM.
  }
  return !!el.style.height;
}

const px = (value: string): number => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : NaN;
};

/**
 * The element's size on screen, with one owner: the plot's width, the plot's height and scroll position (when a
 * height on the host makes the lanes scroll), and the device-pixel ratio the canvas is drawn at. Measured only in
 * observer and event callbacks — never while an update runs — and applied once per animation frame.
 */
export class ViewportController implements ReactiveController {
  /** Width of the element's content box (the plot's width), whole px. */
  width = 0;
  /** Visible height of the plot, and how far its lanes are scrolled. */
  plotHeight = 0;
  scrollTop = 0;
  /** Height of the lanes as last rendered: more than `plotHeight` when they scroll. */
  contentHeight = 0;
  /**
   * Px the lanes may fill before events share rows: the plot's height when the element has a height; else up to
   * 60 % of the window's height (or the element's `min-height`, or its `max-height`), less what is above the plot.
   */
  lanesRoom = typeof innerHeight === 'number' ? Math.max(MIN_ROOM, innerHeight * AUTO_SHARE - 80) : Infinity;
  /** Device px per CSS px of the canvas (browser zoom and the screen's density). */
  dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio || 1 : 1;

  // Browser zoom changes the element's CSS width and the ratio together: the ratio is read again with every size.
  private readonly hostObserver = new ResizeObserver((entries) => {
    const width = Math.floor(entries[0]?.contentRect.width ?? 0);
    this.later(() => this.setWidth(width));
    this.later(() => this.setDpr(devicePixelRatio || 1));
    this.later(() => this.measureRoom());
  });
  private readonly plotObserver = new ResizeObserver(() => this.later(() => this.measurePlot()));
  private resolution: MediaQueryList | undefined;
  private plot: HTMLElement | undefined;
  private content: Element | undefined;
  private frame = 0;
  private pending: (() => boolean)[] = [];

  constructor(
    private readonly host: ViewportHost,
    private readonly onShown: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Read once now, so the first update draws the events instead of an empty plot that a second one fills.
    if (!this.width) this.width = Math.floor(this.host.clientWidth);
    this.hostObserver.observe(this.host);
    this.watchResolution();
    addEventListener('resize', this.onWindowResize);
  }

  hostDisconnected(): void {
    this.hostObserver.disconnect();
    this.plotObserver.disconnect();
    this.resolution?.removeEventListener('change', this.onResolution);
    removeEventListener('resize', this.onWindowResize);
    this.plot?.removeEventListener('scroll', this.onScroll);
    this.plot = this.content = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
  }

  /** Watches the plot and its content (the lane bands), once they are rendered (or rendered anew). */
  observe(plot: HTMLElement | null, content: Element | null): void {
    if (plot && plot !== this.plot) {
      this.plot?.removeEventListener('scroll', this.onScroll);
      if (this.plot) this.plotObserver.unobserve(this.plot);
      this.plot = plot;
      this.plotObserver.observe(plot);
      plot.addEventListener('scroll', this.onScroll, { passive: true });
    }
    if (content !== (this.content ?? null)) {
      if (this.content) this.plotObserver.unobserve(this.content);
      this.content = content ?? undefined;
      if (content) this.plotObserver.observe(content);
    }
  }

  /** The lanes' vertical px range worth building (one screen above and below the view), when they scroll. */
  yRange(): [number, number] {
    const h = this.plotHeight;
    if (!(h > 0) || this.contentHeight <= h + 1) return [-Infinity, Infinity];
    return [this.scrollTop - h, this.scrollTop + 2 * h];
  }

  /** The part of the lanes the canvas covers: all of them, or the scrolled view when they scroll. */
  canvasWindow(lanesHeight: number): { top: number; height: number } {
    const h = this.plotHeight;
    if (h > 0 && this.contentHeight > h + 1) return { top: this.scrollTop, height: Math.min(h, lanesHeight) };
    return { top: 0, height: lanesHeight };
  }

  /** Scrolls the lanes (when they scroll) so that `y` … `y + height` is in view; true when it scrolled. */
  scrollTo(y: number, height: number): boolean {
    const plot = this.plot;
    const h = this.plotHeight;
    if (!plot || !(h > 0) || this.contentHeight <= h + 1) return false;
    if (y >= this.scrollTop && y + height <= this.scrollTop + h) return false;
    plot.scrollTop = y;
    this.scrollTop = plot.scrollTop;
    this.host.requestUpdate();
    return true;
  }

  private onScroll = (): void => this.later(() => this.measurePlot());

  private onWindowResize = (): void => this.later(() => this.measureRoom());

  private onResolution = (): void => {
    this.later(() => this.setDpr(devicePixelRatio || 1));
    this.watchResolution();
  };

  /** A media query for the current ratio; when it stops matching, the ratio changed (browser zoom, another screen). */
  private watchResolution(): void {
    if (typeof matchMedia !== 'function') return;
    this.resolution?.removeEventListener('change', this.onResolution);
    this.resolution = matchMedia(`(resolution: ${devicePixelRatio || 1}dppx)`);
    this.resolution.addEventListener('change', this.onResolution);
  }

  /** Applies a measurement in the next frame (one update per frame for any number of them). */
  private later(apply: () => boolean): void {
    this.pending.push(apply);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const changes = this.pending.map((f) => f());
      this.pending = [];
      if (changes.some(Boolean)) this.host.requestUpdate();
    });
  }

  private setWidth(width: number): boolean {
    if (width === this.width) return false;
    // Shown again after `display: none`: styles may have changed meanwhile, without transitions.
    if (!this.width && width) this.onShown();
    this.width = width;
    return true;
  }

  private setDpr(dpr: number): boolean {
    const rounded = Math.round(dpr * 1000) / 1000;
    if (!(rounded > 0) || rounded === this.dpr) return false;
    this.dpr = rounded;
    return true;
  }

  private measurePlot(): boolean {
    const plot = this.plot;
    if (!plot) return false;
    const room = this.measureRoom();
    const next = [plot.clientHeight, plot.scrollTop, plot.scrollHeight] as const;
    if (next[0] === this.plotHeight && next[1] === this.scrollTop && next[2] === this.contentHeight) return room;
    [this.plotHeight, this.scrollTop, this.contentHeight] = next;
    return true;
  }

  /** The lanes' room (see `lanesRoom`), in whole px. */
  private measureRoom(): boolean {
    const plot = this.plot;
    if (!plot) return false;
    let room: number;
    // With a height, the plot gets what the header, the axis and an open card leave; the card's share is counted
    // back in, so opening it does not re-stack the lanes.
    if (heightIsSet(this.host)) room = plot.clientHeight + (this.host.shadowRoot?.querySelector<HTMLElement>('[part="detail"]')?.offsetHeight ?? 0);
    else {
      const style = getComputedStyle(this.host);
      const above = plot.getBoundingClientRect().top - this.host.getBoundingClientRect().top;
      const max = px(style.maxHeight);
      room = Math.max(innerHeight * AUTO_SHARE, px(style.minHeight) || 0);
      if (max >= 0) room = Math.min(room, max);
      room = Math.max(MIN_ROOM, room - above);
    }
    room = Math.floor(room);
    if (room === this.lanesRoom) return false;
    this.lanesRoom = room;
    return true;
  }
}
