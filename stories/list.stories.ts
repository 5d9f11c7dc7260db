import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { ListElement } from '../src/components/list/list.js';
import type { TlTimeline } from '../src/index.js';
import { corpusEvents } from '../src/data/corpus.js';
import { settle } from './support.js';

interface ListArgs {
  label: string;
  theme: '' | 'light' | 'dark';
  'max-height': string;
}

/** The story's `<tl-list>`, loaded, bound and drawn, with its timeline. */
async function listIn(canvasElement: HTMLElement): Promise<{ el: TlTimeline; list: ListElement; root: ShadowRoot }> {
  await customElements.whenDefined('tl-list');
  const list = canvasElement.querySelector('tl-list')!;
  await waitFor(() => expect(list.shadowRoot?.querySelector('tbody tr[part=row]')).toBeTruthy());
  await settle(canvasElement);
  const el = canvasElement.querySelector<TlTimeline>(`#${list.for}`)!;
  return { el, list, root: list.shadowRoot! };
}

const rowOf = (root: ShadowRoot, title: string) => [...root.querySelectorAll<HTMLElement>('tr[part=row]')].find((tr) => tr.querySelector('th')?.textContent === title);

const meta = {
  title: 'Elements/tl-list',
  component: 'tl-list',
  tags: ['autodocs'],
  render: (args) => html`<tl-list for="corpus" label=${args.label || nothing} theme=${args.theme || nothing} max-height=${args['max-height'] || nothing}></tl-list>
    <p style="font: 14px system-ui; margin: 8px 0">The timeline the list reads, further down the page:</p>
    <tl-timeline id="corpus" lang="en" label="Corpus" .events=${corpusEvents}></tl-timeline>`,
  args: { label: '', theme: '', 'max-height': '' },
  argTypes: {
    label: { control: 'text' },
    theme: { control: { type: 'inline-radio', labels: { '': 'auto' } }, options: ['', 'light', 'dark'] },
    'max-height': { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A timeline\'s events as an accessible table in date order, grouped by year: the date at its precision in ' +
          'words, title, lane, category, source, and a Show button that selects the event in the timeline. ' +
          'Virtualized (a million events keep the DOM to a few dozen rows, with the true row count for assistive ' +
          'technology). Under 480 px each row wraps the whole title; printed, it lists its first 2,000 rows with the ' +
          'sources\' addresses. Nest it in a `<tl-timeline>` or give it `for="id"`; its code loads on first use.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** Alone: linked by `for` to a timeline elsewhere on the page, it lists every event of it. */
export const ListAlone: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = await listIn(canvasElement);
    const table = root.querySelector('table')!;
    await expect(Number(table.getAttribute('aria-rowcount'))).toBeGreaterThan(el.normalizedEvents.length);
    await expect(root.querySelector('tr[part=year]')).toBeTruthy();
  },
};

/** Linked: Show in the list selects the event in the timeline, whose card opens; the timeline's selection marks the row. */
export const ListLinked: Story = {
  render: () => html`<tl-timeline id="linked" lang="en" label="Corpus" .events=${corpusEvents}></tl-timeline>
    <tl-list for="linked" max-height="320px"></tl-list>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await listIn(canvasElement);
    const row = root.querySelector<HTMLElement>('tr[part=row]')!;
    const title = row.querySelector('th')!.textContent!;
    row.querySelector<HTMLButtonElement>('button[part=show]')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~=detail] h2')?.textContent).toBe(title));
    await expect(rowOf(root, title)!.getAttribute('aria-current')).toBe('true');
  },
};

/** On a phone: under 480 px each row shows the date on a line, the whole title wrapped, lane, category and source below. */
export const NarrowList: Story = {
  render: () => html`<tl-list for="phone" max-height="520px"></tl-list>
    <tl-timeline id="phone" lang="en" label="Corpus" no-list-first .events=${corpusEvents}></tl-timeline>`,
  decorators: [(story) => html`<div style="max-width:390px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const { list, root } = await listIn(canvasElement);
    await waitFor(() => expect(list.dataset.layout).toBe('narrow'));
    for (const name of root.querySelectorAll<HTMLElement>('tr[part=row] .name')) await expect(name.scrollHeight).toBeLessThanOrEqual(name.clientHeight + 1);
  },
};
