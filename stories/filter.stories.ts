import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { TlTimeline } from '../src/index.js';
import { corpusEvents } from '../src/data/corpus.js';
import { settle } from './support.js';

interface FilterArgs {
  filterMode: 'dim' | 'hide';
  query: string;
}

const meta = {
  title: 'Elements/tl-filter',
  component: 'tl-filter',
  tags: ['autodocs'],
  render: (args) => html`<tl-filter for="corpus-search"></tl-filter>
    <tl-timeline id="corpus-search" lang="en" label="Corpus" query=${args.query} filter-mode=${args.filterMode} .events=${corpusEvents}></tl-timeline>
    <tl-list for="corpus-search" max-height="240px"></tl-list>`,
  args: { filterMode: 'dim', query: '' },
  argTypes: {
    filterMode: { control: 'inline-radio', options: ['dim', 'hide'] },
    query: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A search field and chips (lanes, categories, tags, with counts) for a timeline: `for="id"` or nested. Typing ' +
          'sets the timeline\'s `query` (title, summary, tags, actors, lane; "Munchen" finds "München"), a chip its ' +
          '`filter`; the timeline dims what does not match (or leaves it out with `filter-mode="hide"`), the list shows ' +
          'the matches, and a polite status says "N of M events match". The search loads with the first query.',
      },
    },
  },
} satisfies Meta<FilterArgs>;

export default meta;
type Story = StoryObj<FilterArgs>;

/** The corpus with a search field and chips, linked to a timeline and a list: typing a query counts the matches. */
export const Linked: Story = {
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('tl-filter');
    const filter = canvasElement.querySelector('tl-filter')!;
    const el = canvasElement.querySelector<TlTimeline>('tl-timeline')!;
    await waitFor(() => expect(filter.shadowRoot?.querySelector('input')).toBeTruthy());
    await settle(canvasElement);
    await userEvent.type(filter.shadowRoot!.querySelector('input')!, 'munchen');
    await waitFor(() => expect(el.query).toBe('munchen'));
    await el.model.search.settled();
    const status = () => filter.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    await waitFor(() => expect(status()).toBe(`${el.model.search.count} of ${corpusEvents.length} events match`));
    await expect(el.shadowRoot!.querySelector('[part=plot]')!.getAttribute('aria-label')).toContain('events match');
  },
};

/** `filter-mode="hide"`: only the matches are drawn, in the keyboard order and in the count. */
export const Hide: Story = { args: { filterMode: 'hide', query: 'election' } };
