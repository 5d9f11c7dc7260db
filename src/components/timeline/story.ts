/**
 * Reading a timeline event by event, as TimelineJS readers do: the card's "previous" and "next" (buttons, ← → while
 * the focus is in the card, a horizontal swipe on it) select the neighbouring event in time order — among the events
 * drawn, so a hidden category is passed over — and bring it into view where it stands alone; in story mode a title
 * card comes before the first event. Each step is a reader's selection (`tl-select`, the `#event=` link) and is
 * said once by the live region.
 */
import type { TimelineEvent } from '../../model/types.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Window } from '../../layout/zoom-math.js';

/** A swipe turns the card once it has moved this far sideways, and clearly more sideways than up or down. */
const SWIPE_PX = 48;

export type StoryStep = TimelineEvent | 'title' | undefined;

export interface StoryContext {
  model: TimelineModel;
  /** The window where an event stands alone, from a view centred on it. */
  reveal: (e: TimelineEvent) => Window;
  /** Moves the view there (smoothly, unless the reader prefers less motion). */
  show: (w: Window) => void;
  /** Says a step once (the live region): the event's title and date. */
  say: (e: TimelineEvent) => void;
  /** Selects an event as a reader's action (`tl-select`, the link, the announcement left to the story). */
  select: (e: TimelineEvent) => void;
  /** Whether there is a title card to come back to (story mode with a heading). */
  hasTitle: () => boolean;
  /** The title card opened: the link is cleared. */
  titleOpened: () => void;
}

export class Story {
  private swipe: { id: number; x: number; y: number } | undefined;

  constructor(private readonly c: StoryContext) {}

  /** What "previous" (-1) or "next" (1) goes to from the card that is open. */
  neighbour(direction: 1 | -1): StoryStep {
    const { model } = this.c;
    // While a query or filter is in force, the steps go from match to match.
    const events = model.search.only(model.shownEvents);
    if (model.titleCard) return direction > 0 ? events[0] : undefined;
    const current = model.selectedId ? model.byId(model.selectedId) : undefined;
    if (!current) return undefined;
    const p = events === model.shownEvents ? model.positionOf(current) : atOrAfter(events, model.positionOf(current), model.positionOf);
    if (direction < 0 && p === 0) return this.c.hasTitle() ? 'title' : undefined;
    return events[direction > 0 && events[p] !== current ? p : p + direction];
  }

  /** Goes to the neighbour: selects it, brings it into view (smoothly unless the reader prefers less motion) and says it. */
  readonly step = (direction: 1 | -1): void => {
    const next = this.neighbour(direction);
    if (!next) return;
    const { model } = this.c;
    if (next === 'title') {
      model.showTitleCard(true);
      this.c.titleOpened();
      return;
    }
    this.c.select(next);
    this.c.say(next);
    this.c.show(this.c.reveal(next));
  };

  /** Later (1) is towards the left when time runs right to left: keys and swipes follow the screen. */
  private get ahead(): 1 | -1 {
    return this.c.model.direction === 'rtl' ? -1 : 1;
  }

  /** ← and → in the card (not in a field): previous and next (next and previous right to left). Returns whether the key was used. */
  onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return false;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    if ((event.target as Element).closest?.('input, textarea, select, [contenteditable], iframe, video, audio')) return false;
    event.preventDefault();
    this.step(event.key === 'ArrowRight' ? this.ahead : -this.ahead as 1 | -1);
    return true;
  }

  /** A horizontal swipe on the card (touch): left for next, right for previous (mirrored right to left); vertical moves scroll the page. */
  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    this.swipe = { id: event.pointerId, x: event.clientX, y: event.clientY };
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const s = this.swipe;
    this.swipe = undefined;
    if (!s || s.id !== event.pointerId) return;
    const dx = event.clientX - s.x;
    const dy = event.clientY - s.y;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) this.step(dx < 0 ? this.ahead : (-this.ahead as 1 | -1));
  };

  readonly onPointerCancel = (): void => {
    this.swipe = undefined;
  };
}

/** The first of `events` (in drawn order) at or after drawn position `position`. */
function atOrAfter(events: readonly TimelineEvent[], position: number, positionOf: (e: TimelineEvent) => number): number {
  let [lo, hi] = [0, events.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positionOf(events[mid]!) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
