/**
 * The context strip above the plot: eras as named bands (behind the lanes they are drawn on the canvas) and
 * markers as ticks with their names. SVG, sized by attributes (a strict CSP blocks style attributes). Each era and
 * marker in view is a button a keyboard reaches and a screen reader names; an era's button shows its whole span,
 * a marker's centres the view on it. Outside the plot's listbox, whose children must be its options.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ContextScene, SceneEra, SceneMarker } from '../../layout/context.js';
import { CONTEXT_ROW } from '../../layout/metrics.js';

export interface ContextActions {
  /** Accessible names. */
  eraName: (item: SceneEra) => string;
  markerName: (item: SceneMarker) => string;
  /** Enter, Space or a click. */
  openEra: (item: SceneEra) => void;
  openMarker: (item: SceneMarker) => void;
}


const activate = (fn: () => void) => (event: Event) => {
  if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  fn();
};

/** Where a label's text starts: its left edge, or right to left (SVG text starts at the right in `dir=rtl`) its right edge. */
const start = (item: { labelX: number; labelWidth: number }, rtl: boolean) => (rtl ? item.labelX + item.labelWidth : item.labelX);

function eraTemplate(item: SceneEra, width: number, a: ContextActions, rtl: boolean): SVGTemplateResult {
  const x0 = Math.max(-2, item.x0);
  const x1 = Math.min(width + 2, item.x1);
  const c0 = Math.max(x0, Math.min(x1, item.coreX0));
  const c1 = Math.max(c0, Math.min(x1, item.coreX1));
  const y = item.y + 1;
  const h = item.height - 2;
  const color = item.era.color ?? 'var(--_fg)';
  const open = activate(() => a.openEra(item));
  // An end known only to a year (or guessed) fades over its possible span; the sure part is solid.
  return svg`<g part="era" class="era" role="button" tabindex="0" id=${item.key} data-era-id=${item.era.id} aria-label=${a.eraName(item)} @click=${open} @keydown=${open}>
    <rect class="era-hit" x=${Math.min(x0, item.labelX - 4)} y=${y} width=${Math.max(1, Math.max(x1, item.labelX + item.labelWidth + 4) - Math.min(x0, item.labelX - 4))} height=${h}></rect>
    ${c0 > x0 ? svg`<rect class="era-band" fill=${color} mask=${item.softStart ? 'url(#tl-fade-in)' : nothing} x=${x0} y=${y} width=${c0 - x0} height=${h}></rect>` : nothing}
    ${c1 > c0 ? svg`<rect class="era-band" fill=${color} x=${c0} y=${y} width=${c1 - c0} height=${h}></rect>` : nothing}
    ${x1 > c1 ? svg`<rect class="era-band" fill=${color} mask=${item.softEnd ? 'url(#tl-fade-out)' : nothing} x=${c1} y=${y} width=${x1 - c1} height=${h}></rect>` : nothing}
    <rect class="era-ring" x=${x0} y=${y} width=${Math.max(1, x1 - x0)} height=${h} rx="3"></rect>
    ${item.label ? svg`<text class="era-label" x=${start(item, rtl)} y=${y + h / 2}>${item.label}</text>` : nothing}
  </g>`;
}

function markerTemplate(item: SceneMarker, y: number, a: ContextActions, rtl: boolean): SVGTemplateResult {
  const open = activate(() => a.openMarker(item));
  const x = Math.round(item.x) + 0.5;
  return svg`<g part="marker" class=${`marker${item.marker.id === 'now' ? ' now' : ''}`} role="button" tabindex="0" id=${item.key} data-marker-id=${item.marker.id} aria-label=${a.markerName(item)} @click=${open} @keydown=${open}>
    <rect class="marker-hit" x=${item.left ? item.labelX - 2 : x - 6} y=${y} width=${item.labelWidth + 12} height=${CONTEXT_ROW}></rect>
    <path class="marker-tick" d=${`M${x - 4} ${y + 4}h8l-4 6z`}></path>
    <line class="marker-line" x1=${x} x2=${x} y1=${y + 10} y2=${y + CONTEXT_ROW}></line>
    ${item.label ? svg`<text class="marker-label" x=${start(item, rtl)} y=${y + CONTEXT_ROW / 2}>${item.label}</text>` : nothing}
  </g>`;
}

/** The strip, or nothing when there are no eras and no markers; `rtl`: its scene is mirrored (`layout/mirror.ts`). */
export function contextTemplate(scene: ContextScene, width: number, label: string, a: ContextActions, rtl = false): SVGTemplateResult | typeof nothing {
  if (!scene.height) return nothing;
  const markerY = scene.height - CONTEXT_ROW;
  return svg`<svg part="context" class="context" role="group" tabindex="-1" aria-label=${label} width=${width} height=${scene.height}>
    <defs>
      <linearGradient id="tl-fade-right"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="1" stop-color="#fff"></stop></linearGradient>
      <linearGradient id="tl-fade-left"><stop offset="0" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
      <mask id="tl-fade-in" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#tl-fade-right)"></rect></mask>
      <mask id="tl-fade-out" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#tl-fade-left)"></rect></mask>
    </defs>
    ${scene.eras.map((item) => eraTemplate(item, width, a, rtl))}
    ${scene.markers.map((item) => markerTemplate(item, markerY, a, rtl))}
  </svg>`;
}
