import { createApp, ref, shallowRef } from 'vue';
import { events } from './events.js';

const app = createApp({
  setup() {
    const selected = ref('nothing yet');
    return {
      heading: 'Electric cars (Vue)',
      events: shallowRef(events),
      selected,
      onSelect: (e) => (selected.value = `${e.detail.event.title} (${e.detail.event.start})`),
    };
  },
});
// Tell Vue's compiler that tl-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('tl-');
app.mount('#app');
