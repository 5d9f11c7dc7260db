// Server rendering (`timeline-elements/ssr`, Lit SSR + declarative shadow DOM), as a page uses it: the corpus
// timeline rendered to HTML in Node, then loaded in Chromium — with JavaScript off (every title of the first view
// is text in the page and in Chromium's accessibility tree, the lanes are drawn, nothing outside moves), then with
// the bundle (the element takes over in place: no layout shift, the host keeps its box, the canvas draws, none of the
// server's nodes are left). Needs `npm run build`. Run: node --test test/node/ssr.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../../scripts/find-chrome.mjs';
import { origin, repo, serve } from '../embed/server.mjs';

const chrome = findChrome();
const notBuilt = existsSync(join(repo, 'dist/ssr.js')) && existsSync(join(repo, 'dist/timeline-elements.bundle.js')) ? false : 'dist/ not built: run `npm run build`';
const noBrowser = notBuilt || (!chrome && 'no Chromium found');

let renderTimeline;
let corpusEvents;
let html;
let erasHtml;
let server;
let browser;
/** Set by a test to hold the bundle back until the page has been measured without it. */
let release;

const page = (body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SSR</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif } main { max-width: 1000px; margin: 0 auto; padding: 16px }</style></head>
<body><main><h1>Konzerne im Überblick</h1><p>Ein Absatz vor der Zeitleiste.</p>${body}<p id="after">Ein Absatz danach.</p></main>
<script type="module" src="/dist/timeline-elements.bundle.js"></script></body></html>`;

/** Every text in the document and its (open) shadow roots, as the parser built them. */
function allText() {
  const out = [];
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    out.push(root.textContent ?? '');
  };
  walk(document);
  return out.join('\n');
}

const titleOf = (e) => (typeof e.title === 'string' ? e.title : (e.title.de ?? Object.values(e.title)[0]));
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

before(async () => {
  if (notBuilt) return;
  ({ renderTimeline } = await import(join(repo, 'dist/ssr.js')));
  ({ corpusEvents } = await import(join(repo, 'dist/corpus.js')));
  html = await renderTimeline(corpusEvents, { lang: 'de', label: 'Konzerne', width: 960, height: 480, attributes: { id: 'corpus' } });
  erasHtml = await renderTimeline(corpusEvents, { lang: 'de', width: 960, height: 520, eras: [{ start: '2010', end: '2019', title: 'Vor der Pandemie' }, { start: '2020', end: '2022', title: 'Pandemie' }] });
  if (noBrowser) return;
  server = await serve({}, {
    '/ssr.html': async () => ({ body: page(html) }),
    '/eras.html': async () => ({ body: page(erasHtml) }),
    // The eras' code arrives late (a slow network): the server's view must stay until it is here.
    '/dist/timeline-elements.context.js': async () => {
      await new Promise((done) => setTimeout(done, 400));
      const { readFile } = await import('node:fs/promises');
      return { type: 'text/javascript', body: await readFile(join(repo, 'dist/timeline-elements.context.js')) };
    },
    '/dist/timeline-elements.bundle.js': async () => {
      if (release) await release.promise;
      const { readFile } = await import('node:fs/promises');
      return { type: 'text/javascript', body: await readFile(join(repo, 'dist/timeline-elements.bundle.js')) };
    },
  });
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('renderTimeline writes the first view as declarative shadow DOM, with the data for the browser', { skip: notBuilt }, () => {
  assert.match(html, /^(<!--[^>]*-->)*<tl-timeline[^>]* id="corpus"/);
  assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(html, /style="height: 480px"/);
  const shadow = html.slice(0, html.indexOf('</template>'));
  // The corpus fits its first view whole: every title is written in the shadow root, as text.
  for (const e of corpusEvents) assert.ok(shadow.includes(escapeHtml(titleOf(e))), `title missing: ${titleOf(e)}`);
  assert.match(shadow, /Angezeigt .*26 von 26 Ereignissen in 5 Spuren/);
  assert.match(shadow, /<svg class="server"/);
  // The data rides along for the browser, in a script nothing in it can end.
  const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html.slice(html.indexOf('</template>')));
  assert.ok(script);
  assert.equal(JSON.parse(script[1]).events.length, corpusEvents.length);
});

test('the Lit SSR recipe: <tl-timeline> in a template of your own, with eras, markers and the data script', { skip: notBuilt }, async () => {
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html: lit } = await import('lit');
  const { unsafeHTML } = await import('lit/directives/unsafe-html.js');
  const { dataScript } = await import(join(repo, 'dist/ssr.js'));
  const events = corpusEvents;
  const eras = [{ start: '2010', end: '2019', title: 'Vor der Pandemie' }];
  const markers = [{ at: '2025-05-19', title: 'Bericht' }];
  const out = await collectResult(render(lit`<main><tl-timeline lang="de" style="height: 400px" .events=${events} .eras=${eras} .markers=${markers}>${unsafeHTML(dataScript({ events, eras, markers }))}</tl-timeline></main>`));
  const shadow = out.slice(0, out.indexOf('</template>'));
  assert.match(shadow, /class="context"/, 'the strip of eras and markers');
  assert.ok(shadow.includes('Vor der Pandemie') && shadow.includes('Bericht'));
  assert.ok(!/class="base pending/.test(shadow), 'the lanes are not held back for the eras code');
  // The strip's own rules are in the shadow root's style sheet (they live in the eras' file, not the element's styles).
  assert.match(shadow.slice(0, shadow.indexOf('</style>')), /\.era-hit\b/, 'the strip has its rules');
  const json = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(out)[1]);
  assert.deepEqual(Object.keys(json), ['events', 'eras', 'markers']);
});

test('the demo server renders the corpus page on the server (npm start: /demo/ssr.html)', { skip: notBuilt }, async () => {
  const { startServer } = await import(join(repo, 'scripts/serve.mjs'));
  const demo = await startServer(0);
  try {
    const res = await fetch(`http://127.0.0.1:${demo.address().port}/demo/ssr.html`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<template shadowroot="open" shadowrootmode="open">/);
    for (const e of corpusEvents) assert.ok(body.includes(escapeHtml(titleOf(e))), titleOf(e));
  } finally {
    demo.close();
  }
});

test('with eras, the server\'s view stays until the eras\' code is here: no frame without lanes', { skip: noBrowser }, async () => {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 800 });
  // Every frame: are lanes on screen (the server's SVG, or the browser's plot not held back for the eras' code)?
  await tab.evaluateOnNewDocument(() => {
    window.__frames = [];
    const look = () => {
      const root = document.querySelector('tl-timeline')?.shadowRoot;
      if (root) {
        const server = !!root.querySelector('svg.server');
        const frame = [...root.querySelectorAll('.plot-frame')].find((f) => !f.querySelector('svg.server'));
        const client = !!frame && getComputedStyle(frame).visibility === 'visible' && frame.getBoundingClientRect().height > 100 && !!root.querySelector('canvas.drawing');
        window.__frames.push(server || client ? (server ? 's' : 'c') : '-');
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await tab.goto(`${origin(server)}/eras.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => document.querySelector('tl-timeline')?.shadowRoot?.querySelector('.context .era, .context [part~="era"]'), { timeout: 20000 });
  await tab.waitForFunction(() => window.__frames.at(-1) === 'c', { timeout: 20000 });
  const frames = (await tab.evaluate(() => window.__frames.join(''))).replace(/(.)\1+/g, '$1');
  assert.equal(frames, 'sc', `frames (s server, c browser, - no lanes): ${frames}`);
  await tab.close();
});

test('show-list on the server shows the first view as a list (the list element is the browser\'s)', { skip: noBrowser }, async () => {
  const listed = await renderTimeline(corpusEvents, { lang: 'de', attributes: { 'show-list': true } });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 800 });
  await tab.setJavaScriptEnabled(false);
  await tab.setContent(`<!doctype html><html lang="de"><body>${listed}</body></html>`);
  const items = await tab.evaluate(() => [...document.querySelector('tl-timeline').shadowRoot.querySelectorAll('ol.s-list li')].filter((li) => li.getBoundingClientRect().height > 10).map((li) => li.textContent));
  assert.equal(items.length, corpusEvents.length, 'every event of the first view, visible');
  for (const e of corpusEvents) assert.ok(items.some((t) => t.includes(titleOf(e))), titleOf(e));
  await tab.close();
});

test('text in the data cannot break out of the page', { skip: notBuilt }, async () => {
  const evil = [{ id: 'x', start: '2020', title: '</script><img src=x onerror=alert(1)>', summary: '<!-- <b>' }];
  const out = await renderTimeline(evil, { lang: 'en', attributes: { label: '"><script>' } });
  assert.ok(!out.includes('<img'), 'the title is escaped');
  assert.ok(!/<\/script><img/.test(out));
  assert.equal((out.match(/<script/g) ?? []).length, 1, 'one script: the data');
  assert.ok(!out.includes('"><script>'));
});

test('with JavaScript off, the page shows the timeline: titles as text, in the accessibility tree, lanes drawn', { skip: noBrowser }, async () => {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1200, height: 800 });
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${origin(server)}/ssr.html`, { waitUntil: 'load' });
  const state = await tab.evaluate(() => {
    const el = document.querySelector('tl-timeline');
    const root = el.shadowRoot;
    const box = el.getBoundingClientRect();
    return {
      defined: !!customElements.get('tl-timeline'),
      shadow: !!root,
      height: box.height,
      width: box.width,
      bands: root?.querySelectorAll('svg.server rect.band').length ?? 0,
      shapes: root?.querySelectorAll('svg.server .s-zone, svg.server .s-point, svg.server .s-cluster').length ?? 0,
      labels: [...(root?.querySelectorAll('svg.server .s-label') ?? [])].filter((t) => t.getBoundingClientRect().width > 0).length,
      ticks: root?.querySelectorAll('.axis .tick-label').length ?? 0,
      summary: root?.querySelector('[part="summary"]')?.textContent ?? '',
    };
  });
  assert.equal(state.defined, false, 'no script ran');
  assert.ok(state.shadow, 'the declarative shadow root was attached by the parser');
  assert.equal(state.height, 480);
  assert.ok(state.bands === 5 && state.shapes >= 15 && state.labels >= 10 && state.ticks >= 5, JSON.stringify(state));
  assert.match(state.summary, /26 von 26 Ereignissen/);
  const text = await tab.evaluate(allText);
  for (const e of corpusEvents) assert.ok(text.includes(titleOf(e)), `not in the page: ${titleOf(e)}`);
  // Chromium's own accessibility tree: the plot is a named group holding a list with every event.
  const cdp = await tab.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const names = nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
  for (const e of corpusEvents) assert.ok(names.some((n) => n.includes(titleOf(e))), `not in the accessibility tree: ${titleOf(e)}`);
  const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
  assert.equal(roles.filter((r) => r === 'listitem').length, corpusEvents.length + 4, 'an item per event, and the four of the legend');
  assert.ok(!roles.includes('listbox'), 'no listbox without its options');
  await tab.screenshot({ path: join(tmpdir(), 'tl-ssr-js-off.png') }).catch(() => undefined);
  await tab.close();
});

for (const [width, height] of [[1200, 800], [390, 844]]) test(`with JavaScript (${width}×${height}), the element takes over in place: no layout shift, no server nodes left, it draws`, { skip: noBrowser }, async () => {
  let open;
  release = { promise: new Promise((done) => (open = done)) };
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.setViewport({ width, height });
  await tab.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => ({ value: e.value, input: e.hadRecentInput, t: Math.round(e.startTime), sources: (e.sources ?? []).map((s) => `${s.node?.nodeName}.${s.node?.className?.baseVal ?? s.node?.className ?? ""} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`) })))).observe({ type: 'layout-shift', buffered: true });
  });
  // A module script is deferred: the page is parsed and painted while it loads (here: until `open()`).
  const loaded = tab.goto(`${origin(server)}/ssr.html`, { waitUntil: 'load' });
  await tab.waitForSelector('#after');
  // The server's view, painted, while the bundle is held back.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const rect = (sel) => tab.evaluate((s) => JSON.stringify(document.querySelector(s).getBoundingClientRect()), sel);
  const before = { host: await rect('tl-timeline'), after: await rect('#after') };
  assert.equal(await tab.evaluate(() => !!customElements.get('tl-timeline')), false);
  open();
  await loaded;
  await tab.waitForFunction(() => customElements.get('tl-timeline') && document.querySelector('tl-timeline').shadowRoot.querySelector('canvas.drawing'), { timeout: 20000 });
  // A phone opens on the list of the events (under 480 px), as without the server's view.
  if (width < 480) await tab.waitForFunction(() => document.querySelector('tl-timeline').shadowRoot.querySelector('tl-list')?.shadowRoot?.querySelectorAll('[role="row"], tr').length > 5, { timeout: 20000 });
  await tab.evaluate(() => document.querySelector('tl-timeline').updateComplete);
  // Let the element's measuring frames run out (sizes are applied in animation frames).
  await tab.evaluate(() => new Promise((done) => setTimeout(done, 800)));
  await tab.evaluate(() => document.querySelector('tl-timeline').updateComplete);
  const state = await tab.evaluate(() => {
    const root = document.querySelector('tl-timeline').shadowRoot;
    const canvas = root.querySelector('canvas.drawing');
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
    return {
      server: root.querySelectorAll('svg.server, [shadowrootmode], template').length,
      bases: root.querySelectorAll('.base').length,
      styles: root.querySelectorAll('style').length,
      options: root.querySelectorAll('[part="event"], [part="cluster"]').length,
      role: root.querySelector('[part="plot"]').getAttribute('role'),
      inked,
      shifts: window.__shifts,
    };
  });
  const afterRects = { host: await rect('tl-timeline'), after: await rect('#after') };
  assert.deepEqual(afterRects, before, 'the host and what follows it keep their place');
  assert.equal(state.server, 0, 'none of the server nodes left');
  assert.equal(state.bases, 1);
  assert.equal(state.role, 'listbox');
  if (width >= 480) {
    assert.ok(state.options >= 10, `options: ${state.options}`);
    assert.ok(state.inked > 1000, 'the canvas drew the events');
  }
  const cls = state.shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0);
  assert.equal(cls, 0, `layout shifts: ${JSON.stringify(state.shifts)}`);
  assert.deepEqual(errors, []);
  await tab.screenshot({ path: join(tmpdir(), `tl-ssr-js-on-${width}.png`) }).catch(() => undefined);
  await tab.close();
  release = undefined;
});
