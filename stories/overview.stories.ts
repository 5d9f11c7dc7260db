import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { OverviewElement } from '../src/components/overview/overview.js';
import type { TlTimeline } from '../src/index.js';
import { corpusEvents } from '../src/data/corpus.js';
import { generateEvents } from '../src/data/generate.js';
import { attributes, settle, span } from './support.js';

interface OverviewArgs {
  for: string;
  label: string;
  theme: '' | 'light' | 'dark';
  onTlRangeChange: (e: Event) => void;
}

/** The story's `<tl-overview>`, loaded, bound and drawn, with its timeline. */
async function overviewIn(canvasElement: HTMLElement): Promise<{ el: TlTimeline; ov: OverviewElement; root: ShadowRoot }> {
  await customElements.whenDefined('tl-overview');
  const ov = canvasElement.querySelector('tl-overview')!;
  await waitFor(() => expect(ov.shadowRoot?.querySelector('[part=window]')).toBeTruthy());
  await settle(canvasElement);
  const el = (ov.closest('tl-timeline') ?? canvasElement.querySelector(`#${ov.for}`)) as TlTimeline;
  return { el, ov, root: ov.shadowRoot! };
}

const meta = {
  title: 'Elements/tl-overview',
  component: 'tl-overview',
  tags: ['autodocs'],
  render: (args) => html`<tl-timeline lang="en" label="Corpus" .events=${corpusEvents} @tl-range-change=${args.onTlRangeChange}>
    <tl-overview ${attributes(args)}></tl-overview>
  </tl-timeline>`,
  args: { for: '', label: '', theme: '', onTlRangeChange: fn() },
  argTypes: {
    for: { control: 'text' },
    label: { control: 'text' },
    theme: { control: { type: 'inline-radio', labels: { '': 'auto' } }, options: ['', 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole span of a timeline\'s data as a density histogram in its lanes\' colours, with the visible window ' +
          'as a brush: drag the brush to pan, drag an end to zoom, click beside it to centre there. Its two ends are ' +
          'sliders for the keyboard (arrows, Shift + arrows, Page Up/Down, Home, End). Nest it in a `<tl-timeline>` ' +
          'or give it `for="id"`. Its code loads the first time one is on the page.',
      },
    },
  },
} satisfies Meta<OverviewArgs>;

export default meta;
type Story = StoryObj<OverviewArgs>;

/** Nested in the timeline: shown below the plot, following every zoom and pan. */
export const Nested: Story = {
  play: async ({ canvasElement }) => {
    const { el, ov, root } = await overviewIn(canvasElement);
    await expect(ov.getBoundingClientRect().top).toBeGreaterThan(el.shadowRoot!.querySelector('[part=plot]')!.getBoundingClientRect().top);
    const brush = () => root.querySelector<HTMLElement>('[part=window]')!.getBoundingClientRect().width;
    const whole = brush();
    await el.zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1));
    await waitFor(() => expect(brush()).toBeLessThan(whole / 2));
  },
};

/** Its two ends are sliders: each arrow moves one end by a hundredth of the whole span, and the timeline follows. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const { el, root } = await overviewIn(canvasElement);
    const fitted = span(el);
    root.querySelector<HTMLElement>('[role=slider][data-end=start]')!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(span(el) / fitted).toBeCloseTo(0.98, 4));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(Math.abs(span(el) - fitted)).toBeLessThan(fitted * 1e-6));
    await waitFor(() => expect(args.onTlRangeChange).toHaveBeenCalled());
  },
};

/** Linked by `for="id"` to a timeline elsewhere on the page — here one of 10,000 events, below the strip. */
export const LinkedByFor: Story = {
  render: (args) => html`<tl-overview for="big" label=${args.label || nothing}></tl-overview>
    <p style="font: 14px system-ui; margin: 8px 0">10,000 generated events, 1900–2025:</p>
    <tl-timeline id="big" lang="en" label="10,000 events" .events=${generateEvents({ n: 10_000, seed: 1 })}></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { el, root } = await overviewIn(canvasElement);
    await expect(el.id).toBe('big');
    await expect(root.querySelectorAll('path').length).toBeGreaterThan(1);
  },
};

/** The dark scheme, from the timeline's `theme` (or its own). */
export const Dark: Story = {
  render: (args) => html`<tl-timeline lang="en" theme="dark" label="Corpus, dark" .events=${corpusEvents} @tl-range-change=${args.onTlRangeChange}>
    <tl-overview></tl-overview>
  </tl-timeline>`,
  decorators: [(story) => html`<div style="background:#0b0e13;padding:16px;border-radius:8px">${story()}</div>`],
  parameters: { backgrounds: { disable: true } },
  play: async ({ canvasElement }) => {
    const { ov } = await overviewIn(canvasElement);
    await expect(ov.dataset.scheme).toBe('dark');
  },
};

/** In German: the timeline's language names the strip and its ends. */
export const German: Story = {
  render: () => html`<tl-timeline lang="de" label="Korpus" .events=${corpusEvents}><tl-overview></tl-overview></tl-timeline>`,
  play: async ({ canvasElement }) => {
    const { root } = await overviewIn(canvasElement);
    await expect(root.querySelector('[part=base]')!.getAttribute('aria-label')).toMatch(/^Übersicht: /);
    await expect(root.querySelector('[data-end=end]')!.getAttribute('aria-label')).toBe('Ende des sichtbaren Zeitraums');
  },
};
