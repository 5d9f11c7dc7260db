// <tl-timeline> (dist/timeline-elements.bundle.js). Input is TimelineEventInput[] as generated: nothing to convert.
(() => {
  let events = [];
  let el;
  window.benchAdapter = {
    ready: () => customElements.whenDefined('tl-timeline'),
    prepare(input) {
      events = input;
    },
    mount(container) {
      el = document.createElement('tl-timeline');
      el.style.width = '1200px';
      el.style.height = '600px';
      el.events = events;
      container.append(el);
    },
    async zoom(start, end) {
      await el.zoomTo(start, end, { animate: false });
      await el.updateComplete;
    },
    pending: () => el?.isUpdatePending === true,
    settle: () => el?.updateComplete,
    roots: () => (el?.shadowRoot ? [el.shadowRoot] : []),
  };
})();
