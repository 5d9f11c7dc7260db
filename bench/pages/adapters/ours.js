// <tl-timeline> (dist/timeline-elements.bundle.js). Input is TimelineEventInput[] as generated: nothing to convert.
// With `?overview` in the page URL, a <tl-overview> is nested in the timeline (linked to it, shown below the plot);
// the bundle loads its element from dist/timeline-elements.overview.js on first use.
(() => {
  const withOverview = new URLSearchParams(location.search).has('overview');
  let events = [];
  let el;
  let overview;
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
      if (withOverview) {
        overview = document.createElement('tl-overview');
        el.append(overview);
      }
      container.append(el);
    },
    async zoom(start, end) {
      await el.zoomTo(start, end, { animate: false });
      await el.updateComplete;
    },
    pending: () =>
      el?.isUpdatePending === true || (overview !== undefined && (!customElements.get('tl-overview') || overview.isUpdatePending === true)),
    settle: () => Promise.all([el?.updateComplete, overview && customElements.whenDefined('tl-overview').then(() => overview.updateComplete)]),
    roots: () => [el?.shadowRoot, overview?.shadowRoot].filter(Boolean),
  };
})();
