// `timeline-elements/jsx` (types only): the tags in JSX for React 19, which sets an element's properties and listens
// to `on<event>` props by the event's exact name (`ontl-select`). Importing this module's types adds the tags to
// `React.JSX.IntrinsicElements`. `IntrinsicElementsWith` builds the same map on another JSX runtime's common props
// (Preact: see the README's "Frameworks" section).
import type { IntrinsicElementsWith, TlElementProps, TlElements } from './jsx-types.js';

export type { ElementProps, IntrinsicElementsWith, TimelineEventProps, TlElementProps, TlElements } from './jsx-types.js';

type ReactCommon = {
  [K in keyof TlElementProps]: import('react').HTMLAttributes<TlElements[K]> & import('react').RefAttributes<TlElements[K]> & { key?: import('react').Key | null | undefined; children?: import('react').ReactNode };
};

/** The tags in React 19's JSX. */
export type TlIntrinsicElements = IntrinsicElementsWith<ReactCommon>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends TlIntrinsicElements {}
  }
}
