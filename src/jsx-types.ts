// The tags' own props, for every JSX runtime and for Vue: each element's settable properties and the timeline's
// events. No framework's types here: src/jsx.ts adds React's common props, src/vue.ts Vue's.
import type { ReactiveElement } from 'lit';
import type { FilterElement } from './components/filter/filter.factory.js';
import type { ListElement } from './components/list/list.api.js';
import type { OverviewElement } from './components/overview/overview.factory.js';
import type { TlEra } from './components/era/era.component.js';
import type { TlEvent } from './components/event/event.component.js';
import type { TlMarker } from './components/marker/marker.component.js';
import type { TlTimeline } from './components/timeline/timeline.component.js';
import type {} from './components/timeline/timeline.js'; // HTMLElementEventMap's tl-* events

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;
/** The keys of `E` a page may set: not read-only, not methods, not HTMLElement's or Lit's own. */
type SettableKeys<E> = {
  [K in Exclude<keyof E, keyof ReactiveElement>]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : IfEquals<{ [Q in K]: E[K] }, { -readonly [Q in K]: E[K] }, K, never>;
}[Exclude<keyof E, keyof ReactiveElement>];

/** An element's public properties, each optional. */
export type ElementProps<E> = { [K in SettableKeys<E>]?: E[K] };

/** `<tl-timeline>`'s events as React 19 / Preact listener props (`ontl-select` listens to `tl-select`). */
export interface TimelineEventProps {
  'ontl-select'?: (event: HTMLElementEventMap['tl-select']) => void;
  'ontl-range-change'?: (event: HTMLElementEventMap['tl-range-change']) => void;
  'ontl-load'?: (event: HTMLElementEventMap['tl-load']) => void;
  'ontl-error'?: (event: HTMLElementEventMap['tl-error']) => void;
  'ontl-data-error'?: (event: HTMLElementEventMap['tl-data-error']) => void;
}

/** Each tag's own props (properties and events), without a JSX runtime's common attributes. */
export interface TlElementProps {
  'tl-timeline': ElementProps<TlTimeline> & TimelineEventProps;
  'tl-overview': ElementProps<OverviewElement>;
  'tl-list': ElementProps<ListElement>;
  'tl-filter': ElementProps<FilterElement>;
  'tl-event': ElementProps<TlEvent>;
  'tl-era': ElementProps<TlEra>;
  'tl-marker': ElementProps<TlMarker>;
}

/** The element class behind each tag. */
export interface TlElements {
  'tl-timeline': TlTimeline;
  'tl-overview': OverviewElement;
  'tl-list': ListElement;
  'tl-filter': FilterElement;
  'tl-event': TlEvent;
  'tl-era': TlEra;
  'tl-marker': TlMarker;
}

/**
 * The tags for a JSX runtime whose common props for an element `E` are `Common<E>` (React: `HTMLAttributes<E>`
 * with `ref`, `key` and `children`); a tag's own props win over common ones of the same name (`lang`, `title`).
 */
export type IntrinsicElementsWith<Common extends Record<keyof TlElementProps, object>> = {
  [K in keyof TlElementProps]: Omit<Common[K], keyof TlElementProps[K]> & TlElementProps[K];
};
