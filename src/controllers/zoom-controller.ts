import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { interpolateZoom } from 'd3-interpolate';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimelineModel } from '../state/timeline-model.js';
import { windowFromAnchors, zoomAround, type Window } from '../layout/zoom-math.js';

export { HOUR, minimumSpan, windowFromAnchors } from '../layout/zoom-math.js';

export interface ZoomOptions {
  /** The timeline's state: the window lives there; this controller changes it. */
  model: TimelineModel;
  /** Whether a wheel without ctrl/⌘ zooms. When not, it is left to the page and `onBlockedWheel` is called. */
  plainWheel: () => boolean;
  onBlockedWheel: () => void;
}

/**
 * d3-zoom's transforms are px → px; the base maps time onto px: the model's `fit` window onto the plot's width.
 * (A plain linear map: all d3-scale's `scaleLinear` did here, without the colour and number-format modules it
 * brings into the bundle.)
 */
export interface Base {
  /** Time at the plot's left edge, and ms per px: negative when time runs right to left (`t0` is then the latest). */
  t0: number;
  msPerPx: number;
  width: number;
}

const px = (base: Base, t: number) => (t - base.t0) / base.msPerPx;

/** The window `[start, end]` that a transform shows. */
export function windowOf(transform: ZoomTransform, base: Base): [number, number] {
  const time = (x: number) => base.t0 + transform.invertX(x) * base.msPerPx;
  const [a, b] = [time(0), time(base.width)];
  return a <= b ? [a, b] : [b, a];
}

/** The transform that shows `[start, end]`. */
export function transformFor(base: Base, start: number, end: number): ZoomTransform {
  const [p0, p1] = [px(base, start), px(base, end)];
  const k = base.width / Math.abs(p1 - p0);
  return zoomIdentity.translate(-k * Math.min(p0, p1), 0).scale(k);
}

/**
 * How the window moves: d3-zoom's gestures on the time axis (drag pans; pinch on a trackpad and ctrl/⌘ + wheel zoom
 * around the pointer; double-click zooms in) and smooth zooms for buttons, keys and `zoomTo`. The window itself is
 * the model's: every move goes through `model.setWindow`, which holds it within the zoom limits; d3-zoom's own
 * transform is kept in step with it so the next gesture starts where the view is.
 */
export class ZoomController implements ReactiveController {
  /** The model's `fit` window mapped onto the plot's width: d3-zoom's transforms are relative to it. */
  private base: Base = { t0: 0, msPerPx: 1, width: 1 };
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;
  private width = 0;
  private rtl = false;
  private limits: unknown;
  /** Where a running animation is heading, so that a second click zooms on from there. */
  private target: Window | undefined;
  /** The animation on its way: its next frame, and what ends it (settles its promise). */
  private animation: { frame: number; end: () => void } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = d3zoom<Element, unknown>()
      // Touch is TouchController's (with touch-action: pan-y): d3-zoom cancels every touchmove, which kept a
      // vertical swipe over the plot from scrolling the page.
      .touchable(false)
      .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => {
        // d3-zoom reads its transform right after asking: it starts from where the view is now, whoever moved it.
        this.sync();
        if (event.type === 'wheel') {
          if (this.options.plainWheel() || event.ctrlKey || event.metaKey) return true;
          this.options.onBlockedWheel();
          return false;
        }
        // Ignore right-click and ctrl-click, which open context menus.
        return !event.ctrlKey && !event.button;
      })
      // One notch of a mouse wheel (100 px) zooms by 2^0.2 ≈ 15 %, with or without ctrl (d3's default is ×10 with ctrl).
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002))
      // A gesture (drag, wheel, pinch) takes over from an animation on its way.
      .on('start', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) this.stopAnimation();
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) this.options.model.setWindow(windowOf(event.transform, this.base), true);
      });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopAnimation();
  }

  /** Starts listening on `target` (the plot). */
  attach(target: Element): void {
    if (this.selection?.node() === target) return;
    this.selection?.on('.zoom', null);
    this.selection = select(target);
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    this.selection.on('dblclick.tl', (event: MouseEvent) => {
      const rect = target.getBoundingClientRect();
      const [a, b] = this.options.model.window;
      const x = (event.clientX - rect.left) / Math.max(1, this.width);
      void this.zoomBy(2, a + (this.rtl ? 1 - x : x) * (b - a), true, true);
    });
  }

  /**
   * The plot's width, the data's limits and which way time runs: d3-zoom's scale and bounds follow them
   * (configuration only, no DOM). Right to left, the base runs from the latest time at px 0, so a drag still moves
   * the content with the pointer and the wheel keeps the time under it. Hidden (width 0): nothing.
   */
  configure(width: number, rtl = false): void {
    const limits = this.options.model.limits;
    if (!(width > 0) || (width === this.width && limits === this.limits && rtl === this.rtl)) return;
    this.width = width;
    this.rtl = rtl;
    this.limits = limits;
    const { fit, minSpan, maxSpan, bounds } = limits;
    const msPerPx = (fit[1] - fit[0]) / width;
    this.base = rtl ? { t0: fit[1], msPerPx: -msPerPx, width } : { t0: fit[0], msPerPx, width };
    const [b0, b1] = [px(this.base, bounds[0]), px(this.base, bounds[1])];
    const fitSpan = fit[1] - fit[0];
    this.behavior
      .extent([
        [0, 0],
        [width, 1],
      ])
      .scaleExtent([fitSpan / maxSpan, Math.max(1, fitSpan / minSpan)])
      .translateExtent([
        [Math.min(b0, b1), 0],
        [Math.max(b0, b1), 1],
      ]);
  }

  /** d3-zoom's transform set to the window, without a zoom event. */
  private sync(): void {
    if (!this.selection || this.width <= 0) return;
    const [a, b] = this.options.model.window;
    this.selection.property('__zoom', transformFor(this.base, a, b));
  }

  /** The window shown now. */
  window(): Window {
    return this.options.model.window;
  }

  /** Ends a running animation where it is (a gesture takes over). */
  stopAnimation(): void {
    const animation = this.animation;
    if (!animation) return;
    this.animation = undefined;
    cancelAnimationFrame(animation.frame);
    animation.end();
  }

  /**
   * Moves to `w`: at once, or in frames along d3-interpolate's smooth zoom path (van Wijk and Nuij), eased in and
   * out over 300 ms. The promise settles at the end, and also when a gesture or another zoom takes over. (Not a d3
   * transition: the script-tag bundle leaves d3-transition out.)
   */
  private move(w: Window, animate: boolean, user: boolean): Promise<void> {
    const model = this.options.model;
    this.stopAnimation();
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!animate || reduce || this.width <= 0) {
      this.target = undefined;
      model.setWindow(w, user);
      return Promise.resolve();
    }
    const from = model.window;
    const span = (x: Window) => x[1] - x[0];
    const path = interpolateZoom([(from[0] + from[1]) / 2, 0.5, span(from)], [(w[0] + w[1]) / 2, 0.5, span(w)]);
    this.target = w;
    const duration = 300;
    return new Promise<void>((resolve) => {
      const start = performance.now();
      const end = () => {
        if (this.target === w) this.target = undefined;
        resolve();
      };
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        if (t < 1) this.animation = { frame: requestAnimationFrame(step), end };
        else this.animation = undefined;
        if (t < 1) {
          const [mid, , s] = path(e);
          model.setWindow([mid - s / 2, mid + s / 2], user);
        } else model.setWindow(w, user);
        if (t >= 1) end();
      };
      this.animation = { frame: requestAnimationFrame(step), end };
    });
  }

  /** Shows `[start, end]`, within the zoom limits (about an hour to three times the data's span). */
  zoomTo(start: number, end: number, animate: boolean, user = false): Promise<void> {
    if (!(end > start)) return Promise.resolve();
    return this.move([start, end], animate, user);
  }

  /** Zooms by `factor` around the time `at` (default: the middle of the view), from where an animation is heading. */
  zoomBy(factor: number, at: number | undefined, animate: boolean, user = false): Promise<void> {
    return this.move(zoomAround(this.target ?? this.options.model.window, factor, at), animate, user);
  }

  /** Shows all data. */
  fit(animate: boolean, user = false): Promise<void> {
    return this.move(this.options.model.limits.fit, animate, user);
  }

  /**
   * A touch gesture: shows the window that keeps the anchored times (`[time, x px]`) under the fingers, within the
   * zoom limits, as a user change.
   */
  showAnchored(anchors: readonly (readonly [number, number])[]): void {
    if (this.width <= 0) return;
    const [a, b] = this.options.model.window;
    this.options.model.setWindow(windowFromAnchors(anchors, this.width, b - a), true);
  }
}
