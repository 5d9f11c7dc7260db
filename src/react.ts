// `timeline-elements/react`: React components for every element, made with @lit/react's `createComponent`. React
// 18 sets unknown props as attributes and ignores custom events; these wrappers set the elements' properties
// (`events`, `eras` …) and turn `onTlSelect`-style props into listeners, typed from HTMLElementEventMap.
// Importing this module registers the elements (as `timeline-elements/define.js` does).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './register.js';
import { TlEra as EraElement } from './components/era/era.js';
import { TlEvent as EventElement } from './components/event/event.js';
import { TlFilter as FilterElement } from './components/filter/filter.js';
import { TlList as ListElement } from './components/list/list.js';
import { TlMarker as MarkerElement } from './components/marker/marker.js';
import { TlOverview as OverviewElement } from './components/overview/overview.js';
import { TlTimeline as TimelineElement } from './components/timeline/timeline.js';

/** An event of the package's HTMLElementEventMap as a typed name for `createComponent`. */
const name = <K extends keyof HTMLElementEventMap>(type: K) => type as EventName<HTMLElementEventMap[K]>;

/** The React props that become listeners on `<tl-timeline>`, and the events they listen to. */
const timelineEvents = {
  onTlSelect: name('tl-select'),
  onTlRangeChange: name('tl-range-change'),
  onTlLoad: name('tl-load'),
  onTlError: name('tl-error'),
  onTlDataError: name('tl-data-error'),
};

/** `<tl-timeline>`: `events`, `eras`, `markers` … as props; `onTlSelect`, `onTlRangeChange`, `onTlLoad`, `onTlError`, `onTlDataError`. */
export const TlTimeline = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-timeline', elementClass: TimelineElement, events: timelineEvents, displayName: 'TlTimeline' });
/** `<tl-overview>`: the data's density with the visible window as a brush (inside a `TlTimeline`, or `for` its id). */
export const TlOverview = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-overview', elementClass: OverviewElement, displayName: 'TlOverview' });
/** `<tl-list>`: the timeline's events as a table (inside a `TlTimeline`, or `for` its id). */
export const TlList = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-list', elementClass: ListElement, displayName: 'TlList' });
/** `<tl-filter>`: search and facets that filter a timeline (inside a `TlTimeline`, or `for` its id). */
export const TlFilter = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-filter', elementClass: FilterElement, displayName: 'TlFilter' });
/** `<tl-event>`: one event written as markup, inside a `TlTimeline`. */
export const TlEvent = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-event', elementClass: EventElement, displayName: 'TlEvent' });
/** `<tl-era>`: a named span of time drawn behind the events, inside a `TlTimeline`. */
export const TlEra = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-era', elementClass: EraElement, displayName: 'TlEra' });
/** `<tl-marker>`: a named instant drawn across the lanes, inside a `TlTimeline`. */
export const TlMarker = /*#__PURE__*/ createComponent({ react: React, tagName: 'tl-marker', elementClass: MarkerElement, displayName: 'TlMarker' });

export type { TlSelectDetail, TlRangeChangeDetail, TlLoadDetail, TlErrorDetail, TlDataErrorDetail } from './api.js';
