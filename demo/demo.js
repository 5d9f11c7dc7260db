import '../dist/timeline-elements.bundle.js';
import { corpusEvents } from '../dist/corpus.js';

const timeline = document.getElementById('timeline');
const log = document.getElementById('log');
timeline.events = corpusEvents;
document.getElementById('lang').addEventListener('change', (e) => {
  timeline.lang = e.target.value;
  document.documentElement.lang = e.target.value;
});
timeline.addEventListener('tl-select', (e) => (log.textContent = `tl-select: ${e.detail.event.id}`));
timeline.addEventListener('tl-range-change', (e) => (log.textContent = `tl-range-change: ${e.detail.start.toISOString().slice(0, 10)} – ${e.detail.end.toISOString().slice(0, 10)}`));
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get('event')) timeline.updateComplete.then(() => timeline.select(hash.get('event')));
