// `timeline-elements/svelte` (types only): the tags in Svelte templates, for svelte-check and the Svelte language
// server. Svelte sets an element's properties when it has them (`events={rows}`) and listens to `ontl-select`
// (Svelte 5) or `on:tl-select` (Svelte 4) by the event's name; these types add each tag's settable properties and
// the timeline's events to `SvelteHTMLElements` (and so to `svelteHTML.IntrinsicElements`).
import type { HTMLAttributes } from 'svelte/elements';
import type { ElementProps, TlElements } from './jsx-types.js';

type Handler<K extends keyof HTMLElementEventMap> = ((event: HTMLElementEventMap[K]) => void) | undefined | null;

/** The timeline's events as Svelte 5 (`ontl-select`) and Svelte 4 (`on:tl-select`) attributes. */
export interface TimelineSvelteEvents {
  'ontl-select'?: Handler<'tl-select'>;
  'ontl-range-change'?: Handler<'tl-range-change'>;
  'ontl-load'?: Handler<'tl-load'>;
  'ontl-error'?: Handler<'tl-error'>;
  'ontl-data-error'?: Handler<'tl-data-error'>;
  'on:tl-select'?: Handler<'tl-select'>;
  'on:tl-range-change'?: Handler<'tl-range-change'>;
  'on:tl-load'?: Handler<'tl-load'>;
  'on:tl-error'?: Handler<'tl-error'>;
  'on:tl-data-error'?: Handler<'tl-data-error'>;
}

type Own = { [K in keyof TlElements]: ElementProps<TlElements[K]> & (K extends 'tl-timeline' ? TimelineSvelteEvents : unknown) };

/** Each tag's attributes in a Svelte template: Svelte's common ones, then the tag's own (which win). */
export type TlSvelteElements = { [K in keyof TlElements]: Omit<HTMLAttributes<TlElements[K]>, keyof Own[K]> & Own[K] };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends TlSvelteElements {}
}
