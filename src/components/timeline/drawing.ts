/**
 * The plot, one owner for it: its frame (the listbox the keyboard focus and a screen reader use, the tooltip, the
 * wheel hint, the palette's probe), its drawing — the lanes' bands, the canvas and the options over it in the browser,
 * or the server's SVG (`timeline-elements/ssr`) — and painting the canvas from the view. The element calls `paint`
 * around Lit's commit and `frame` from its render.
 */
import { html, isServer, nothing, svg, type TemplateResult } from 'lit';
import { ROW_HEIGHT } from '../../layout/metrics.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { PaletteController } from '../../controllers/palette-controller.js';
import type { ViewportController } from '../../controllers/viewport-controller.js';
import { Painter } from './canvas.js';
import type { LayersController } from './layers.js';
import type { Messages } from './messages.js';
import type { Names } from './names.js';
import { drawingTemplate, laneLabelsTemplate, lanesTemplate, optionsTemplate } from './plot.js';
import { serverDrawing as server } from './server-hooks.js';
import type { View } from './view.js';
import type { Actions } from './actions.js';
import type { HoverController } from './hover.js';
import type { WheelHint } from './announcer.js';
import { countText } from './parts.js';

export interface DrawingParts {
  root: () => ParentNode;
  model: TimelineModel;
  view: View;
  viewport: ViewportController;
  palette: PaletteController;
  layers: LayersController;
  names: Names;
  actions: Actions;
  hover: HoverController;
  hint: WheelHint;
}

export interface FrameState {
  /** The timeline's accessible name. */
  label: string;
  /** The list is shown in the plot's place. */
  hidden: boolean;
  /** The text for no events (`''` while a status says why), or `undefined` when there are events. */
  empty: string | undefined;
  /** The summary line is there to describe the plot. */
  described: boolean;
}

export class Drawing {
  private readonly painter = new Painter();

  constructor(private readonly p: DrawingParts) {}

  /** Paints the canvas with the view as it is (nothing when nothing it shows changed since the last paint). */
  readonly paint = (): void => {
    const { model, view, viewport, palette, layers } = this.p;
    this.painter.drawOn(this.p.root().querySelector('canvas.drawing'), () => ({ ...viewport.canvasWindow(Math.max(view.scene.height, 40)), width: viewport.width, dpr: viewport.dpr,
      scene: view.scene, ticks: view.ticks, toX: view.toX, rowHeight: ROW_HEIGHT, focused: view.focusItem, selectedId: model.selectedId, palette: palette.palette(), context: view.context, colorOf: layers.colorOf(), matched: model.search.dimming }));
  };

  /** The plot and what is laid over it. */
  frame(t: Messages, f: FrameState): TemplateResult {
    const { model, view, actions, hover, hint, palette } = this.p;
    const over = hover.hover;
    const inert = f.empty !== undefined || isServer;
    return html`<div class=${f.hidden ? 'plot-frame hidden' : 'plot-frame'}>
      <div
        part="plot"
        class=${`plot${over ? ` over-${over.type}` : ''}`}
        tabindex=${inert ? nothing : '0'}
        role=${inert ? 'group' : 'listbox'}
        aria-label=${`${f.label}: ${countText(t, model)}.${isServer ? '' : ` ${t.instructions}`}`}
        aria-activedescendant=${view.focusItem?.key ?? nothing}
        aria-describedby=${f.described ? 'tl-summary' : nothing}
        @click=${actions.onClick}
        @keydown=${actions.onKeyDown}
        @pointermove=${actions.onPointerMove}
        @pointerleave=${hover.clear}
        @pointerdown=${hover.clear}
      >
        ${this.template(t, f.empty)}
        ${over ? html`<div part="tooltip" class="tooltip" aria-hidden="true">${over.text}</div>` : nothing}
        <div part="hint" class=${`hint${hint.visible ? ' visible' : ''}`} aria-hidden="true">${t.wheelHint(!isServer && /Mac|iPhone|iPad/.test(navigator.platform))}</div>
        <span class="palette-probe" aria-hidden="true" @transitionrun=${palette.onChange}><span class="text-probe">Mw iy Mw</span></span>
      </div>
      <div class="focus-ring" aria-hidden="true"></div>
    </div>`;
  }

  /** What the plot holds: the text for no events (`empty`), or the drawing. */
  private template(t: Messages, empty: string | undefined): TemplateResult {
    const { model, view, viewport, layers, names } = this.p;
    const { scene, focusItem } = view;
    const width = viewport.width;
    const laneLabel = layers.laneLabel(t, model.lang);
    if (empty !== undefined) return drawingTemplate(empty);
    if (isServer && server.plot) return server.plot(model, view, width, names, laneLabel, t);
    const height = Math.max(scene.height, 40);
    const rtl = model.direction === 'rtl';
    return drawingTemplate({ width, height, canvasHeight: viewport.canvasWindow(height).height, dpr: viewport.dpr, under: lanesTemplate(scene, width),
      over: svg`${laneLabelsTemplate(scene, laneLabel, (lane) => model.groupOption(lane.group)?.color, rtl ? width : 0)}${optionsTemplate(scene, width, focusItem, model, names)}` });
  }
}
