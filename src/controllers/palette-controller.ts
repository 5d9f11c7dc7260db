import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BLACK, contrastRatio, css, over, readableOn, WHITE, type Rgba } from '../model/color.js';

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

/**
 * The colours in force on `el` (its computed custom properties). In forced-colors mode (Windows High Contrast and
 * the like), where the browser recolours the DOM to the user's system colours, the drawing uses those too: shapes
 * in the text colour on the background, exact parts a little darker, focus in the highlight colour — precision
 * stays readable because it is drawn with outlines and dash patterns, not with hue.
 */
export function readPalette(el: Element): Palette {
  const style = getComputedStyle(el);
  const text = { font: style.fontFamily || 'sans-serif', letterSpacing: spacing(style.letterSpacing), wordSpacing: spacing(style.wordSpacing) };
  if (typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches) {
    const line = 'CanvasText';
    const lane: LaneColors = { line, zone: 'Canvas', core: mix(line, 0.3, 'Canvas'), cluster: line, count: 'Canvas', density: line, backing: true };
    return { bg: 'Canvas', fg: line, ink: line, grid: 'GrayText', major: 'GrayText', focus: 'Highlight', ...text, lanes: Array(LANE_COLORS).fill(lane) };
  }
  const v = (name: string) => style.getPropertyValue(name).trim();
  const bg = v('--_bg') || '#fff';
  const fg = v('--_fg') || '#000';
  const muted = v('--_muted') || '#666';
  const band = v('--_band') || bg;
  const page = over(toRgba(bg), WHITE);
  const fgRgba = over(toRgba(fg), page);
  const lanes: LaneColors[] = [];
  for (let i = 0; i < LANE_COLORS; i++) {
    const c = v(`--_c${i}`) || '#2563eb';
    // What is under a lane's drawing: every other lane is banded (see lanesTemplate), 8 colours keep the parity.
    const under = i % 2 ? over(toRgba(band), page) : page;
    const core = mix(c, 0.42, bg);
    const zone = mix(c, 0.2, 'transparent');
    const pill = over(toRgba(c), page);
    const worst = Math.min(...[zone, core].map((fill) => contrastRatio(fgRgba, over(toRgba(fill), under))), contrastRatio(fgRgba, under));
    lanes.push({
      line: c,
      zone,
      core,
      cluster: css(pill),
      count: css(readableOn(pill, [page, fgRgba])),
      density: mix(c, 0.7, bg),
      backing: worst < 4.5,
    });
  }
  return {
    bg,
    fg,
    ink: css(readableOn(page, [fgRgba, BLACK, WHITE])),
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
    this.textWidth = width;
    if (changed) this.onChange();
  });

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
    this.version++;
  }

  /** The probe's `transitionrun`, and the media queries' `change`. */
  readonly onChange = (): void => {
    this.invalidate();
    this.host.requestUpdate();
  };

  palette(): Palette {
    return (this.cached ??= readPalette(this.probe() ?? this.host));
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
