import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { attributes, timelineIn } from './support.js';

/** Controls are keyed by attribute name (the manifest's); `text` is the element's content (its name). */
interface MarkerArgs {
  id: string;
  at: string;
  text: string;
}

const markerNames = (root: ShadowRoot) => [...root.querySelectorAll('[part="marker"] .marker-label')].map((n) => n.textContent?.trim());

const meta = {
  title: 'Elements/tl-marker',
  component: 'tl-marker',
  tags: ['autodocs'],
  render: ({ text, ...args }) => html`<tl-timeline lang="en" label="Harbour history">
    <tl-event id="crane" start="1888" group="Port">The steam crane arrives</tl-event>
    <tl-event id="lighthouse" start="1903-06" group="Coast">The lighthouse is lit</tl-event>
    <tl-event id="ferry" start="1932-05" group="Port">The ferry line opens</tl-event>
    <tl-marker ${attributes(args)}>${text}</tl-marker>
  </tl-timeline>`,
  args: { id: 'storm', at: '1911-11-18', text: 'The great storm' },
  argTypes: { text: { control: 'text', description: 'The content: the marker\'s name, as plain text.' } },
  parameters: {
    docs: {
      description: {
        component:
          'One marker of a `<tl-timeline>`, written in HTML: a single moment drawn as a line across the lanes. The ' +
          'timeline reads it again when it changes.',
      },
    },
  },
} satisfies Meta<MarkerArgs>;

export default meta;
type Story = StoryObj<MarkerArgs>;

/** A `<tl-marker>` child: drawn as a named line at its moment. */
export const FromAttributes: Story = {
  play: async ({ canvasElement }) => {
    const { root } = await timelineIn(canvasElement);
    await waitFor(() => expect(markerNames(root)).toEqual(['The great storm']));
  },
};
