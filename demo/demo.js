import '../dist/timeline-elements.bundle.js';
import { corpusEvents } from '../dist/corpus.js';

const timeline = document.getElementById('timeline');
const log = document.getElementById('log');
timeline.events = corpusEvents;

// Open on 2010–2034: the articles' events, with room on the right for the labels of 2025–2026; "Show all" reaches
// the 2045 climate target too.
// A deep link (#event=<id>) opens that event instead (hash-links).
timeline.updateComplete.then(() => {
  if (!location.hash.includes('event=')) timeline.zoomTo(Date.UTC(2010, 0, 1), Date.UTC(2034, 0, 1));
});

document.getElementById('lang').addEventListener('change', (e) => {
  timeline.lang = e.target.value;
  document.documentElement.lang = e.target.value;
});
timeline.addEventListener('tl-select', (e) => (log.textContent = `tl-select: ${e.detail.event.id}`));
timeline.addEventListener('tl-range-change', (e) => {
  log.textContent = `tl-range-change: ${e.detail.start.toISOString().slice(0, 10)} – ${e.detail.end.toISOString().slice(0, 10)}`;
});
