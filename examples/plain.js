import { events } from './events.js';

await customElements.whenDefined('tl-timeline');
const timeline = document.getElementById('timeline');
timeline.events = events; // a property, not an attribute
timeline.addEventListener('tl-select', (e) => {
  document.getElementById('selected').value = `${e.detail.event.title} (${e.detail.event.start})`;
});
