// vis-timeline standalone UMD build (global `vis`; the build injects its own CSS).
(() => {
  let items = [];
  let groups = [];
  let timeline;
  let initialDrawComplete = false;
  window.benchAdapter = {
    ready: () => (window.vis?.Timeline ? Promise.resolve() : Promise.reject(new Error('vis not loaded'))),
    prepare(input) {
      const lanes = new Set();
      items = input.map((e) => {
        lanes.add(e.group);
        // ISO strings, as for <tl-timeline>: parsing them is part of each library's work.
        return e.end === undefined
          ? { id: e.id, content: e.title, start: e.start, group: e.group, type: 'point' }
          : { id: e.id, content: e.title, start: e.start, end: e.end, group: e.group, type: 'range' };
      });
      groups = [...lanes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((id) => ({ id, content: id }));
    },
    mount(container) {
      initialDrawComplete = false;
      // Plain arrays: vis builds its own DataSets. showCurrentTime off: its clock bar mutates the DOM every second.
      timeline = new window.vis.Timeline(container, items, groups, {
        width: '1200px',
        height: '600px',
        showCurrentTime: false,
        onInitialDrawComplete: () => {
          initialDrawComplete = true;
        },
      });
    },
    zoom(start, end) {
      timeline.setWindow(start, end, { animation: false });
    },
    // vis's own "done" signal for the first render; after that the DOM-quiet check decides.
    pending: () => timeline !== undefined && !initialDrawComplete,
  };
})();
