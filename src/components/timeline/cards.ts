/**
 * The card below the plot: an event's (with its media), or the story's title card, and the way from one to the
 * next. Owns what only the card needs — sanitized summaries, which media a reader asked to load or that failed, the
 * media code (loaded with the first card that has media) — and reads the selection from the model.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MediaInput, TimelineEvent } from '../../model/types.js';
import { localize } from '../../model/text.js';
import { placementOf } from '../../layout/lanes.js';
import type { TimelineModel } from '../../state/timeline-model.js';
import type { Actions } from './actions.js';
import { cardTemplate, Summaries, titleCardTemplate, type CardNav, type TitleCard } from './card.js';
import { Story, type StoryContext } from './story.js';
import { loadMediaKit, type MediaKit } from './media-loader.js';
import type { Messages } from './messages.js';

/** The title card's own content, when there is one (the `heading`, `text`, `media` properties, or the data's title slide). */
export interface TitleInput extends TitleCard {
  media?: MediaInput;
  accent?: string;
}

export interface CardsContext extends Omit<StoryContext, 'select' | 'hasTitle' | 'titleOpened'> {
  host: HTMLElement & { requestUpdate(): void; readonly renderRoot: HTMLElement | DocumentFragment };
  model: TimelineModel;
  actions: Actions;
  title: () => TitleInput | undefined;
  /** The `#event=` link, cleared when the title card opens. */
  clearLink: () => void;
}

/** The key the title card's summary is kept under. */
const TITLE_KEY = {} as TimelineEvent;

export class Cards {
  readonly summaries = new Summaries();
  readonly story: Story;
  /** Media a reader asked to load (click-to-load embeds), and media that failed or were blocked, by URL. */
  private readonly loaded = new Set<string>();
  private readonly failed = new Map<string, 'error' | 'blocked'>();
  private kit: MediaKit | undefined;
  private loading = false;

  constructor(private readonly c: CardsContext) {
    this.story = new Story({
      ...c,
      select: (e) => c.actions.select(e, 'story'),
      hasTitle: () => !!c.title(),
      titleOpened: () => c.clearLink(),
    });
  }

  private startedFor: readonly TimelineEvent[] | undefined;

  /**
   * Story mode, once per data: the card opens on the title card (or, without one, on the first event). While it
   * derives an update (no DOM; the model tells the host).
   */
  startStory(story: boolean): void {
    const { model } = this.c;
    if (!story || !model.shownEvents.length || this.startedFor === model.events) return;
    this.startedFor = model.events;
    if (model.selectedId || model.titleCard) return;
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
    const { model } = this.c;
    const e = model.selectedId ? model.byId(model.selectedId) : undefined;
    const accent = model.titleCard ? this.c.title()?.accent : e?.accent;
    if (accent) card.style.setProperty('--_c', accent);
    else card.style.removeProperty('--_c');
  }

  /** Keys in the card: ← → step through the story, Escape closes. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.story.onKey(event)) this.c.actions.onCardKey(event);
  };

  private nav(lang: string): CardNav {
    const name = (step: ReturnType<Story['neighbour']>) => (step === 'title' ? this.c.title()?.heading : step ? localize(step.title, lang) : undefined);
    const s = this.story;
    return { previous: name(s.neighbour(-1)), next: name(s.neighbour(1)), step: s.step, onPointerDown: s.onPointerDown, onPointerUp: s.onPointerUp, onPointerCancel: s.onPointerCancel };
  }

  /** The card that is open: the title card, an event's, or none. */
  template(t: Messages, lang: string): TemplateResult | typeof nothing {
    const { model, actions } = this.c;
    const refresh = () => this.c.host.requestUpdate();
    const base = { lang, t, nav: this.nav(lang), summaries: this.summaries, refresh, close: actions.closeCard, onKeyDown: this.onKeyDown };
    if (model.titleCard) {
      const title = this.c.title();
      if (!title) return nothing;
      return titleCardTemplate(title, { ...base, media: this.media(title.media ? [title.media] : [], title.heading, t) }, TITLE_KEY);
    }
    const selected = model.selectedId ? model.byId(model.selectedId) : undefined;
    if (!selected) return nothing;
    const lane = Math.max(0, placementOf(model.layout, selected).lane);
    return cardTemplate(selected, { ...base, lane, media: this.media(selected.media, localize(selected.title, lang), t) });
  }

  /** The media of a card, once their code is here (asked for the first time a card has any). */
  private media(items: readonly MediaInput[], fallbackAlt: string, t: Messages): TemplateResult | typeof nothing {
    if (!items.length) return nothing;
    if (!this.kit) {
      this.load();
      return html`<div class="media-pending" aria-hidden="true"></div>`;
    }
    return this.kit.mediaTemplate(items.map((item) => this.kit!.describeMedia(item, fallbackAlt)), {
      t,
      loaded: this.loaded,
      failed: this.failed,
      load: (url) => this.loadEmbed(url),
      fail: (url) => {
        this.failed.set(url, 'error');
        this.c.host.requestUpdate();
      },
      caption: (raw) => this.summaries.html(TITLE_KEY, raw, () => this.c.host.requestUpdate()),
    });
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    loadMediaKit().then(
      (kit) => {
        this.kit = kit;
        const root = this.c.host.renderRoot;
        if (root instanceof ShadowRoot) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(kit.MEDIA_CSS);
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        }
        this.c.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn('<tl-timeline>: the media code could not be loaded; media are shown as links.', error);
      },
    );
  }

  /**
   * A reader asked for an embed: its frame goes in. A page whose Content-Security-Policy forbids the frame reports it
   * (`securitypolicyviolation`); the card then says so and offers the link.
   */
  private loadEmbed(url: string): void {
    this.loaded.add(url);
    const origin = new URL(url).origin;
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
