// Side-effect entry: registers the elements. Safe to import more than once.
import { defineTimeline } from './components/timeline/timeline.js';

defineTimeline();

export * from './index.js';
