import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { captionEvents, floodStory, floodTitle, mediaKindEvents, missingAltEvents, radioTimelineJS } from './samples.js';
import { settle, timelineIn } from './support.js';

/**
 * Reading a timeline event by event, as TimelineJS readers do: in story mode the card opens on a title card, and its
 * Previous and Next buttons (or ← → while the focus is in the card) go through the events in time order. Each card
 * shows its media — pictures, video and sound files, players that load only when the reader asks, links and quotes —
 * with a caption (sanitized rich text) and a credit (plain text).
 */
interface StoryArgs {
  onTlSelect: (e: Event) => void;
  onTlDataError: (e: Event) => void;
}

const meta = {
  title: 'Elements/tl-timeline/Stories and media',
  component: 'tl-timeline',
  args: { onTlSelect: fn(), onTlDataError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The `story` attribute with its title card (`heading`, `text`, `media`, or a TimelineJS title slide), the ' +
          'card’s `previous` and `next` parts, and each event’s `media` (`url`, `alt`, `caption`, `credit`).',
      },
    },
  },
} satisfies Meta<StoryArgs>;

export default meta;
type Story = StoryObj<StoryArgs>;

const EMBED = 'width: 1100px';

/** The open card's heading. */
const heading = (root: ShadowRoot) => root.querySelector('[part~="detail"] h2')?.textContent ?? '';
const part = <T extends Element = HTMLElement>(root: ShadowRoot, selector: string) => root.querySelector<T>(selector);
/** Fails the `waitFor` around it until `selector` matches in the card. */
const present = <T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T => {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
/** The id of the event each `tl-select` carried, in order. */
const selectedIds = (spy: unknown) => (spy as { mock: { calls: [CustomEvent][] } }).mock.calls.map(([e]) => (e.detail.event as { id?: string }).id);

/** A dark page around the story, as a dark site would have. */
const darkPage = (story: () => unknown) => html`<div style="background:#0b0e13;padding:16px;border-radius:8px">${story()}</div>`;

// ——— Story mode ———

/**
 * `story` with a title card from `heading`, `text` and `media`: nine steps of an invented local news story. Next (the
 * button, or → while the focus is in the card) goes to the following event, Previous back; before the first event
 * comes the title card.
 */
export const StoryMode: Story = {
  render: (args) =>
    html`<tl-timeline lang="en" label="After the flood" story style=${EMBED} heading=${floodTitle.heading} text=${floodTitle.text} .media=${floodTitle.media}
      .events=${floodStory} @tl-select=${args.onTlSelect}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    const { root } = await timelineIn(canvasElement);
    // The title card: heading, sanitized text, the picture; nowhere to go back to.
    await waitFor(() => expect(present(root, '.title-card h2')).toHaveTextContent(floodTitle.heading));
    await waitFor(() => expect(present(root, '.title-card .summary b')).toHaveTextContent('one shelf at a time'));
    await waitFor(() => expect(present<HTMLImageElement>(root, '.title-card [part="media"] img').alt).toBe(floodTitle.media.alt));
    const previous = () => present<HTMLButtonElement>(root, '[part="previous"]');
    const next = () => present<HTMLButtonElement>(root, '[part="next"]');
    await waitFor(() => expect(previous()).toBeDisabled());
    await expect(next()).toHaveAttribute('aria-label', 'Next: The river passes its warning mark');
    await expect(args.onTlSelect).not.toHaveBeenCalled();

    // Next: the first event, chosen as a reader's selection, and said by the live region.
    await userEvent.click(next());
    await waitFor(() => expect(heading(root)).toBe('The river passes its warning mark'));
    await expect(part(root, '.title-card')).toBeNull();
    await waitFor(() => expect(selectedIds(args.onTlSelect)).toEqual(['warning']));
    await waitFor(() => expect(part(root, '[role="status"][aria-live]')).toHaveTextContent(/^The river passes its warning mark, /));
    await expect(previous()).toHaveAttribute('aria-label', `Previous: ${floodTitle.heading}`);

    // → with the focus in the card: the next event, with its picture.
    present(root, '[part~="detail"] h2').focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(heading(root)).toBe('Water reaches the reading room'));
    await waitFor(() => expect(selectedIds(args.onTlSelect)).toEqual(['warning', 'reading-room']));
    await waitFor(() => expect(present(root, '[part~="detail"] [part="caption"]')).toHaveTextContent('The reading room at noon'));

    // ← and then Previous from the first event: back on the title card.
    present(root, '[part~="detail"] h2').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await waitFor(() => expect(heading(root)).toBe('The river passes its warning mark'));
    await userEvent.click(previous());
    await waitFor(() => expect(present(root, '.title-card h2')).toHaveTextContent(floodTitle.heading));
    await expect(next()).toHaveAttribute('aria-label', 'Next: The river passes its warning mark');
  },
};

// ——— Media ———

/** Hosts of the players in `mediaKindEvents`: none may be asked for anything before a click. */
const PLAYER_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|vimeo\.com|vimeocdn\.com|soundcloud\.com|sndcdn\.com|google\.com|gstatic\.com|wikipedia\.org|example\.org)$/;
const playerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).hostname)
    .filter((host) => PLAYER_HOSTS.test(host));

/**
 * One event per kind of media: a picture, a video file and a sound file (neither loads before Play), YouTube, Vimeo,
 * SoundCloud and a Google map as click-to-load placeholders (no request to them before "Load …"; YouTube's player
 * comes from youtube-nocookie.com), a Wikipedia article as a link, and a quote.
 */
export const MediaKinds: Story = {
  render: () => html`<tl-timeline lang="en" label="Kinds of media" style=${EMBED} .events=${mediaKindEvents}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    /** Opens an event's card and waits for its media. */
    const open = async (id: string) => {
      el.select(id);
      const title = mediaKindEvents.find((e) => e.id === id)!.title as string;
      await waitFor(() => expect(heading(root)).toBe(title));
      return waitFor(() => present(root, '[part~="detail"] [part="media"]'));
    };

    // A picture: lazy, no referrer, its alt text, loaded from the stories' own server.
    let figure = await open('image');
    await expect(figure).toHaveClass('media-image');
    const img = present<HTMLImageElement>(root, '[part="media"] img');
    await expect(img.alt).toBe('A red test card');
    await expect([img.loading, img.decoding, img.referrerPolicy]).toEqual(['lazy', 'async', 'no-referrer']);
    await waitFor(() => expect(img.complete && img.naturalWidth > 0).toBe(true));
    await expect(part(root, '.media-error')).toBeNull();

    // Files: a player each, nothing fetched before Play.
    figure = await open('video');
    await expect(figure.querySelector('video')).toHaveAttribute('preload', 'none');
    await expect(figure.querySelector('video')).toHaveAttribute('controls');
    figure = await open('audio');
    await expect(figure.querySelector('audio')).toHaveAttribute('preload', 'none');
    await expect(figure.querySelector('audio')).toHaveAttribute('controls');

    // Players: a placeholder naming the provider; nothing from it until "Load …" is pressed.
    const players: [id: string, provider: string, embedHost: string][] = [
      ['youtube', 'YouTube', 'https://www.youtube-nocookie.com/embed/Xa1b2C3d4E5'],
      ['vimeo', 'Vimeo', 'https://player.vimeo.com/video/123456789'],
      ['soundcloud', 'SoundCloud', 'https://w.soundcloud.com/player/'],
      ['map', 'Google Maps', 'https://www.google.com/maps?q='],
    ];
    for (const [id, provider, embedHost] of players) {
      figure = await open(id);
      await expect(figure).toHaveClass('media-embed');
      await expect(part(root, 'iframe')).toBeNull();
      await expect(playerRequests()).toEqual([]);
      const load = present<HTMLButtonElement>(root, '[part="media-load"]');
      await expect(load).toHaveTextContent(`Load ${provider}`);
      await expect(figure.querySelector('.media-notice')).toHaveTextContent(`Loading it connects to ${provider}`);
      await userEvent.click(load);
      const frame = await waitFor(() => present<HTMLIFrameElement>(root, '[part="media"] iframe'));
      await expect(frame.src.startsWith(embedHost)).toBe(true);
      await expect(frame.title).toMatch(new RegExp(`^${provider}: `));
      await expect(frame.getAttribute('sandbox')).toContain('allow-scripts');
      await expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      await expect(part(root, '[part="media-load"]')).toBeNull();
    }

    // A page that is not embedded: a link that opens it.
    figure = await open('wikipedia');
    await expect(part(root, 'iframe')).toBeNull();
    const link = present<HTMLAnchorElement>(root, '[part="media"] a.media-link');
    await expect(link).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Lighthouse');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveTextContent('Open on Wikipedia');

    // A quote, as a quote, with its credit.
    figure = await open('quote');
    await expect(figure).toHaveClass('media-quote');
    await waitFor(() => expect(present(root, '.media-quote em')).toHaveTextContent('every'));
    await expect(present(root, '.media-quote')).toHaveTextContent('We kept the light burning every night.');
    await expect(present(root, '[part="credit"]')).toHaveTextContent('The last lighthouse keeper');
  },
};

/**
 * Captions are rich text, sanitized: bold and links stay (links open in a new tab without referrer), markup that
 * could run is dropped. Credits are plain text, even when they look like HTML.
 */
export const CaptionsAndCredits: Story = {
  render: () => html`<tl-timeline lang="en" label="Captions and credits" style=${EMBED} .events=${captionEvents}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    el.select('gate');
    const caption = () => present(root, '[part~="detail"] [part="caption"]');
    await waitFor(() => expect(caption().querySelector('b')).toHaveTextContent('east gate'));
    const link = caption().querySelector('a')!;
    await expect(link).toHaveAttribute('href', 'https://example.org/gate-history');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(caption().querySelector('img')).toBeNull();
    await expect(root.querySelector('[onerror]')).toBeNull();
    await expect((window as { __captionRan?: number }).__captionRan).toBeUndefined();
    // The credit as written, as text: no italics made of it.
    const credit = present(root, '[part~="detail"] [part="credit"]');
    await expect(credit.textContent).toBe('<i>Harbour Archive</i>, photo by R. Mendes');
    await expect(credit.querySelector('i')).toBeNull();

    // A player's caption is rich text under the placeholder, and plain text in its button's name.
    el.select('speech');
    await waitFor(() => expect(caption().querySelector('i')).toHaveTextContent('unedited'));
    await expect(present(root, '[part="media-load"]')).toHaveAttribute('aria-label', 'Load YouTube: The speech, unedited');
    await expect(present(root, '[part~="detail"] [part="credit"]')).toHaveTextContent('City Hall video team');
  },
};

/** A picture without alt text: the event is shown, its caption stands in as the alternative, and a note says so. */
export const MissingAltText: Story = {
  render: (args) =>
    html`<tl-timeline lang="en" label="Missing alt text" style=${EMBED} .events=${missingAltEvents} @tl-data-error=${args.onTlDataError}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    const { el, root } = await timelineIn(canvasElement);
    await expect(el.normalizedEvents).toHaveLength(missingAltEvents.length);
    await waitFor(() => expect(present(root, '[part="notice"] summary')).toHaveTextContent('1 note on the data'));
    await expect(present(root, '[part="notice"] li')).toHaveTextContent('no alt text (the caption is used)');
    await waitFor(() => expect(args.onTlDataError).toHaveBeenCalled());
    const { detail } = (args.onTlDataError as unknown as { mock: { calls: [CustomEvent][] } }).mock.calls.at(-1)![0];
    await expect(detail.errors.map((e: { warning?: boolean }) => e.warning)).toEqual([true]);
    el.select('pier');
    const img = await waitFor(() => present<HTMLImageElement>(root, '[part~="detail"] [part="media"] img'));
    await expect(img.alt).toBe('Low tide uncovers the old pier posts');
  },
};

// ——— From TimelineJS ———

/**
 * A TimelineJS object in an inline `<script type="application/json">`, read as a story: its title slide (with a
 * picture) is the title card; a slide's `display_date` ("Spring 1990") is the date its card shows, and a slide's
 * `background.color` the card's accent.
 */
export const FromTimelineJS: Story = {
  render: () => html`<tl-timeline lang="en" label="Radio Lindenau" story style=${EMBED}>
    <script type="application/json">
      ${JSON.stringify(radioTimelineJS)}
    </script>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(present(root, '.title-card h2')).toHaveTextContent(radioTimelineJS.title.text.headline));
    await waitFor(() => expect(present<HTMLImageElement>(root, '.title-card [part="media"] img').alt).toBe(radioTimelineJS.title.media!.alt));
    await expect(present(root, '.title-card [part="credit"]')).toHaveTextContent('Sample picture');
    const next = () => present<HTMLButtonElement>(root, '[part="next"]');
    const when = () => present(root, '[part~="detail"] .when');
    await userEvent.click(await waitFor(next));
    await waitFor(() => expect(heading(root)).toBe('The first broadcast, from a garage'));
    await expect(when()).toHaveTextContent(/1988/);
    await userEvent.click(next());
    await waitFor(() => expect(heading(root)).toBe('A licence at last'));
    // The slide's own words for its date; the computed date as the tooltip.
    await expect(when()).toHaveTextContent(/^Spring 1990/);
    await expect(when().querySelector('span[title]')!.getAttribute('title')).toMatch(/1990/);
    await userEvent.click(next());
    await waitFor(() => expect(heading(root)).toBe('The transmitter moves to the water tower'));
    await waitFor(() => expect(present(root, '[part~="detail"]').style.getPropertyValue('--_c')).toBe('#1d4ed8'));
  },
};

// ——— Theming ———

/** Story mode with pictures in the dark scheme (`theme="dark"`): the card and its caption stay readable. */
export const Dark: Story = {
  render: () =>
    html`<tl-timeline lang="en" theme="dark" label="After the flood, dark" story style=${EMBED} heading=${floodTitle.heading} text=${floodTitle.text}
      .media=${floodTitle.media} .events=${floodStory}></tl-timeline>`,
  decorators: [darkPage],
  parameters: { backgrounds: { disable: true } },
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(present(root, '.title-card h2')).toHaveTextContent(floodTitle.heading));
    await waitFor(() => expect(present(root, '.title-card [part="media"] img')).toBeTruthy());
    const channels = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const brightness = (color: string) => channels(color).reduce((a, b) => a + b, 0) / 3;
    /** The colour behind an element: its own, else the nearest ancestor's (in the shadow root) that has one. */
    const ground = (node: Element | null): string => {
      for (let n = node; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const card = present(root, '[part~="detail"]');
    await expect(brightness(ground(card))).toBeLessThan(80);
    await expect(brightness(getComputedStyle(present(root, '.title-card h2')).color)).toBeGreaterThan(170);
    await expect(brightness(getComputedStyle(present(root, '.title-card [part="caption"]')).color)).toBeGreaterThan(150);
    await userEvent.click(present(root, '[part="next"]'));
    await waitFor(() => expect(heading(root)).toBe('The river passes its warning mark'));
    await userEvent.click(present(root, '[part="next"]'));
    await waitFor(() => expect(present<HTMLImageElement>(root, '[part~="detail"] [part="media"] img').alt).toMatch(/flooded reading room/));
    await expect(brightness(getComputedStyle(present(root, '[part~="detail"] [part="credit"]')).color)).toBeGreaterThan(120);
  },
};

// ——— Found while writing these stories, fixed: kept as regression tests ———

/** The flood story, opened on its title card. */
const floodStoryMode = () =>
  html`<tl-timeline lang="en" label="After the flood" story style=${EMBED} heading=${floodTitle.heading} text=${floodTitle.text} .media=${floodTitle.media}
    .events=${floodStory}></tl-timeline>`;

/** Whether the keyboard focus is inside the open card. */
const focusInCard = (root: ShadowRoot) => !!root.activeElement?.closest('[part~="detail"]');

/** → on the title card opens the first event's card (another template), and the focus stays in the card, so → goes on. */
export const ArrowKeysGoOnAfterTheTitleCard: Story = {
  render: floodStoryMode,
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => present(root, '.title-card h2')).then((h2) => h2.focus());
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(heading(root)).toBe('The river passes its warning mark'));
    await expect(focusInCard(root)).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(heading(root)).toBe('Water reaches the reading room'));
  },
};

/** Next onto the last event disables the focused button; the focus stays in the card (on its heading). */
export const FocusStaysInTheCardAtTheLastEvent: Story = {
  render: floodStoryMode,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    el.select('donations');
    await waitFor(() => expect(heading(root)).toBe('Donated books pass the number lost'));
    present(root, '[part="next"]').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(heading(root)).toBe('The library reopens'));
    await expect(present(root, '[part="next"]')).toBeDisabled();
    // A disabled button loses the focus at the next rendering step: look after it.
    await settle(canvasElement);
    await expect(focusInCard(root)).toBe(true);
  },
};
