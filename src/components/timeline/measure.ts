/** Label widths, measured in the font and text spacing the canvas draws them in: the one home of measuring. */
import { isServer } from 'lit';
import { textKey, type TextStyle } from '../../controllers/palette-controller.js';

/**
 * A 12 px label's width without a canvas (on the server): by kinds of letters, a little over a sans-serif's, so
 * what the server lays out is not cut where the browser's font is a bit wider.
 */
export function estimateWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 4.2;
    else if (/[ilIj.,:;|!'’()[\]]/.test(ch)) w += 3.7;
    else if (/[frt-]/.test(ch)) w += 4.6;
    else if (/[mwMW@%]/.test(ch)) w += 11;
    else if (/[A-Z0-9ÄÖÜ]/.test(ch)) w += 8.4;
    else w += ch.codePointAt(0)! >= 0x2e80 ? 12.5 : 7.45;
  }
  return w;
}

/**
 * Widths by text style, shared by every timeline on the page (a second timeline measures none of the labels the
 * first did); dropped when a web font finishes loading, so that what is measured from then on is measured in it.
 */
const shared = new Map<string, Map<string, number>>();
let generation = 0;
if (!isServer) document.fonts?.addEventListener('loadingdone', () => (shared.clear(), generation++));

/** Widths of 12 px labels in a text style, cached per text (at most 20,000, then started afresh). */
export class TextMeasurer {
  private ctx: CanvasRenderingContext2D | null | undefined;
  private widths = new Map<string, number>();
  private generation = 0;
  private style: TextStyle | undefined;
  /** The style in force, as a key (the scene is memoized on it). */
  key = '';

  /** Measures in `style` from now on; the cache is kept while the style stays the same. */
  use(style: TextStyle): void {
    const key = textKey(style);
    if (key === this.key) return;
    this.key = key;
    this.style = style;
    this.table();
    if (this.ctx) this.apply(this.ctx);
  }

  /** The shared table of the style in force. */
  private table(): void {
    let widths = shared.get(this.key);
    if (!widths) shared.set(this.key, (widths = new Map()));
    this.widths = widths;
    this.generation = generation;
  }

  readonly measure = (text: string): number => {
    if (this.generation !== generation) this.table();
    let w = this.widths.get(text);
    if (w !== undefined) return w;
    if (this.ctx === undefined && !isServer) {
      // Detached, so it takes no CSS: the text spacing is set on it, as the drawing canvas takes it from CSS.
      this.ctx = document.createElement('canvas').getContext('2d');
      if (this.ctx) this.apply(this.ctx);
    }
    w = this.ctx ? this.ctx.measureText(text).width : isServer ? estimateWidth(text) : text.length * 6.5;
    if (this.widths.size > 20000) this.widths.clear();
    this.widths.set(text, w);
    return w;
  };

  private apply(ctx: CanvasRenderingContext2D): void {
    const s = this.style;
    if (!s) return;
    ctx.font = `12px ${s.font}`;
    ctx.letterSpacing = s.letterSpacing;
    ctx.wordSpacing = s.wordSpacing;
  }
}
