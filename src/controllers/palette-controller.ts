import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BLACK, categoryIdent, contrastRatio, css, over, readableOn, WHITE, type Rgba } from '../model/color.js';

export interface Palette {
  bg: string;
  fg: string;
  /** Labels on their backing (the background): the text colour, or black or white where it would not read. */
  ink: string;
  grid: string;
  major: string;
  focus: string;
  font: string;
  /** The text spacing in force (`letter-spacing`, `word-spacing`, computed): a reader's own may be larger (WCAG 1.4.12). */
  letterSpacing: string;
  wordSpacing: string;
  lanes: LaneColors[];
}

export interface LaneColors {
  line: string;
  /** A period's whole extent (20 % tint). */
  zone: string;
  /** The exactly known part: light enough for dark text. */
  core: string;
  /** A cluster's pill, and its count: chosen to read at 4.5:1 or better on it. */
  cluster: string;
  count: string;
  density: string;
  /** Whether a label inside a bar needs a backing: the text colour reads at less than 4.5:1 on the bar's tints. */
  backing: boolean;
}

const LANE_COLORS = 8;
const CATEGORY_COLORS = 8;
const rgbaCache = new Map<string, Rgba>();
let scratch: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as sRGB bytes, through a 1×1 canvas (so named, hsl(), oklch() … all work). */
function toRgba(color: string): Rgba {
  let rgba = rgbaCache.get(color);
  if (rgba) return rgba;
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!scratch) return [0, 0, 0, 1];
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = '#000';
  scratch.fillStyle = color || 'transparent';
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data as unknown as number[];
  rgba = a ? [Math.round((r! * 255) / a), Math.round((g! * 255) / a), Math.round((b! * 255) / a), a / 255] : [0, 0, 0, 0];
  if (rgbaCache.size > 256) rgbaCache.clear();
  rgbaCache.set(color, rgba);
  return rgba;
}

/** `color-mix(in srgb, a p, b)`, premultiplied as CSS does it. */
export function mix(a: string, p: number, b: string): string {
  const x = toRgba(a);
  const y = toRgba(b);
  const alpha = x[3] * p + y[3] * (1 - p);
  if (alpha <= 0) return 'rgba(0,0,0,0)';
  const channel = (i: number) => Math.round((x[i]! * x[3] * p + y[i]! * y[3] * (1 - p)) / alpha);
  return `rgba(${channel(0)},${channel(1)},${channel(2)},${Math.round(alpha * 1000) / 1000})`;
}

/** What a drawing's colours are chosen against: the background (as CSS, and over white) and the text colour on it. */
interface Ground {
  bg: string;
  page: Rgba;
  fg: Rgba;
  /** A banded lane's background, over the page (see lanesTemplate). */
  band: Rgba;
}

function groundOf(v: (name: string) => string): Ground {
  const bg = v('--_bg') || '#fff';
  const page = over(toRgba(bg), WHITE);
  return { bg, page, fg: over(toRgba(v('--_fg') || '#000'), page), band: over(toRgba(v('--_band') || bg), page) };
}

/**
 * Everything drawn in one colour (a lane's, a category's, a group's) derived from its line colour. `under` is each
 * background its marks may lie on: whether a label inside a bar needs a backing is decided on the worst of them.
 */
function colorsOf(line: string, ground: Ground, under: readonly Rgba[]): LaneColors {
  const { bg, page, fg } = ground;
  const core = mix(line, 0.42, bg);
  const zone = mix(line, 0.2, 'transparent');
  const pill = over(toRgba(line), page);
  const ratios = under.flatMap((u) => [contrastRatio(fg, u), ...[zone, core].map((fill) => contrastRatio(fg, over(toRgba(fill), u)))]);
  return {
    line,
    zone,
    core,
    cluster: css(pill),
    count: css(readableOn(pill, [page, fg])),
    density: mix(line, 0.7, bg),
    backing: Math.min(...ratios) < 4.5,
  };
}

const forcedColors = () => typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;

/**
 * A colour the canvas can draw: CSS colour syntax without references (`var()` and the like are resolved in computed
 * styles, never by a canvas).
 */
const drawable = (color: string) => !!color && CSS.supports('color', color) && !/\b(?:var|env|attr)\(/i.test(color);

/**
 * The colours in force on `el` (its computed custom properties). In forced-colors mode (Windows High Contrast and
 * the like), where the browser recolours the DOM to the user's system colours, the drawing uses those too: shapes
 * in the text colour on the background, exact parts a little darker, focus in the highlight colour — precision
 * stays readable because it is drawn with outlines and dash patterns, not with hue.
 */
export function readPalette(el: Element, textEl: Element = el): Palette {
  const style = getComputedStyle(el);
  // The text style from `textEl` (the plot, the probe's parent): the probe's own font and spacing transition (1 ms,
  // to tell of a change), and read in the frame the transition starts — or while a background page's timeline
  // stands still — they are the old values. The colours come from custom properties, which do not transition.
  const plot = textEl === el ? style : getComputedStyle(textEl);
  const text = { font: plot.fontFamily || 'sans-serif', letterSpacing: spacing(plot.letterSpacing), wordSpacing: spacing(plot.wordSpacing) };
  if (forcedColors()) {
    const line = 'CanvasText';
    const lane: LaneColors = { line, zone: 'Canvas', core: mix(line, 0.3, 'Canvas'), cluster: line, count: 'Canvas', density: line, backing: true };
    return { bg: 'Canvas', fg: line, ink: line, grid: 'GrayText', major: 'GrayText', focus: 'Highlight', ...text, lanes: Array(LANE_COLORS).fill(lane) };
  }
  const v = (name: string) => style.getPropertyValue(name).trim();
  const ground = groundOf(v);
  const { bg, page, fg } = ground;
  const muted = v('--_muted') || '#666';
  // Every other lane is banded (see lanesTemplate); 8 colours keep the parity.
  const lanes = Array.from({ length: LANE_COLORS }, (_, i) => colorsOf(v(`--_c${i}`) || '#2563eb', ground, [i % 2 ? ground.band : page]));
  return {
    bg,
    fg: v('--_fg') || '#000',
    ink: css(readableOn(page, [fg, BLACK, WHITE])),
    grid: v('--_grid') || '#ddd',
    major: mix(muted, 0.35, 'transparent'),
    focus: v('--_focus') || '#c2410c',
    ...text,
    lanes,
  };
}

/** A computed `letter-spacing` / `word-spacing` as a canvas takes it (`normal` is none). */
function spacing(value: string): string {
  return value && value !== 'normal' ? value : '0px';
}


/** What label widths depend on besides the text: the font family and the text spacing in force. */
export interface TextStyle {
  font: string;
  letterSpacing: string;
  wordSpacing: string;
}

/** The element's own font family when `--tl-font` is not set (see timeline.styles.ts). */
const DEFAULT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** A text style as one comparable string. */
export const textKey = (s: TextStyle): string => `${s.font.replace(/'/g, '"')}|${s.letterSpacing}|${s.wordSpacing}`;

/**
 * The colours and the text style the drawing uses, with one owner. They are read from the computed custom
 * properties (a style pass costs a fifth of a zoom step), so they are kept until they change: a hidden probe in the
 * plot takes every colour the drawing uses, the font and the text spacing with a 1 ms transition, and its
 * `transitionrun` says when any of them changes — through `theme`, the system's colour scheme or forced colours, a
 * page's `--tl-*` variables or classes, or a reader's text spacing.
 */
export class PaletteController implements ReactiveController {
  /** Bumped whenever the colours or the text style may have changed. */
  version = 0;
  private cached: Palette | undefined;
  /** Colours by category (per list of names) and for explicit colours, dropped with the palette. */
  private readonly byNames = new Map<string, LaneColors[]>();
  private readonly byColor = new Map<string, LaneColors>();
  private guessed: TextStyle = { font: DEFAULT_FAMILY, letterSpacing: '0px', wordSpacing: '0px' };
  private queries: MediaQueryList[] = [];
  private checked = false;
  // The text style also has a probe of its own, a few letters whose width follows the font and the text spacing:
  // a ResizeObserver says when that changes, whether or not transitions run (a page in the background).
  private textProbe: Element | undefined;
  private textWidth = -1;
  private readonly textObserver = new ResizeObserver((entries) => {
    const width = entries[0]?.contentRect.width ?? 0;
    const changed = this.textWidth >= 0 && width !== this.textWidth;
    const first = this.textWidth < 0;
    this.textWidth = width;
    // The first notice only sets the width to compare with; a spacing that came in before it (a reader's style
    // applied as the element loads) is caught by comparing what the drawing uses with what the probe has.
    // In the next frame, not while the observer reports sizes (a redraw then changes sizes it observes: a loop error).
    if (changed || (first && this.staleText())) requestAnimationFrame(this.onChange);
  });

  /** Whether the text spacing the drawing uses is not the plot's any more. */
  private staleText(): boolean {
    const probe = this.probe();
    if (!this.cached || !probe) return false;
    const style = getComputedStyle(probe.parentElement ?? probe);
    return spacing(style.letterSpacing) !== this.cached.letterSpacing || spacing(style.wordSpacing) !== this.cached.wordSpacing;
  }

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The probe element, once rendered. */
    private readonly probe: () => Element | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.invalidate();
    // Before the first render there is no probe: the family `--tl-font` names (the plot's font), read now.
    this.guessed = { ...this.guessed, font: familyOf(getComputedStyle(this.host).getPropertyValue('--tl-font')) };
    if (typeof matchMedia === 'function' && !this.queries.length) {
      this.queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
    }
    for (const q of this.queries) q.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    for (const q of this.queries) q.removeEventListener('change', this.onChange);
    this.textObserver.disconnect();
    this.textProbe = undefined;
  }

  hostUpdated(): void {
    const text = this.probe()?.firstElementChild;
    if (text && text !== this.textProbe) {
      this.textProbe = text;
      this.textWidth = -1;
      this.textObserver.disconnect();
      this.textObserver.observe(text);
    }
    // The first render's labels were fitted in the guessed style; if the plot's differs (a reader's text spacing in
    // the shadow root, ::part(plot) rules), fit them again — in the next frame, not as part of this update.
    if (this.checked || !this.probe()) return;
    this.checked = true;
    const used = textKey(this.guessed);
    requestAnimationFrame(() => {
      if (textKey(this.textStyle()) !== used) this.onChange();
    });
  }

  /** The colours changed (or may have): read them again on the next draw. Requests no update. */
  invalidate(): void {
    this.cached = undefined;
    this.byNames.clear();
    this.byColor.clear();
    this.version++;
  }

  /** The probe's `transitionrun`, and the media queries' `change`. */
  readonly onChange = (): void => {
    this.invalidate();
    this.host.requestUpdate();
  };

  palette(): Palette {
    const probe = this.probe();
    return (this.cached ??= probe ? readPalette(probe, probe.parentElement ?? probe) : readPalette(this.host));
  }

  /**
   * The colours of events by category (or tag), one per name: the page's `--tl-category-<ident>` where it is set to a
   * colour (`<ident>` by `categoryIdent`: "Product launch" → `--tl-category-product-launch`), else the default
   * palette's `--_k<i % 8>` — so the order of `names` decides which default each gets. The same list gets the same
   * array until the colours change. In forced colours, every category is drawn as the lanes are.
   */
  categoryColors(names: readonly string[]): LaneColors[] {
    const key = `${names.length}:${names.join('\u0000')}`;
    let colors = this.byNames.get(key);
    if (colors) return colors;
    if (forcedColors()) colors = names.map(() => this.palette().lanes[0]!);
    else {
      const { v, ground } = this.read();
      const unders = [ground.page, ground.band];
      colors = names.map((name, i) => {
        const ident = categoryIdent(name);
        const own = ident ? v(`--tl-category-${ident}`) : '';
        const fallback = v(`--_k${i % CATEGORY_COLORS}`);
        return colorsOf(drawable(own) ? own : drawable(fallback) ? fallback : '#2563eb', ground, unders);
      });
    }
    if (this.byNames.size >= 16) this.byNames.clear();
    this.byNames.set(key, colors);
    return colors;
  }

  /**
   * The colours of an explicit CSS colour (a group's `color`), on either lane background — or on lane `lane`'s where
   * given. A value a canvas cannot draw (not a colour, or `var()`) gets that lane's colours (the first lane's by
   * default). In forced colours, the lanes'.
   */
  colorsFor(color: string, lane?: number): LaneColors {
    const key = `${lane ?? ''}|${color}`;
    let colors = this.byColor.get(key);
    if (colors) return colors;
    const lanes = this.palette().lanes;
    if (forcedColors() || !drawable(color.trim())) colors = lanes[(lane ?? 0) % LANE_COLORS]!;
    else {
      const { ground } = this.read();
      const unders = lane === undefined ? [ground.page, ground.band] : [lane % 2 ? ground.band : ground.page];
      colors = colorsOf(color.trim(), ground, unders);
    }
    if (this.byColor.size >= 64) this.byColor.clear();
    this.byColor.set(key, colors);
    return colors;
  }

  /** The computed custom properties where the drawing reads its colours, and its ground. */
  private read(): { v: (name: string) => string; ground: Ground } {
    const style = getComputedStyle(this.probe() ?? this.host);
    const v = (name: string) => style.getPropertyValue(name).trim();
    return { v, ground: groundOf(v) };
  }

  /** The text style labels are drawn in: the probe's (inside the plot), or before it exists the guessed one. */
  textStyle(): TextStyle {
    if (!this.probe()) return this.guessed;
    const { font, letterSpacing, wordSpacing } = this.palette();
    return { font, letterSpacing, wordSpacing };
  }
}

/** The font family of a `font` shorthand (through CSSOM, which a strict CSP allows), or the element's default. */
function familyOf(shorthand: string): string {
  if (!shorthand.trim()) return DEFAULT_FAMILY;
  const probe = document.createElement('span');
  probe.style.font = shorthand;
  return probe.style.fontFamily || DEFAULT_FAMILY;
}
