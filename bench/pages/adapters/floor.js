// Not a library: each zoom step writes the window into one text node, so the harness sees a change, waits for
// it to be painted and for quiet frames. Its CPU per step is the cost of measuring, the same for every library.
(() => {
  let label;
  window.benchAdapter = {
    ready: async () => {},
    prepare() {},
    mount(container) {
      label = document.createElement('p');
      label.textContent = 'floor';
      container.append(label);
    },
    async zoom(start, end) {
      label.textContent = `${start} – ${end}`;
    },
  };
})();
