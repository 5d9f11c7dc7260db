// React 19 passes props to custom elements as properties when the element has them, and `on<event>` props
// become listeners for that exact event name: `ontl-select` listens to `tl-select`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'timeline-elements/define.js';
import { events } from '../events.js';

function App() {
  const [selected, setSelected] = useState('nothing yet');
  return (
    <>
      <h1>Electric cars (React)</h1>
      <tl-timeline
        label="Electric cars"
        lang="en"
        events={events}
        ontl-select={(e) => setSelected(`${e.detail.event.title} (${e.detail.event.start})`)}
      />
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
