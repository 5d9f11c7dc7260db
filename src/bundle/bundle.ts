// The script-tag bundle's entry: registers the elements and exports the API. The format adapters (TimelineJS,
// vis-timeline, CSV) are not in this file: `timeline-elements.formats.js` beside it loads the first time data in
// another format arrives, or one of the functions below is called — which is why here they return promises (the
// npm package's are synchronous).
import '../register.js';
import { loadFormats, type Formats } from '../formats/load.js';

export * from '../api.js';
export { loadOverview } from './overview-loader.js';
export { loadList } from './list-loader.js';
export { loadFilter } from './filter-loader.js';
export { loadFormats };

type Async<F extends (...args: never[]) => unknown> = (...args: Parameters<F>) => Promise<ReturnType<F>>;

/** Reads data in any format we know (see `convert` in the npm package); resolves once the adapters have loaded. */
export const convert: Async<Formats['convert']> = async (...args) => (await loadFormats()).convert(...args);
export const detectFormat: Async<Formats['detectFormat']> = async (...args) => (await loadFormats()).detectFormat(...args);
export const fromCSV: Async<Formats['fromCSV']> = async (...args) => (await loadFormats()).fromCSV(...args);
export const fromTimelineJS: Async<Formats['fromTimelineJS']> = async (...args) => (await loadFormats()).fromTimelineJS(...args);
export const fromVisItems: Async<Formats['fromVisItems']> = async (...args) => (await loadFormats()).fromVisItems(...args);
export const parseTimelineJS: Async<Formats['parseTimelineJS']> = async (...args) => (await loadFormats()).parseTimelineJS(...args);
export type { ConvertResult } from '../formats/index.js';
