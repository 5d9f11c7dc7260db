// The framework entries as apps use them (node:test + esbuild + puppeteer-core + system Chromium, no network):
// a React 18 app and a React 19 app built on `timeline-elements/react` (createRoot, the wrapper with `events` and
// `onTlSelect`) and a Vue 3 single-file-component app (compiled with vue/compiler-sfc in an esbuild plugin), loaded
// in Chromium, rendering the events and calling the app's handler on a real click; and TSX / TS files type-checked
// with tsc against the built dist/react.d.ts, dist/jsx.d.ts (React 18's and 19's types) and dist/vue.d.ts.
// Needs `npm run build`. Run: node --test test/node/frameworks.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { compileScript, parse } from 'vue/compiler-sfc';
import { findChrome, CHROME_FLAGS } from '../../scripts/find-chrome.mjs';
import { origin, serve } from '../embed/server.mjs';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modules = join(repo, 'node_modules');
const chrome = findChrome();
const notBuilt = existsSync(join(repo, 'dist/react.js')) && existsSync(join(repo, 'dist/jsx.d.ts')) ? false : 'dist/ not built: run `npm run build`';
const noBrowser = notBuilt || (!chrome && 'no Chromium found');

const EVENTS = [
  { id: 'a', start: '2020-02-01', title: 'Alpha', group: 'G' },
  { id: 'b', start: '2020-05-01', end: '2020-07-01', title: 'Beta range', group: 'G' },
  { id: 'c', start: '2020-10-01', title: 'Gamma', group: 'H' },
];

// One app for both Reacts: the wrapper gets the array as a property and `onTlSelect` as a tl-select listener.
const REACT_APP = `
import { version, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { TlTimeline, TlList } from 'timeline-elements/react';

const events = ${JSON.stringify(EVENTS)};

function App() {
  const [selected, setSelected] = useState('nothing');
  return (
    <>
      <TlTimeline id="t" lang="en" label="Test" events={events} style={{ display: 'block', width: '1000px' }}
        onTlSelect={(e) => setSelected(e.detail.event.id + ': ' + e.detail.event.title)} />
      <TlList for="t" />
      <output id="selected">{selected}</output>
    </>
  );
}
window.__react = version;
createRoot(document.getElementById('root')).render(<App />);
`;

/** esbuild resolves `react` and `react-dom` to these packages (React 18 is installed as react18 / react-dom18). */
const REACTS = {
  18: { react: 'react18', 'react-dom': 'react-dom18' },
  19: { react: 'react', 'react-dom': 'react-dom' },
};

/** Sends `react`, `react-dom` (and their subpaths) to one React's packages, wherever they are imported from. */
const oneReact = (names) => ({
  name: 'one-react',
  setup(b) {
    b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, ({ path, pluginData }) => {
      if (pluginData === 'one-react') return undefined; // the resolve below, when the name stays the same
      const [, dom, sub = ''] = /^react(-dom)?(\/.*)?$/.exec(path);
      return b.resolve(`${names[dom ? 'react-dom' : 'react']}${sub}`, { kind: 'import-statement', resolveDir: repo, pluginData: 'one-react' });
    });
  },
});

// The Vue app: the array bound as a property, @tl-select handled in <script setup lang="ts">.
const VUE_APP = `
<script setup lang="ts">
import { ref, shallowRef } from 'vue';
import 'timeline-elements/define.js';
import type { TlSelectDetail } from 'timeline-elements';

const events = shallowRef(${JSON.stringify(EVENTS)});
const selected = ref('nothing');
const onSelect = (e: CustomEvent<TlSelectDetail>) => (selected.value = e.detail.event.id + ': ' + e.detail.event.title);
</script>

<template>
  <tl-timeline id="t" lang="en" label="Test" :events.prop="events" style="display: block; width: 1000px" @tl-select="onSelect" />
  <tl-list for="t" />
  <output id="selected">{{ selected }}</output>
</template>
`;
const VUE_MAIN = `
import { createApp, version } from 'vue';
import App from './app.vue';
window.__vue = version;
createApp(App).mount('#root');
`;

/** Single-file components as Vite's plugin compiles them (script setup with the template inlined); tl- tags are custom elements. */
const vueSfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
      const script = compileScript(descriptor, {
        id: 'app',
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tl-') } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

let dir;
let browser;
let server;

before(async () => {
  if (notBuilt) return;
  dir = await mkdtemp(join(tmpdir(), 'tl-frameworks-'));
  await writeFile(join(dir, 'app.jsx'), REACT_APP);
  for (const major of Object.keys(REACTS)) {
    await build({
      entryPoints: [join(dir, 'app.jsx')],
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: { 'timeline-elements/react': join(repo, 'dist/react.js') },
      nodePaths: [modules],
      plugins: [oneReact(REACTS[major])],
      outfile: join(dir, `react${major}.js`),
      logLevel: 'silent',
    });
  }
  await writeFile(join(dir, 'app.vue'), VUE_APP);
  await writeFile(join(dir, 'vue.js'), VUE_MAIN);
  await build({
    entryPoints: [join(dir, 'vue.js')],
    bundle: true,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    alias: { 'timeline-elements/define.js': join(repo, 'dist/define.js') },
    nodePaths: [modules],
    plugins: [vueSfc],
    outfile: join(dir, 'vue3.js'),
    logLevel: 'silent',
  });
  if (noBrowser) return;
  const page = (script) => async () => ({
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head>
      <body><div id="root"></div><script type="module" src="/app/${script}"></script></body></html>`,
  });
  const script = (file) => async () => ({ type: 'text/javascript', body: await readFile(join(dir, file), 'utf8') });
  server = await serve({}, {
    '/app/react18.html': page('react18.js'),
    '/app/react19.html': page('react19.js'),
    '/app/react18.js': script('react18.js'),
    '/app/react19.js': script('react19.js'),
    '/app/vue3.html': page('vue3.js'),
    '/app/vue3.js': script('vue3.js'),
  });
  browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens an app's page and waits for its timeline to have read the three events. */
async function openApp(name) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin(server)}/app/${name}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('tl-timeline')?.normalizedEvents?.length === 3, { timeout: 10000 });
  return { page, errors };
}

/** The events drawn and listed, then a real click on one: the app's handler shows it. */
async function rendersAndSelects(page, errors) {
  // A property, not an attribute (React 18 alone would write events="[object Object],…").
  assert.equal(await page.evaluate(() => document.querySelector('tl-timeline').hasAttribute('events')), false);
  const options = await page.waitForFunction(() => document.querySelector('tl-timeline').shadowRoot.querySelectorAll('[part="event"]').length, { timeout: 10000 });
  assert.equal(await options.jsonValue(), 3);
  // The companion: <tl-list for="t"> loads and lists the same events.
  const rows = await page.waitForFunction(() => document.querySelector('tl-list')?.shadowRoot?.querySelectorAll('tr[part="row"]').length, { timeout: 10000 });
  assert.equal(await rows.jsonValue(), 3);
  assert.equal(await page.evaluate(() => document.getElementById('selected').textContent), 'nothing');
  const beta = await page.evaluateHandle(() => document.querySelector('tl-timeline').shadowRoot.querySelector('[part="event"][data-event-id="b"]'));
  await beta.click();
  await page.waitForFunction(() => document.getElementById('selected').textContent !== 'nothing', { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById('selected').textContent), 'b: Beta range');
  assert.deepEqual(errors, []);
  await page.close();
}

for (const major of Object.keys(REACTS)) {
  test(`React ${major}: the TlTimeline wrapper renders its events prop and a click on an event calls onTlSelect`, { skip: noBrowser }, async () => {
    const { page, errors } = await openApp(`react${major}`);
    assert.match(await page.evaluate(() => window.__react), new RegExp(`^${major}\\.`));
    await rendersAndSelects(page, errors);
  });
}

test('Vue 3 SFC: :events.prop renders the events and a click on an event calls the @tl-select handler', { skip: noBrowser }, async () => {
  const { page, errors } = await openApp('vue3');
  assert.match(await page.evaluate(() => window.__vue), /^3\./);
  await rendersAndSelects(page, errors);
});

// The wrapper's props and handlers, and the tags in React 19's JSX: right uses compile, wrong ones are errors.
const WRAPPER_TSX = `
import { TlTimeline, TlOverview, TlList, TlFilter, TlEvent, TlEra, TlMarker, type TlSelectDetail } from 'timeline-elements/react';
import type { TimelineEventInput } from 'timeline-elements';

const events: TimelineEventInput[] = [{ id: 'a', start: '2020', title: 'A' }];
export const ok = (
  <TlTimeline events={events} lang="en" maxRows={3} theme="dark" hashLinks
    onTlSelect={(e) => { const d: TlSelectDetail = e.detail; void d.event.id; }}
    onTlRangeChange={(e) => void e.detail.startMs.toFixed()}
    onTlLoad={(e) => void e.detail.count.toFixed()}
    onTlError={(e) => void e.detail.message.trim()}
    onTlDataError={(e) => void e.detail.errors.length}>
    <TlEvent start="2012" group="G">Title</TlEvent>
    <TlEra start="2010" end="2011" />
    <TlMarker at="2015" />
    <TlOverview for="t" />
    <TlList for="t" maxHeight="200px" />
    <TlFilter for="t" />
  </TlTimeline>
);
// @ts-expect-error events is an array of event rows
export const badEvents = <TlTimeline events={42} />;
// @ts-expect-error theme is light, dark or auto
export const badTheme = <TlTimeline theme="blue" />;
// @ts-expect-error the detail of tl-select has no startMs
export const badDetail = <TlTimeline onTlSelect={(e) => e.detail.startMs} />;
`;
const JSX_TSX = `
import type {} from 'timeline-elements/jsx';
import type { TimelineEventInput } from 'timeline-elements';

const events: TimelineEventInput[] = [{ id: 'a', start: '2020', title: 'A' }];
export const ok = (
  <tl-timeline events={events} lang="en" maxRows={2} className="x" ref={(el) => void el?.normalizedEvents}
    ontl-select={(e) => void e.detail.event.id} ontl-range-change={(e) => void e.detail.endMs}>
    <tl-event start="2012">Title</tl-event>
    <tl-overview for="t" />
    <tl-list for="t" />
  </tl-timeline>
);
// @ts-expect-error events is an array of event rows
export const badEvents = <tl-timeline events={42} />;
// @ts-expect-error the detail of tl-range-change has no event
export const badDetail = <tl-timeline ontl-range-change={(e) => e.detail.event} />;
`;

// The tags as Vue global components (what vue-tsc reads for templates): $props with the properties and on… handlers.
const VUE_TS = `
import type {} from 'timeline-elements/vue';
import type { GlobalComponents } from 'vue';
import type { TimelineEventInput } from 'timeline-elements';

type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];
const events: TimelineEventInput[] = [{ id: 'a', start: '2020', title: 'A' }];
export const ok: Props<'tl-timeline'> = {
  events, lang: 'en', maxRows: 2, class: 'x', key: 1,
  onTlSelect: (e) => void e.detail.event.id,
  onTlRangeChange: (e) => void e.detail.endMs,
};
export const list: Props<'tl-list'> = { for: 't', maxHeight: '200px' };
export const era: Props<'tl-era'> = { start: '2010', end: '2011' };
// @ts-expect-error events is an array of event rows
export const badEvents: Props<'tl-timeline'> = { events: 42 };
// @ts-expect-error the detail of tl-select has no startMs
export const badDetail: Props<'tl-timeline'> = { onTlSelect: (e) => e.detail.startMs };
`;

// The tags in Svelte templates (what svelte-check reads): SvelteHTMLElements with the properties and both event syntaxes.
const SVELTE_TS = `
import type {} from 'timeline-elements/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { TimelineEventInput } from 'timeline-elements';

const events: TimelineEventInput[] = [{ id: 'a', start: '2020', title: 'A' }];
export const ok: SvelteHTMLElements['tl-timeline'] = {
  events, lang: 'en', maxRows: 2, class: 'x',
  'ontl-select': (e) => void e.detail.event.id,
  'on:tl-range-change': (e) => void e.detail.endMs,
};
export const list: SvelteHTMLElements['tl-list'] = { for: 't', maxHeight: '200px' };
// @ts-expect-error events is an array of event rows
export const badEvents: SvelteHTMLElements['tl-timeline'] = { events: 42 };
// @ts-expect-error the detail of tl-select has no startMs
export const badDetail: SvelteHTMLElements['tl-timeline'] = { 'ontl-select': (e) => e.detail.startMs };
`;

/** Type-checks `files` with React `major`'s types, resolving timeline-elements to the built dist/. */
async function typecheck(major, files) {
  const types = major === 18 ? join(modules, '@types/react18') : join(modules, '@types/react');
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      jsx: 'react-jsx',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      skipLibCheck: false,
      paths: {
        react: [types],
        'react/*': [`${types}/*`],
        'timeline-elements': [join(repo, 'dist/index.d.ts')],
        'timeline-elements/react': [join(repo, 'dist/react.d.ts')],
        'timeline-elements/jsx': [join(repo, 'dist/jsx.d.ts')],
        'timeline-elements/vue': [join(repo, 'dist/vue.d.ts')],
        'timeline-elements/svelte': [join(repo, 'dist/svelte.d.ts')],
        vue: [join(modules, 'vue')],
        'svelte/*': [`${modules}/svelte/*`],
      },
    },
    files: Object.keys(files),
  };
  const sub = await mkdtemp(join(dir, `tsc${major}-`));
  for (const [name, text] of Object.entries(files)) await writeFile(join(sub, name), text);
  await writeFile(join(sub, 'tsconfig.json'), JSON.stringify(tsconfig));
  return run(join(modules, '.bin/tsc'), ['-p', join(sub, 'tsconfig.json')], { cwd: sub }).then(
    () => '',
    (error) => error.stdout || String(error),
  );
}

test('tsc: the React wrappers type their props and on… handlers under React 18 types', { skip: notBuilt }, async () => {
  assert.equal(await typecheck(18, { 'app.tsx': WRAPPER_TSX }), '');
});

test('tsc: the React wrappers and the JSX tags type their props and handlers under React 19 types', { skip: notBuilt }, async () => {
  assert.equal(await typecheck(19, { 'app.tsx': WRAPPER_TSX, 'tags.tsx': JSX_TSX }), '');
});

test('tsc: the Vue global components type the tags\' props and @tl-… handlers', { skip: notBuilt }, async () => {
  assert.equal(await typecheck(19, { 'app.ts': VUE_TS }), '');
});

test('tsc: the Svelte elements type the tags\' props and ontl-… / on:tl-… handlers', { skip: notBuilt }, async () => {
  assert.equal(await typecheck(19, { 'app.ts': SVELTE_TS }), '');
});
