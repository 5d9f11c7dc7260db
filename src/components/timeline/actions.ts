/**
 * What readers do in the plot, carried out: pointer (click, hover), keyboard (moves, Enter, zoom keys, Escape), the
 * card (opened by a pointer or the keyboard, closed by Escape anywhere in it), and deep links. The element owns the
 * state; this reads it through `ActionContext` and changes it through the model and the controllers.
 */
import type { TimelineEvent } from '../../model/types.js';
import { localize } from '../../model/text.js';
import { placementOf } from '../../layout/lanes.js';
import { buildScene, type Scene, type SceneItem, type SceneOptions } from '../../layout/scene.js';
import { hitTest } from '../../layout/hit.js';
import { headOf, moveFocus, type FocusUnit } from '../../layout/navigate.js';
import { followWindow, revealWindow } from '../../layout/reveal.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import type { ViewportController } from '../../controllers/viewport-controller.js';
import type { HashLinkController } from '../../controllers/hash-link-controller.js';
import { emit, type TlSelectDetail } from './events.js';
import type { HoverController } from './hover.js';
import type { Announcer } from './announcer.js';
import type { Names } from './names.js';
import type { Messages } from './messages.js';
import { keyAction } from './keys.js';

export interface ActionContext {
  host: HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
  model: TimelineModel;
  zoom: ZoomController;
  viewport: ViewportController;
  links: HashLinkController;
  hover: HoverController;
  live: Announcer;
  names: Names;
  scene: () => Scene;
  focusItem: () => SceneItem | undefined;
  t: () => Messages;
  plot: () => HTMLElement;
  sceneOptions: () => Omit<SceneOptions, 'width'>;
  /** A move on its way, then the element's render of where it ended. */
  settle: (move: Promise<void>) => Promise<void>;
}

export class Actions {
  /** A card a user opened: scrolled into view once rendered, focused at its heading when the keyboard opened it. */
  cardRequest: 'pointer' | 'keyboard' | undefined;
  /** True while the view moves to follow the keyboard focus: that is not announced as a zoom. */
  following = false;

  constructor(private readonly c: ActionContext) {}

  readonly zoomBy = (factor: number): void => {
    const focused = this.c.model.focused;
    const [a, b] = this.c.model.window;
    const at = focused && focused.lo >= a && focused.lo <= b ? (focused.lo + focused.hi) / 2 : undefined;
    void this.c.settle(this.c.zoom.zoomBy(factor, at, true, true));
  };

  readonly fit = (): void => void this.c.settle(this.c.zoom.fit(true, true));

  /** Shows `[lo, hi]` with a margin (an era's button). */
  readonly show = (lo: number, hi: number): void => {
    const span = Math.max(hi - lo, this.c.model.limits.minSpan);
    void this.c.settle(this.c.zoom.zoomTo(lo - span * 0.05, lo + span * 1.05, true, true));
  };

  /** Centres the view on `t`, at the same zoom (a marker's button). */
  readonly centre = (t: number): void => {
    const [a, b] = this.c.model.window;
    void this.c.settle(this.c.zoom.zoomTo(t - (b - a) / 2, t + (b - a) / 2, true, true));
  };

  /**
   * The user selects an event: by a pointer (the card is announced), by the keyboard (the focus moves into it), or
   * by a step of the story from the card (the focus stays where it is; the story says the event).
   */
  select(e: TimelineEvent, by: 'pointer' | 'keyboard' | 'story'): void {
    const { model, live, links, host } = this.c;
    model.select(e.id);
    model.focus(e);
    this.cardRequest = by === 'story' ? undefined : by;
    if (by === 'pointer') live.say(this.c.t().cardOpened(localize(e.title, model.lang)));
    links.write(e.id);
    emit<TlSelectDetail>(host, 'tl-select', { event: e.input });
  }

  /** After a render: the card a user opened is scrolled into view, and focused when the keyboard opened it. */
  showCard(root: ParentNode): void {
    const card = root.querySelector<HTMLElement>('.detail');
    const request = this.cardRequest;
    this.cardRequest = undefined;
    if (!card || !request) return;
    card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (request === 'keyboard') card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }

  /** Closes the card; the focus goes back to the plot, on the event, which is scrolled into view. */
  readonly closeCard = (): void => {
    this.c.model.select(undefined);
    this.c.links.write(undefined);
    this.c.plot().focus({ preventScroll: true });
    void this.scrollFocusIntoView();
  };

  /** Escape anywhere in the card closes it. */
  readonly onCardKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeCard();
  };

  /** Opens and shows the event a `#event=` link names (zooming in until it stands alone); false until it arrives. */
  openLinked(id: string, width: number): boolean {
    const { model } = this.c;
    const e = model.byId(id);
    if (!e || !model.select(id)) return false;
    model.focus(e);
    const shown = ([t0, t1]: readonly [number, number]) =>
      buildScene(model.layout, t0, t1, { ...this.c.sceneOptions(), width }).items.some((i) => i.type === 'event' && i.event === e && i.x1 >= 0 && i.x0 <= width);
    model.setWindow(revealWindow(e, model.window, shown, model.limits.minSpan));
    return true;
  }

  /** The item under a pointer event: the hovered one on its tooltip, its option element, else what is drawn there. */
  private itemAt(event: MouseEvent): SceneItem | undefined {
    const target = event.target as Element;
    const key = target.closest?.('.tooltip') ? this.c.hover.hover?.key : target.closest?.('[role="option"]')?.id;
    if (key) return this.c.scene().items.find((item) => item.key === key);
    const plot = this.c.plot();
    const box = plot.getBoundingClientRect();
    return hitTest(this.c.scene(), event.clientX - box.left, event.clientY - box.top + plot.scrollTop);
  }

  readonly onClick = (event: MouseEvent): void => {
    const item = this.itemAt(event);
    if (!item) return;
    if (item.type === 'event') {
      this.select(item.event, 'pointer');
      this.c.plot().focus({ preventScroll: true });
    } else if (item.type === 'cluster') this.zoomIntoCluster(item.lo, item.hi);
    else {
      // A dense lane: zoom in four times around the click.
      const [a, b] = this.c.model.window;
      const x = (event.clientX - this.c.plot().getBoundingClientRect().left) / this.c.viewport.width;
      void this.c.settle(this.c.zoom.zoomBy(4, a + (this.c.model.direction === 'rtl' ? 1 - x : x) * (b - a), true, true));
    }
  };

  private zoomIntoCluster(lo: number, hi: number): void {
    const span = Math.max(hi - lo, this.c.model.limits.minSpan);
    void this.c.settle(this.c.zoom.zoomTo(lo - span * 0.25, lo + span * 1.25, true, true));
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    if (event.buttons || event.pointerType === 'touch') return;
    const onTooltip = !!(event.target as Element).closest?.('.tooltip');
    const width = this.c.viewport.width;
    this.c.hover.move(onTooltip ? undefined : this.itemAt(event), onTooltip, this.describe, (item) => ({
      x: Math.min(Math.max(item.box.x + Math.min(item.box.width, 40) / 2, 120), width - 120),
      y: item.box.y,
    }));
  };

  /** The name of an event or cluster, for the tooltip. */
  readonly describe = (item: SceneItem): string =>
    item.type === 'event' ? this.c.names.describe(item) : this.c.names.describeCluster(item, this.c.scene().lanes[item.lane]?.group ?? '');

  readonly onKeyDown = async (event: KeyboardEvent): Promise<void> => {
    const { model } = this.c;
    const action = keyAction(event.key, model.direction === 'rtl');
    if (!action || (action.kind === 'close' && !model.selectedId)) return;
    if (action.kind === 'move' && !model.shownEvents.length) return;
    event.preventDefault();
    if (action.kind === 'zoom') return this.zoomBy(action.factor);
    if (action.kind === 'fit') return this.fit();
    if (action.kind === 'close') return this.closeCard();
    if (action.kind === 'activate') return this.activate();
    const [a, b] = model.window;
    const next = moveFocus(model.shownEvents, model.layout, this.c.scene(), model.positionOf, model.focused, action.move, (a + b) / 2);
    if (!next) return;
    model.focus(headOf(next));
    await this.bringIntoView(next);
    await this.scrollFocusIntoView();
  };

  /** Enter or Space: opens the focused event's card, or zooms into the focused cluster or density strip. */
  private activate(): void {
    const item = this.c.focusItem();
    const focused = this.c.model.focused;
    if (item?.type === 'cluster') return this.zoomIntoCluster(item.lo, item.hi);
    if (item?.type === 'density') {
      const [a, b] = this.c.model.window;
      void this.c.settle(this.c.zoom.zoomBy(4, focused && focused.lo >= a && focused.lo <= b ? focused.lo : undefined, true, true));
    } else if (focused) this.select(focused, 'keyboard');
  }

  /** Brings what the keyboard moved to into view at the same zoom (the lanes scroll to its lane); not announced. */
  private async bringIntoView(unit: FocusUnit): Promise<void> {
    const { model, viewport } = this.c;
    const head = headOf(unit);
    const item = 'type' in unit ? unit : undefined;
    const target = followWindow(head, !item || item.type === 'event' ? 'event' : 'group', item?.box, model.window, viewport.width);
    this.following = true;
    const moved = this.c.zoom.zoomTo(target[0], target[1], false, true);
    this.following = false;
    await this.c.settle(moved);
    const lane = this.c.scene().lanes[placementOf(model.layout, head).lane];
    if (lane && viewport.scrollTo(lane.y, lane.height)) await this.c.host.updateComplete;
  }

  /** Scrolls the page (and the lanes) so that the focused option is in view, as a browser does for real focus. */
  private async scrollFocusIntoView(): Promise<void> {
    await this.c.host.updateComplete;
    const key = this.c.focusItem()?.key;
    if (key) this.c.plot().querySelector(`[id="${key}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}
