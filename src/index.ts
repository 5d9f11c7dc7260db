// Public API, without side effects: import 'timeline-elements/define.js' to register the elements.
export * from './api.js';
export { createZone } from './model/zone.js';
export { readEraElement, readMarkerElement } from './controllers/read-event.js';
export { convert, detectFormat, fromCSV, fromTimelineJS, fromVisItems, parseTimelineJS, type ConvertResult } from './formats/index.js';
