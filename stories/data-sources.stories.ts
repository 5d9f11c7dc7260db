import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { timelineIn } from './support.js';

/**
 * `<tl-timeline>` reading its data from HTML: a file (`src`, with `format` or detected), an inline JSON script,
 * and `<tl-event>` children. Sample files are in `test/fixtures/`, written in TimelineJS's and vis-timeline's
 * documented formats.
 */
interface SourceArgs {
  onTlLoad: (e: Event) => void;
  onTlError: (e: Event) => void;
}

const meta = {
  title: 'Elements/tl-timeline/Data sources',
  component: 'tl-timeline',
  args: { onTlLoad: fn(), onTlError: fn() },
} satisfies Meta<SourceArgs>;

export default meta;
type Story = StoryObj<SourceArgs>;

const eventIds = (root: ShadowRoot) => [...root.querySelectorAll<SVGElement>('[part="event"]')].map((n) => n.dataset.eventId);

/** A TimelineJS3 JSON file, format detected. Its HTML text is sanitized when shown. */
export const TimelineJSFile: Story = {
  render: (args) => html`<tl-timeline src="/fixtures/timelinejs.json" lang="en" @tl-load=${args.onTlLoad} @tl-error=${args.onTlError}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onTlLoad).toHaveBeenCalled());
    const { el } = await timelineIn(canvasElement);
    const detail = (args.onTlLoad as ReturnType<typeof fn>).mock.calls[0]![0].detail;
    await expect(detail.format).toBe('timelinejs');
    await expect(el.normalizedEvents.length).toBeGreaterThan(3);
  },
};

/** vis-timeline items and groups (`{ items, groups }`), named with `format="vis"`. */
export const VisTimelineItems: Story = {
  render: (args) => html`<tl-timeline src="/fixtures/vis-items.json" format="vis" lang="en" @tl-load=${args.onTlLoad}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onTlLoad).toHaveBeenCalled());
    const { el } = await timelineIn(canvasElement);
    await expect(el.normalizedEvents.length).toBeGreaterThan(2);
  },
};

/** A TimelineJS Google Sheet downloaded as CSV: the header row tells the layout. */
export const TimelineJSSheetCSV: Story = {
  render: (args) => html`<tl-timeline src="/fixtures/timelinejs-sheet.csv" lang="en" @tl-load=${args.onTlLoad}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onTlLoad).toHaveBeenCalled());
    const { el } = await timelineIn(canvasElement);
    await expect(el.normalizedEvents.length).toBeGreaterThan(2);
  },
};

/** A file that does not exist: the reason is shown in the element, and `tl-error` says it too. */
export const FetchError: Story = {
  render: (args) => html`<tl-timeline src="/fixtures/missing.json" lang="en" @tl-error=${args.onTlError}></tl-timeline>`,
  play: async ({ canvasElement, args }) => {
    await waitFor(() => expect(args.onTlError).toHaveBeenCalled());
    const { root } = await timelineIn(canvasElement);
    const status = root.querySelector('[part="status"]')!;
    await expect(status.getAttribute('data-state')).toBe('error');
    await expect(status.textContent).toContain('404');
  },
};

/** While the file is on its way. (The story holds the request open so the state stays on screen.) */
export const Loading: Story = {
  render: () => {
    const pending = new Promise<Response>(() => undefined);
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes('/slow/') ? pending : original(input, init));
    return html`<tl-timeline src="/slow/events.json" lang="en"></tl-timeline>`;
  },
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(root.querySelector('[part="status"]')?.getAttribute('data-state')).toBe('loading'));
    await expect(root.querySelector('[part="status"]')!.textContent).toContain('Loading events');
  },
};

/** Data in an inline `<script type="application/json">` child. */
export const InlineJSON: Story = {
  render: () => html`<tl-timeline lang="en">
    <script type="application/json">
      [
        { "id": "founded", "start": "1916", "title": "Founded in Munich", "group": "Company" },
        { "id": "first-car", "start": "1928", "title": "First car", "group": "Cars" },
        { "id": "electric", "start": "2013-11", "title": "First electric model on sale", "group": "Cars" }
      ]
    </script>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eventIds(root).sort()).toEqual(['electric', 'first-car', 'founded']));
  },
};

/**
 * `<tl-event>` children: plain HTML an editor can write. Before the script loads they are ordinary page
 * content; after, the timeline draws them. Adding a child adds an event.
 */
export const TlEventChildren: Story = {
  render: () => html`<tl-timeline lang="en" label="Declarative">
    <tl-event id="catl" start="2012" group="BMW">CATL's first carmaker customer<p>Known only to the year.</p></tl-event>
    <tl-event id="genie" start="2018-04" group="Alibaba" href="https://example.org/genie">Voice assistant in the car</tl-event>
    <tl-event id="cockpit" start="2025-03?" group="BMW">AI cockpit announced</tl-event>
  </tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eventIds(root).sort()).toEqual(['catl', 'cockpit', 'genie']));
    const added = document.createElement('tl-event');
    added.id = 'later';
    added.setAttribute('start', '2026');
    added.setAttribute('group', 'BMW');
    added.textContent = 'Model year 2026';
    el.append(added);
    await waitFor(() => expect(el.normalizedEvents.map((e) => e.id)).toContain('later'));
  },
};
