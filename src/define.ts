// Side-effect entry: registers the elements. Safe to import more than once.
import { defineEvent } from './components/event/event.js';
import { defineTimeline } from './components/timeline/timeline.js';

defineEvent();
defineTimeline();

export * from './index.js';
