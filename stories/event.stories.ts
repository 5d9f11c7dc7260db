import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { attributes, timelineIn } from './support.js';

/** Controls are keyed by attribute name (the manifest's); `text` is the element's content (its title). */
interface EventArgs {
  id: string;
  start: string;
  end: string;
  group: string;
  category: string;
  tags: string;
  href: string;
  text: string;
}

const meta = {
  title: 'Elements/tl-event',
  component: 'tl-event',
  tags: ['autodocs'],
  // The `<tl-event>` in the middle is the one the controls edit; the timeline reads it again on every change.
  render: ({ text, ...args }) => html`<tl-timeline lang="en" label="Harbour history" color-by="category">
    <tl-event id="crane" start="1888" group="Port" category="machine">The steam crane arrives</tl-event>
    <tl-event ${attributes(args)}>${text}</tl-event>
    <tl-event id="ferry" start="1932-05" end="1960" group="Port" category="service">The ferry line runs</tl-event>
  </tl-timeline>`,
  args: {
    id: 'lighthouse',
    start: '1903-06',
    end: '',
    group: 'Coast',
    category: 'building',
    tags: 'light, coast',
    href: '',
    text: 'The lighthouse is lit',
  },
  argTypes: { text: { control: 'text', description: 'The content: the title (then an optional summary).' } },
  parameters: {
    docs: {
      description: {
        component:
          'One event of a `<tl-timeline>`, written in HTML: the timeline reads its attributes and text, and reads them ' +
          'again when they change. Without JavaScript the content stays in the page as plain text.',
      },
    },
  },
} satisfies Meta<EventArgs>;

export default meta;
type Story = StoryObj<EventArgs>;

/** A `<tl-event>` between two others: its attributes become the event's fields. */
export const FromAttributes: Story = {
  play: async ({ canvasElement }) => {
    const { el } = await timelineIn(canvasElement);
    await waitFor(() => expect(el.normalizedEvents.map((e) => e.id)).toEqual(['crane', 'lighthouse', 'ferry']));
    const event = el.normalizedEvents.find((e) => e.id === 'lighthouse')!;
    await expect(event.title).toBe('The lighthouse is lit');
    await expect([event.group, event.category, event.tags]).toEqual(['Coast', 'building', ['light', 'coast']]);
  },
};
