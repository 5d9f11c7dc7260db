// Page-side half of the benchmark, shared by every library's page. The library-specific half is an adapter
// (pages/adapters/*.js) that sets `window.benchAdapter = { ready, prepare, mount, zoom, pending?, roots? }`:
//   ready()          resolves when the library's script has loaded
//   prepare(events)  converts TimelineEventInput[] to the library's own format (NOT timed)
//   mount(container) creates the chart from the prepared data (timed; synchronous part of the work)
//   zoom(start, end) sets the visible window through the library's own API (timed)
//   pending()        optional: true while the library knows it still has an update queued (Lit: isUpdatePending)
//   roots()          optional: extra roots to watch for DOM mutations (shadow roots)
// Node drives it through `window.bench` (see lib/measure.mjs).
(() => {
  const QUIET_FRAMES = 2;
  const MAX_FRAMES = 600;

  /** Resolves after the next frame has been produced: rAF runs before style/layout/paint, the message after. */
  function afterNextPaint() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    });
  }

  /** Elements and nodes under `root`, walking into open shadow roots. */
  function countDom(root = document.body) {
    let elements = 0;
    let nodes = 0;
    let shadowRoots = 0;
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      nodes++;
      if (node.nodeType === 1) {
        elements++;
        if (node.shadowRoot) {
          shadowRoots++;
          stack.push(...node.shadowRoot.childNodes);
        }
      }
      for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
    }
    return { elements, nodes, shadowRoots };
  }

  /** Every shadow root under `root` (an element walk; only used between timed regions). */
  function shadowRootsUnder(root) {
    const found = [];
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.shadowRoot) {
        found.push(node.shadowRoot);
        stack.push(node.shadowRoot);
      }
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
    }
    return found;
  }

  const container = () => document.getElementById('container');
  let watchedRoots = [];

  /**
   * Waits until the change started just before the call has been painted: at least one frame, then frames until
   * neither the DOM (container and known shadow roots) changes nor the adapter reports a pending update for
   * QUIET_FRAMES frames in a row. Returns the time after the last frame that still had changes.
   */
  async function settle(rootContainer = container(), knownRoots = watchedRoots) {
    const adapter = window.benchAdapter;
    const observer = new MutationObserver(() => {});
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    for (const root of [rootContainer, ...knownRoots, ...(adapter.roots?.() ?? [])]) observer.observe(root, options);
    await afterNextPaint();
    let done = performance.now();
    let frames = 1;
    let quiet = 0;
    while (quiet < QUIET_FRAMES && frames < MAX_FRAMES) {
      const busy = observer.takeRecords().length > 0 || adapter.pending?.() === true;
      if (busy) {
        quiet = 0;
        if (adapter.pending?.() === true) await adapter.settle?.();
      }
      await afterNextPaint();
      frames++;
      if (busy) done = performance.now();
      else quiet++;
    }
    const settled = observer.takeRecords().length === 0 && adapter.pending?.() !== true;
    observer.disconnect();
    return { done, frames, settled };
  }

  window.bench = {
    countDom,
    async ready() {
      await window.benchAdapter.ready();
      return true;
    },
    /** Fetches the dataset (generated in Node), returns a fingerprint to check every page got the same data. */
    async load(url) {
      const response = await fetch(url);
      const events = await response.json();
      window.__events = events;
      const last = events[events.length - 1];
      return { n: events.length, first: events[0]?.id + '@' + events[0]?.start, last: last?.id + '@' + last?.start };
    },
    prepare() {
      const t0 = performance.now();
      window.benchAdapter.prepare(window.__events);
      window.__events = undefined;
      return performance.now() - t0;
    },
    async firstRender() {
      const t0 = performance.now();
      window.benchAdapter.mount(container());
      const { done, frames, settled } = await settle();
      watchedRoots = shadowRootsUnder(container());
      return { ms: done - t0, frames, settled };
    },
    /**
     * Warm first render: a second chart mounted in the same page, after the first one's render and zooms — the
     * library's script is parsed, compiled and has run. The second container lies over the first (same size, in
     * view); the first stays connected. Call it last: the adapter's handle now points at the second chart.
     */
    async warmRender() {
      const second = document.createElement('div');
      second.id = 'container-warm';
      second.style.cssText = 'position:absolute;left:0;top:0;width:1200px;height:600px;overflow:hidden;background:#fff;z-index:1';
      document.body.append(second);
      await afterNextPaint();
      const t0 = performance.now();
      window.benchAdapter.mount(second);
      const { done, frames, settled } = await settle(second, []);
      return { ms: done - t0, frames, settled };
    },
    /** Zooms through `windows` ([startMs, endMs][]), one step at a time; returns each step's wall time. */
    async zoomSequence(windows) {
      const steps = [];
      let unsettled = 0;
      for (const [start, end] of windows) {
        const t0 = performance.now();
        await window.benchAdapter.zoom(start, end);
        const { done, settled } = await settle();
        steps.push(done - t0);
        if (!settled) unsettled++;
      }
      return { steps, unsettled };
    },
  };
})();
