/**
 * The card below the plot: an event's (with its media), or the story's title card, and the way from one to the
 * next. Owns what only the card needs — sanitized summaries and captions, which media a reader asked to load or that
 * failed, the card's code (the story and the media: loaded with the first card that opens) — and reads the
 * selection from the model.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MediaInput, TimelineEvent } from '../../model/types.js';
import type { StoryOptions } from '../../formats/result.js';
import { formatEventDate, localize } from '../../model/text.js';
import { placementOf } from '../../layout/lanes.js';
import { buildScene, type SceneOptions } from '../../layout/scene.js';
import { revealWindow } from '../../layout/reveal.js';
import type { Window } from '../../layout/zoom-math.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { ZoomController } from '../../controllers/zoom-controller.js';
import type { Actions } from './actions.js';
import type { Announcer } from './announcer.js';
import { cardTemplate, Summaries, type Swipe } from './card.js';
import type { Story } from './story.js';
import type { TitleCard } from './story-card.js';
import { loadCardKit, type CardKit } from './card-loader.js';
import { adoptSheet } from './adopt-sheet.js';
import type { Messages } from './messages.js';

/** The title card's own content, when there is one (the `heading`, `text`, `media` properties, or the data's title slide). */
export interface TitleInput extends TitleCard {
  media?: MediaInput;
  accent?: string;
}

export interface CardsContext {
  host: HTMLElement & { requestUpdate(): void; readonly renderRoot: HTMLElement | DocumentFragment };
  model: TimelineModel;
  actions: Actions;
  zoom: ZoomController;
  live: Announcer;
  width: () => number;
  sceneOptions: () => Omit<SceneOptions, 'width'>;
  settle: (move: Promise<void>) => Promise<void>;
  title: () => TitleInput | undefined;
  /** The `#event=` link, cleared when the title card opens. */
  clearLink: () => void;
  /** Opens an event's card and shows it (as a deep link does); false for an id no event has. */
  open: (id: string) => boolean;
}

const NO_SWIPE: Swipe = { onPointerDown: () => undefined, onPointerUp: () => undefined, onPointerCancel: () => undefined };

export class Cards {
  readonly summaries = new Summaries();
  /** Media a reader asked to load (click-to-load embeds), and media that failed or were blocked, by URL. */
  private readonly loaded = new Set<string>();
  private readonly failed = new Map<string, 'error' | 'blocked'>();
  private kit: CardKit | undefined;
  private story: Story | undefined;
  private loading = false;
  private startedFor: readonly TimelineEvent[] | undefined;
  /** A step was taken with the focus in the card: after the render it stays in the card (the card may be a new one). */
  private keepFocus = false;
  /** The card's code arrived while the first card was open: it grew (media, nav), so it is brought into view again. */
  private rescroll = false;

  constructor(private readonly c: CardsContext) {}

  /**
   * Story mode, once per data: the card opens on the title card (or, without one, on the first event). While it
   * derives an update (no DOM; the model tells the host).
   */
  startStory(story: boolean, options: StoryOptions | undefined): void {
    const { model } = this.c;
    const startAt = options?.startAtEnd ? model.shownEvents[model.shownEvents.length - 1]?.id : options?.startAt;
    if ((!story && !startAt) || !model.shownEvents.length || this.startedFor === model.events) return;
    this.startedFor = model.events;
    if (model.selectedId || model.titleCard) return;
    // TimelineJS's start_at_slide / start_at_end: that event's card, in view.
    if (startAt && this.c.open(startAt)) return;
    if (this.c.title()) model.showTitleCard(true);
    else {
      model.select(model.shownEvents[0]!.id);
      model.focus(model.shownEvents[0]);
    }
  }

  /** After a render: the card takes its event's accent colour (TimelineJS's slide background), through CSSOM. */
  placed(root: ParentNode): void {
    const card = root.querySelector<HTMLElement>('.detail');
    if (!card) return;
    if (this.rescroll) {
      this.rescroll = false;
      // Only a card the reader is looking at (one opened by code, off-screen, does not move the page).
      const box = card.getBoundingClientRect();
      if (box.top < innerHeight && box.bottom > 0) card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    // From the title card to an event's (another template), or onto the last event (its Next is disabled), the
    // focused element went away: the focus goes to the card's heading, so ← → go on.
    if (this.keepFocus) {
      this.keepFocus = false;
      const active = (root as ShadowRoot).activeElement;
      // (A disabled button keeps the focus until the next rendering step, then drops it.)
      if (!active || !card.contains(active) || active.matches(':disabled')) card.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    }
    const { model } = this.c;
    const e = model.selectedId ? model.byId(model.selectedId) : undefined;
    const accent = model.titleCard ? this.c.title()?.accent : e?.accent;
    if (accent) card.style.setProperty('--_c', accent);
    else card.style.removeProperty('--_c');
  }

  /** Keys in the card: ← → step through the story, Escape closes. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.story?.onKey(event)) this.c.actions.onCardKey(event);
  };

  /** The card that is open: the title card, an event's, or none. */
  template(t: Messages, lang: string): TemplateResult | typeof nothing {
    const { model, actions } = this.c;
    const selected = model.selectedId ? model.byId(model.selectedId) : undefined;
    if (!selected && !model.titleCard) return nothing;
    const kit = this.kit;
    if (!kit) this.load();
    const story = this.story;
    const base = { t, swipe: story ?? NO_SWIPE, close: actions.closeCard, onKeyDown: this.onKeyDown };
    // Until the card's code is here, its nav's place is kept, so the card does not grow after it was scrolled into view.
    const nav = kit && story ? kit.navTemplate(this.nav(story, lang), t) : html`<div class="story-nav" aria-hidden="true"></div>`;
    if (!selected) {
      const title = this.c.title();
      if (!title || !kit) return nothing;
      const rich = (raw: string) => this.summaries.html(this, raw, () => this.c.host.requestUpdate());
      return kit.titleCardTemplate(title, { ...base, nav, rich, media: this.media(title.media ? [title.media] : [], title.heading, t) });
    }
    const lane = Math.max(0, placementOf(model.layout, selected).lane);
    const refresh = () => this.c.host.requestUpdate();
    return cardTemplate(selected, { ...base, lang, zone: model.zone, nav, lane, summaries: this.summaries, refresh, media: this.media(selected.media, localize(selected.title, lang), t) });
  }

  private nav(story: Story, lang: string) {
    const name = (step: ReturnType<Story['neighbour']>) => (step === 'title' ? this.c.title()?.heading : step ? localize(step.title, lang) : undefined);
    return { previous: name(story.neighbour(-1)), next: name(story.neighbour(1)), step: story.step };
  }

  /** The media of a card, once the card's code is here. */
  private media(items: readonly MediaInput[], fallbackAlt: string, t: Messages): TemplateResult | typeof nothing {
    const kit = this.kit;
    if (!items.length) return nothing;
    if (!kit) return html`<div class="media-pending" aria-hidden="true"></div>`;
    return kit.mediaTemplate(
      items.map((item) => kit.describeMedia(item, fallbackAlt)),
      {
        t,
        loaded: this.loaded,
        failed: this.failed,
        load: (url, embedUrl) => this.loadEmbed(url, embedUrl),
        fail: (url) => {
          this.failed.set(url, 'error');
          this.c.host.requestUpdate();
        },
        caption: (raw) => this.summaries.html(this, raw, () => this.c.host.requestUpdate()),
      },
    );
  }

  /** The window where `e` stands alone, from a view centred on it at today's zoom (a year's event keeps its year). */
  private reveal(e: TimelineEvent): Window {
    const { model } = this.c;
    const width = this.c.width();
    const shown = ([t0, t1]: readonly [number, number]) =>
      buildScene(model.layout, t0, t1, { ...this.c.sceneOptions(), width }).items.some((i) => i.type === 'event' && i.event === e && i.x0 >= 0 && i.x1 <= width);
    const [a, b] = model.window;
    const mid = (e.lo + Math.min(e.hi, e.lo + (b - a))) / 2;
    return revealWindow(e, [mid - (b - a) / 2, mid + (b - a) / 2], shown, model.limits.minSpan);
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    const c = this.c;
    loadCardKit().then(
      (kit) => {
        this.kit = kit;
        this.story = new kit.Story({
          model: c.model,
          reveal: (e) => this.reveal(e),
          show: ([t0, t1]) => void c.settle(c.zoom.zoomTo(t0, t1, true, true)),
          say: (e) => c.live.say(`${localize(e.title, c.model.lang)}, ${formatEventDate(e, c.model.lang, c.model.zone)}`),
          select: (e) => {
            this.noteFocus();
            c.actions.select(e, 'story');
          },
          hasTitle: () => !!c.title(),
          titleOpened: () => {
            this.noteFocus();
            c.clearLink();
          },
        });
        adoptSheet(c.host.renderRoot, kit.MEDIA_CSS);
        this.rescroll = true;
        c.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn('<tl-timeline>: the card’s story and media code could not be loaded; media are not shown.', error);
      },
    );
  }

  /** Whether the focus is in the card as a step begins. */
  private noteFocus(): void {
    const root = this.c.host.renderRoot as ShadowRoot;
    this.keepFocus = !!root.activeElement?.closest('.detail');
    if (this.keepFocus) this.c.host.requestUpdate();
  }

  /**
   * A reader asked for an embed: its frame goes in. A page whose Content-Security-Policy forbids the frame reports it
   * (`securitypolicyviolation`); the card then says so and offers the link.
   */
  private loadEmbed(url: string, embedUrl: string): void {
    this.loaded.add(url);
    const origin = new URL(embedUrl).origin;
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (!event.blockedURI.startsWith(origin)) return;
      this.failed.set(url, 'blocked');
      document.removeEventListener('securitypolicyviolation', onViolation);
      this.c.host.requestUpdate();
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    setTimeout(() => document.removeEventListener('securitypolicyviolation', onViolation), 10_000);
    this.c.host.requestUpdate();
  }
}
