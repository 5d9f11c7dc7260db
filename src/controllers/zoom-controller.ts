import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { interpolateZoom } from 'd3-interpolate';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const HOUR = 3_600_000;

/**
 * The narrowest window the view may show around `[a, b]`: an hour, or in deep time a window still many times wider
 * than a double's resolution there (2^-40 of the magnitude: days 13.8 billion years ago, centuries at 10^15 years),
 * so that zooming never collapses the window to one number.
 */
export function minimumSpan(a: number, b: number): number {
  return Math.max(HOUR, Math.max(Math.abs(a), Math.abs(b)) * 2 ** -40);
}

export interface ZoomOptions {
  /** Called with the new window whenever it changes; `user` is true for gestures, buttons and keys. */
  onChange: (domain: [number, number], user: boolean) => void;
  /** Whether a wheel without ctrl/⌘ zooms. When not, it is left to the page and `onBlockedWheel` is called. */
  plainWheel: () => boolean;
  onBlockedWheel: () => void;
}

/**
 * The window of `width` px that puts each anchor's time at its x: one anchor keeps the span and pans; two set the
 * scale from the distance between them (a pinch). Fingers closer than 8 px, or crossed, count as one, midway.
 */
export function windowFromAnchors(anchors: readonly (readonly [number, number])[], width: number, span: number): [number, number] {
  const [a, b] = anchors;
  if (a && b && b[1] - a[1] !== 0 && Math.abs(b[1] - a[1]) >= 8 && (b[0] - a[0]) / (b[1] - a[1]) > 0) {
    const msPerPx = (b[0] - a[0]) / (b[1] - a[1]);
    const start = a[0] - a[1] * msPerPx;
    return [start, start + width * msPerPx];
  }
  const [t, x] = b && a ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] : a ?? [0, 0];
  const start = t - (x / width) * span;
  return [start, start + span];
}

/** The window `[start, end]` that a transform shows of the base scale. */
export function windowOf(transform: ZoomTransform, base: ScaleLinear<number, number>): [number, number] {
  const [a, b] = transform.rescaleX(base).domain() as [number, number];
  return [a, b];
}

/** The transform that shows `[start, end]` of the base scale. */
export function transformFor(base: ScaleLinear<number, number>, start: number, end: number): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const k = (r1 - r0) / (base(end) - base(start));
  return zoomIdentity.translate(r0 - k * base(start), 0).scale(k);
}

/**
 * Wires d3-zoom to the time axis only: drag pans, pinch and ctrl/⌘ + wheel zoom around the pointer,
 * double-click zooms in. The zoom transform is the single source of truth for the visible window; the base scale
 * maps the padded data extent onto the plot width.
 */
export class ZoomController implements ReactiveController {
  readonly base = scaleLinear();
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private selection?: Selection<Element, unknown, null, undefined>;
  private transform: ZoomTransform = zoomIdentity;
  private userAction = 0;
  /** Where a running animation is heading, so that a second click zooms on from there. */
  private target: ZoomTransform | undefined;
  private width = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = d3zoom<Element, unknown>()
      // Touch is ours (TouchController, with touch-action: pan-y): d3-zoom cancels every touchmove, which kept a
      // vertical swipe over the plot from scrolling the page.
      .touchable(() => false)
      .filter((event: Event & { ctrlKey?: boolean; metaKey?: boolean; button?: number }) => {
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
        this.transform = event.transform;
        this.options.onChange(this.domain(), !!event.sourceEvent || this.userAction > 0);
      });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stopAnimation();
  }

  /** The animation on its way: its next frame, and what ends it (settles its promise). */
  private animation: { frame: number; end: () => void } | undefined;

  /** Ends a running animation where it is (a touch gesture takes over). */
  stopAnimation(): void {
    const animation = this.animation;
    if (!animation) return;
    this.animation = undefined;
    cancelAnimationFrame(animation.frame);
    animation.end();
  }

  /** Sets the transform as a user action or not (`onChange` reports which). */
  private set(selection: Selection<Element, unknown, null, undefined>, transform: ZoomTransform, user: boolean): void {
    this.userAction += user ? 1 : 0;
    this.behavior.transform(selection, transform);
    this.userAction -= user ? 1 : 0;
  }

  /** Starts listening on `target` (the plot). */
  attach(target: Element): void {
    if (this.selection?.node() === target) return;
    this.selection?.on('.zoom', null);
    this.selection = select(target);
    this.selection.call(this.behavior).on('dblclick.zoom', null);
    this.selection.on('dblclick.tl', (event: MouseEvent) => {
      const rect = target.getBoundingClientRect();
      const at = this.transform.rescaleX(this.base).invert(event.clientX - rect.left);
      void this.zoomBy(2, at, true, true);
    });
  }

  /** Current visible window. */
  domain(): [number, number] {
    return windowOf(this.transform, this.base);
  }

  /**
   * Sets the data extent and plot width. The view may zoom from about an hour to three times the data span, and
   * pan one span beyond either end. Keeps the visible window where it is, unless `reset`.
   */
  configure(extent: [number, number], width: number, reset: boolean): void {
    if (!(width > 0)) return;
    const current = this.width > 0 && !reset ? this.domain() : undefined;
    const keep = current && Number.isFinite(current[0]) && Number.isFinite(current[1]) ? current : undefined;
    let [a, b] = extent;
    const narrowest = minimumSpan(a, b);
    if (b - a < narrowest) {
      const mid = (a + b) / 2;
      [a, b] = [mid - 12 * narrowest, mid + 12 * narrowest];
    }
    this.minSpan = narrowest;
    const span = b - a;
    this.width = width;
    this.base.domain([a - span * 0.04, b + span * 0.04]).range([0, width]);
    const baseSpan = span * 1.08;
    this.translateExtent = [
      [this.base(a - span), 0],
      [this.base(b + span), 1],
    ];
    this.behavior
      .extent([
        [0, 0],
        [width, 1],
      ])
      .scaleExtent([baseSpan / (span * 3), Math.max(1, baseSpan / narrowest)])
      .translateExtent(this.translateExtent);
    const target = keep ? transformFor(this.base, keep[0], keep[1]) : zoomIdentity;
    this.apply(target, false, false);
  }

  /** The narrowest window the view may show (see `minimumSpan`). */
  minSpan = HOUR;

  private translateExtent: [[number, number], [number, number]] = [
    [-Infinity, 0],
    [Infinity, 1],
  ];

  /**
   * The limits gestures keep to (d3-zoom applies them to wheel, drag and pinch), applied to every other zoom too —
   * buttons, keys, `zoomTo`, `fit`: the scale within the zoom's scale extent (around the middle of the window),
   * then d3-zoom's own constraint for the pan.
   */
  private limit(transform: ZoomTransform): ZoomTransform {
    // A transform no window can come from (NaN, infinite) leaves the view where it is.
    if (!Number.isFinite(transform.k) || !Number.isFinite(transform.x) || transform.k <= 0) return this.transform;
    if (this.width <= 0) return transform;
    const [min, max] = this.behavior.scaleExtent();
    const k = Math.max(min, Math.min(max, transform.k));
    const mid = this.width / 2;
    const scaled = k === transform.k ? transform : zoomIdentity.translate(mid - transform.invertX(mid) * k, 0).scale(k);
    return this.behavior.constrain()(scaled, [[0, 0], [this.width, 1]], this.translateExtent);
  }

  private apply(requested: ZoomTransform, animate: boolean, user: boolean): Promise<void> {
    const transform = this.limit(requested);
    const selection = this.selection;
    if (!selection) {
      this.transform = transform;
      this.options.onChange(this.domain(), user);
      return Promise.resolve();
    }
    this.stopAnimation();
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!animate || reduce) {
      this.target = undefined;
      this.set(selection, transform, user);
      return Promise.resolve();
    }
    // One frame at a time, along d3-interpolate's smooth zoom path (van Wijk and Nuij) from view to view, around
    // the middle of the plot, eased in and out over 300 ms. It resolves at the end, and also when a gesture or
    // another zoom takes over. (Not a d3 transition: the script-tag bundle leaves d3-transition out.)
    this.target = transform;
    const from = this.transform;
    const w = Math.max(this.width, 1);
    const mid: [number, number] = [w / 2, 0.5];
    const path = interpolateZoom([...from.invert(mid), w / from.k], [...transform.invert(mid), w / transform.k]);
    const duration = 300;
    return new Promise<void>((resolve) => {
      const start = performance.now();
      const end = () => {
        if (this.target === transform) this.target = undefined;
        resolve();
      };
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        let next = transform;
        if (t < 1) {
          const [x, , span] = path(e);
          const k = w / span;
          next = zoomIdentity.translate(mid[0] - x * k, 0).scale(k);
        }
        if (t < 1) this.animation = { frame: requestAnimationFrame(step), end };
        else this.animation = undefined;
        this.set(selection, next, user);
        if (t >= 1) end();
      };
      this.animation = { frame: requestAnimationFrame(step), end };
    });
  }

  /** Shows `[start, end]`, within the zoom limits (about an hour to three times the data's span). */
  zoomTo(start: number, end: number, animate: boolean, user = false): Promise<void> {
    if (!(end > start) || this.width <= 0) return Promise.resolve();
    return this.apply(transformFor(this.base, start, end), animate, user);
  }

  /** Zooms by `factor` around the time `at` (default: the middle of the view). */
  zoomBy(factor: number, at: number | undefined, animate: boolean, user = false): Promise<void> {
    const [a, b] = this.target ? windowOf(this.target, this.base) : this.domain();
    const pivot = at ?? (a + b) / 2;
    return this.zoomTo(pivot - (pivot - a) / factor, pivot + (b - pivot) / factor, animate, user);
  }

  /**
   * A touch gesture: shows the window that keeps the anchored times (`[time, x px]`) under the fingers, within the
   * zoom limits, as a user change.
   */
  showAnchored(anchors: readonly (readonly [number, number])[]): void {
    if (!this.selection || this.width <= 0) return;
    const [a, b] = this.domain();
    const [start, end] = windowFromAnchors(anchors, this.width, b - a);
    if (!(end > start)) return;
    this.set(this.selection, this.limit(transformFor(this.base, start, end)), true);
  }

  /** Shows all data. */
  fit(animate: boolean, user = false): Promise<void> {
    return this.apply(zoomIdentity, animate, user);
  }
}
