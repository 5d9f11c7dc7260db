// timelines-chart UMD build (global `TimelinesChart`, d3 bundled in). Data: groups → lines → segments.
(() => {
  let data = [];
  let chart;
  window.benchAdapter = {
    ready: () => (window.TimelinesChart ? Promise.resolve() : Promise.reject(new Error('timelines-chart not loaded'))),
    prepare(input) {
      // One line per lane (the library has no item stacking). Points become zero-length segments, drawn at the
      // library's minimum segment width (1 px).
      const lanes = new Map();
      for (const e of input) {
        let segments = lanes.get(e.group);
        if (!segments) lanes.set(e.group, (segments = []));
        const start = new Date(e.start);
        segments.push({ timeRange: [start, e.end === undefined ? start : new Date(e.end)], val: e.end === undefined ? 'point' : 'range' });
      }
      data = [...lanes.keys()]
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
        .map((group) => ({ group, data: [{ label: group, data: lanes.get(group) }] }));
    },
    mount(container) {
      // Animations off, or every update is a 700 ms d3 transition.
      chart = new window.TimelinesChart(container).width(1200).maxHeight(600).zQualitative(true).enableAnimations(false).data(data);
    },
    zoom(start, end) {
      chart.zoomX([new Date(start), new Date(end)]);
    },
  };
})();
