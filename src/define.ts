// Side-effect entry: registers the elements (companions such as <tl-overview> load when one is on the page).
// Safe to import more than once.
import './register.js';

export { loadOverview } from './components/overview-loader.js';
export { loadList } from './components/list-loader.js';
export * from './index.js';
