// Registers the elements (companions such as <tl-overview> load when one is on the page). Safe to run twice.
import { defineEra } from './components/era/era.js';
import { defineEvent } from './components/event/event.js';
import { defineMarker } from './components/marker/marker.js';
import { defineTimeline } from './components/timeline/timeline.js';
import { watchCompanions } from './components/companions.js';

defineEvent();
defineEra();
defineMarker();
defineTimeline();
watchCompanions();
