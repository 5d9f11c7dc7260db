/** Helpers for play functions: reach into `<tl-timeline>`'s shadow root and wait for it to settle. */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
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

/**
 * Sets every string, number or boolean in `args` whose key is an attribute name as that attribute on the element
 * (`true` → present, `false`/`''`/unset → absent), so each control Storybook makes from the manifest drives the
 * element. Functions, objects and camelCase keys (properties, action spies) are left alone.
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element: <tl-x ${attributes(args)}>');
  }

  render(_args: object) {
    return noChange;
  }

  override update(part: ElementPart, [args]: [object]) {
    const next = new Set<string>();
    for (const [name, value] of Object.entries(args)) {
      if (!/^[a-z][a-z0-9-]*$/.test(name) || !['string', 'number', 'boolean'].includes(typeof value)) continue;
      if (value === false || value === '') continue;
      next.add(name);
      part.element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const name of this.set) if (!next.has(name)) part.element.removeAttribute(name);
    this.set = next;
    return noChange;
  }
}
export const attributes = directive(AttributesDirective);
