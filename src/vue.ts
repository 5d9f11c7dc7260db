// `timeline-elements/vue` (types only): the tags in Vue 3 templates, for vue-tsc and Volar. Vue reads a component's
// props from `$props` and its events from `$emit`; these types give each tag its settable properties, Vue's common
// attributes, and the timeline's events (`@tl-select` is the `onTlSelect` prop). Vue must still be told that
// `tl-` tags are custom elements (`isCustomElement`, see the README's "Frameworks" section).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ElementProps, TlElements } from './jsx-types.js';

/** The timeline's events as Vue props (`@tl-select="…"` in a template is `onTlSelect`). */
export interface TimelineVueEvents {
  onTlSelect?: (event: HTMLElementEventMap['tl-select']) => void;
  onTlRangeChange?: (event: HTMLElementEventMap['tl-range-change']) => void;
  onTlLoad?: (event: HTMLElementEventMap['tl-load']) => void;
  onTlError?: (event: HTMLElementEventMap['tl-error']) => void;
  onTlDataError?: (event: HTMLElementEventMap['tl-data-error']) => void;
}
type TimelineEmits = {
  'tl-select': (event: HTMLElementEventMap['tl-select']) => void;
  'tl-range-change': (event: HTMLElementEventMap['tl-range-change']) => void;
  'tl-load': (event: HTMLElementEventMap['tl-load']) => void;
  'tl-error': (event: HTMLElementEventMap['tl-error']) => void;
  'tl-data-error': (event: HTMLElementEventMap['tl-data-error']) => void;
};

/** A custom element as Vue sees a component: the element, with `$props` and `$emit` for template checking. */
export type VueCustomElement<E extends HTMLElement, Props = ElementProps<E>, Emits extends Record<string, (...args: never[]) => void> = Record<never, never>> = new () => E & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<Emits>;
};

/** Each tag as a Vue global component. */
export interface TlVueComponents {
  'tl-timeline': VueCustomElement<TlElements['tl-timeline'], ElementProps<TlElements['tl-timeline']> & TimelineVueEvents, TimelineEmits>;
  'tl-overview': VueCustomElement<TlElements['tl-overview']>;
  'tl-list': VueCustomElement<TlElements['tl-list']>;
  'tl-filter': VueCustomElement<TlElements['tl-filter']>;
  'tl-event': VueCustomElement<TlElements['tl-event']>;
  'tl-era': VueCustomElement<TlElements['tl-era']>;
  'tl-marker': VueCustomElement<TlElements['tl-marker']>;
}

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends TlVueComponents {}
}
