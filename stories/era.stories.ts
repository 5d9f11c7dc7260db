import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { attributes, timelineIn } from './support.js';

/** Controls are keyed by attribute name (the manifest's); `text` is the element's content (its name). */
interface EraArgs {
  id: string;
  start: string;
  end: string;
  color: string;
  group: string;
  text: string;
}

const eraNames = (root: ShadowRoot) => [...root.querySelectorAll('[part="era"] .era-label')].map((n) => n.textContent?.trim());

const meta = {
  title: 'Elements/tl-era',
  component: 'tl-era',
  tags: ['autodocs'],
  render: ({ text, ...args }) => html`<tl-timeline lang="en" label="Harbour history">
    <tl-event id="crane" start="1888" group="Port">The steam crane arrives</tl-event>
    <tl-event id="lighthouse" start="1903-06" group="Coast">The lighthouse is lit</tl-event>
    <tl-event id="ferry" start="1932-05" group="Port">The ferry line opens</tl-event>
    <tl-era ${attributes(args)}>${text}</tl-era>
  </tl-timeline>`,
  args: { id: 'steam', start: '1885', end: '1925', color: '#b45309', group: '', text: 'Age of steam' },
  argTypes: {
    color: { control: 'color' },
    text: { control: 'text', description: 'The content: the era\'s name, as plain text.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One era of a `<tl-timeline>`, written in HTML: a span drawn behind the lanes (or behind one lane, with ' +
          '`group`). The timeline reads it again when it changes.',
      },
    },
  },
} satisfies Meta<EraArgs>;

export default meta;
type Story = StoryObj<EraArgs>;

/** A `<tl-era>` child: drawn as a named band behind the events. */
export const FromAttributes: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(eraNames(root)).toEqual(['Age of steam']));
  },
};
