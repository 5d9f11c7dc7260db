// The public API but the format adapters, without side effects (the script-tag bundle exports it with async adapters).
export { TlTimeline, defineTimeline } from './components/timeline/timeline.js';
export type { TlSelectDetail, TlRangeChangeDetail, TlDataErrorDetail, TlLoadDetail, TlErrorDetail, VisibleItem } from './components/timeline/timeline.component.js';
export { TlEvent, defineEvent } from './components/event/event.js';
export { TlEra, defineEra } from './components/era/era.js';
export { TlMarker, defineMarker } from './components/marker/marker.js';
export { readEventElement } from './controllers/read-event.js';
export type { DataLoadError, DataOrigin, DataSourceResult } from './controllers/data-source-controller.js';
export type {
  DataError,
  DateInput,
  DatePoint,
  EraInput,
  GroupInput,
  MarkerInput,
  Media,
  MediaInput,
  MediaKind,
  EventSource,
  LocalizedText,
  NormalizeResult,
  Precision,
  TimelineEvent,
  TimelineEventInput,
} from './model/types.js';
export { parseEventDate, type ParseResult } from './model/date.js';
export { normalizeEvents } from './model/normalize.js';
export { formatDatePoint, formatEventDate, localize } from './model/text.js';
export { registerDateWords, type DateWords } from './model/date-words.js';
export { computeTicks, type Tick } from './layout/ticks.js';
export type { TimeZone } from './model/zone.js';
export { layoutLanes } from './layout/lanes.js';
export { buildScene } from './layout/scene.js';
export { safeUrl } from './model/url.js';
export { TimelineModel, COLOR_BY, type ColorBy, type ModelChange } from './state/timeline-model.js';
export type { FormatName } from './formats/detect.js';
export type { Formats } from './formats/load.js';
