import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
// The corpus timeline as the server renders it (`.storybook/main.ts` renders it with `timeline-elements/ssr`).
import rendered from 'virtual:ssr-corpus';

const meta = {
  title: 'Guides/Server rendering',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          '`renderTimeline(events, options)` from `timeline-elements/ssr` (Node) writes a `<tl-timeline>` with its first ' +
          'view in declarative shadow DOM: header, summary, axis, lanes and every event of the first view as text. ' +
          'Below, that HTML in a frame where no script may run — what a reader sees before the bundle loads, or with ' +
          'JavaScript off. Once the bundle runs, the element draws over it in place (no layout shift). See the README.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><style>body{margin:0;padding:8px;font:14px system-ui,sans-serif}</style></head><body>${body}</body></html>`;

/** The server's HTML in a sandboxed frame without scripts: the timeline is there all the same. */
export const WithoutJavaScript: Story = {
  render: () =>
    rendered
      ? html`<iframe title="The corpus timeline rendered on the server, scripts off" sandbox="allow-same-origin" style="width: 100%; max-width: 1040px; height: 520px; border: 1px solid #ccc" .srcdoc=${page(rendered)}></iframe>`
      : html`<p>Run <code>npm run build</code> to see the server's rendering here.</p>`,
  play: async ({ canvasElement }) => {
    if (!rendered) return;
    const frame = canvasElement.querySelector('iframe')!;
    await waitFor(() => expect(frame.contentDocument?.querySelector('tl-timeline')?.shadowRoot?.querySelector('svg.server')).toBeTruthy());
    const doc = frame.contentDocument!;
    // No script ran in the frame: the element is not defined there, and its shadow root is the parser's.
    await expect(doc.defaultView!.customElements.get('tl-timeline')).toBeUndefined();
    const root = doc.querySelector('tl-timeline')!.shadowRoot!;
    await expect(root.querySelectorAll('ol.s-list li').length).toBe(26);
    await expect(root.querySelector('[part="summary"]')!.textContent).toContain('26 von 26');
  },
};
