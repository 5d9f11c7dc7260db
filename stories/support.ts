/** Helpers for play functions: reach into `<tl-timeline>`'s shadow root and wait for it to settle. */
import { within } from 'storybook/test';
import type { TlTimeline } from '../src/index.js';
import { settle } from '../.storybook/checks.js';

export { settle };

/** The first `<tl-timeline>` in the story, rendered and sized, with a `within` bound to its shadow root. */
export async function timelineIn(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('tl-timeline');
  if (!el) throw new Error('no <tl-timeline> in the story');
  await settle(canvasElement);
  const root = el.shadowRoot!;
  return { el: el as TlTimeline, root, shadow: within(root as unknown as HTMLElement) };
}

/** Width of the visible window in ms. */
export const span = (el: TlTimeline) => el.visibleRange.endMs - el.visibleRange.startMs;
