// Registers the elements (companions such as <tl-overview> load when one is on the page). Safe to run twice.
import { defineEvent } from './components/event/event.js';
import { defineTimeline } from './components/timeline/timeline.js';
import { watchCompanions } from './components/companions.js';

defineEvent();
defineTimeline();
watchCompanions();
