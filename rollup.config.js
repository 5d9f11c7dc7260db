// Three builds: the npm package (ESM, dependencies external, one file per module), the self-contained
// minified bundle for <script type="module">, and the Node-only extractor CLI.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };

// React (a peer of the `./react` entry) stays external like the dependencies.
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' });

/** Files copied into the output as they are. */
const copy = (files) => ({
  name: 'copy',
  generateBundle() {
    for (const [from, to] of files) this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
  },
});

/** Type entry points for the entries whose modules rollup renamed (tsc writes data/corpus.d.ts, not corpus.d.ts). */
const entryTypes = (entries) => ({
  name: 'entry-types',
  generateBundle() {
    for (const [name, target] of Object.entries(entries)) {
      this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from '${target}';\n` });
    }
  },
});

/**
 * In the script-tag bundle, the sanitizer's dynamic import points at `timeline-elements.sanitize.js` beside the
 * bundle (resolved against the bundle's own URL), a file of its own with no imports — so loading it never fetches
 * the bundle a second time, whatever query string the page put on the bundle's URL.
 */
const SANITIZER = 'timeline-elements:sanitizer';
const sanitizerBeside = {
  name: 'sanitizer-beside',
  resolveDynamicImport(specifier, importer) {
    if (specifier === './sanitize.js' && /sanitize-loader\.ts$/.test(importer ?? '')) return { id: SANITIZER, external: true };
    return null;
  },
};
/**
 * Companion elements in the script-tag bundle: the loaders are src/bundle/overview-loader.ts and list-loader.ts, whose
 * dynamic imports of the elements' factories point at `timeline-elements.overview.js` and `timeline-elements.list.js`
 * beside the bundle (files with no imports).
 */
const OVERVIEW = 'timeline-elements:overview';
const LIST = 'timeline-elements:list';
const FILTER = 'timeline-elements:filter';
const companionsBeside = {
  name: 'companions-beside',
  resolveId(source, importer) {
    if (/overview-loader\.js$/.test(source) && !/bundle[\\/]/.test(importer ?? '')) return fileURLToPath(new URL('./src/bundle/overview-loader.ts', import.meta.url));
    if (/list-loader\.js$/.test(source) && !/bundle[\\/]/.test(importer ?? '')) return fileURLToPath(new URL('./src/bundle/list-loader.ts', import.meta.url));
    if (/filter-loader\.js$/.test(source) && !/bundle[\\/]/.test(importer ?? '')) return fileURLToPath(new URL('./src/bundle/filter-loader.ts', import.meta.url));
    return null;
  },
  resolveDynamicImport(specifier, importer) {
    if (/overview\.factory\.js$/.test(specifier) && /bundle[\\/]overview-loader\.ts$/.test(importer ?? '')) return { id: OVERVIEW, external: true };
    if (/list\.factory\.js$/.test(specifier) && /bundle[\\/]list-loader\.ts$/.test(importer ?? '')) return { id: LIST, external: true };
    if (/filter\.factory\.js$/.test(specifier) && /bundle[\\/]filter-loader\.ts$/.test(importer ?? '')) return { id: FILTER, external: true };
    return null;
  },
};
/** The format adapters in the script-tag bundle: loaded from `timeline-elements.formats.js` beside it (no imports). */
const FORMATS = 'timeline-elements:formats';
const formatsBeside = {
  name: 'formats-beside',
  resolveDynamicImport(specifier, importer) {
    if (specifier === './index.js' && /formats[\\/]load\.ts$/.test(importer ?? '')) return { id: FORMATS, external: true };
    return null;
  },
};
/** Time zones in the script-tag bundle: `timeline-elements.zone.js` beside it, loaded when a `time-zone` is set. */
const ZONE = 'timeline-elements:zone';
const zoneBeside = {
  name: 'zone-beside',
  resolveDynamicImport(specifier, importer) {
    if (specifier === '../model/zone.js' && /zone-setting\.ts$/.test(importer ?? '')) return { id: ZONE, external: true };
    return null;
  },
};
/**
 * Eras and markers, and a card's story and media, in the script-tag bundle: loaded from `timeline-elements.context.js`
 * and `timeline-elements.card.js` beside it (no imports of their own).
 */
const CONTEXT = 'timeline-elements:context';
const CARD = 'timeline-elements:card';
/** The text search (src/model/search.ts), loaded with the first query from `timeline-elements.search.js` (no imports). */
const SEARCH = 'timeline-elements:search';
const kitsBeside = {
  name: 'kits-beside',
  resolveDynamicImport(specifier, importer) {
    if (specifier === '../model/search.js' && /search-loader\.ts$/.test(importer ?? '')) return { id: SEARCH, external: true };
    if (specifier === './context-kit.js' && /kit-loader\.ts$/.test(importer ?? '')) return { id: CONTEXT, external: true };
    if (specifier === './card-kit.js' && /card-loader\.ts$/.test(importer ?? '')) return { id: CARD, external: true };
    return null;
  },
};
/**
 * Interface words in the script-tag bundle: `loadMessages('fr')` loads `timeline-elements.messages.fr.js` beside it
 * (one file per language, no imports of its own); English and German stay in the bundle.
 */
const MESSAGE_LANGS = readdirSync('src/components/timeline/messages')
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  .map((f) => f.slice(0, -3));
const MESSAGES = (lang) => `timeline-elements:messages:${lang}`;
const messagesBeside = {
  name: 'messages-beside',
  resolveDynamicImport(specifier, importer) {
    const lang = /^\.\/messages\/([a-z]{2,3})\.js$/.exec(specifier)?.[1];
    if (lang && /timeline[\\/]messages\.ts$/.test(importer ?? '')) return { id: MESSAGES(lang), external: true };
    return null;
  },
};
/** The kit's build for beside the bundle: what it shares with the bundle comes through `provide` (src/bundle/kit-shim.ts). */
const kitShim = {
  name: 'kit-shim',
  resolveId(source, importer) {
    const shared = source === 'lit' || /(^|\/)(date|scene|kit-deps)\.js$/.test(source);
    if (!shared || !importer || /kit-shim\.ts$/.test(importer)) return null;
    return fileURLToPath(new URL('./src/bundle/kit-shim.ts', import.meta.url));
  },
};
/**
 * d3-interpolate ships one module whose colour interpolators are built by top-level calls (rgbGamma, cubehelix);
 * marked pure here, the unused ones — and with them all of d3-color — leave the bundle (≈ 4 kB gzip).
 */
const pureD3Interpolate = {
  name: 'pure-d3-interpolate',
  transform(code, id) {
    if (!/node_modules[\\/]d3-interpolate[\\/]/.test(id)) return null;
    return { code: code.replace(/=\s*\(function (\w+)\(/g, '= /*#__PURE__*/(function $1(').replace(/^(var \w+ = )(\w+\()/gm, '$1/*#__PURE__*/$2'), map: null };
  },
};
/** The bundle's d3-zoom gets a stand-in for d3-transition (see src/bundle/d3-transition-shim.ts). */
const withoutD3Transition = {
  name: 'without-d3-transition',
  resolveId(source) {
    return source === 'd3-transition' ? fileURLToPath(new URL('./src/bundle/d3-transition-shim.ts', import.meta.url)) : null;
  },
};
const minify = () => terser({ format: { comments: false }, compress: { passes: 2 } });
/**
 * Lit's own minifier for the CSS inside `css` templates (lightningcss): the style sheets' comments and indentation
 * are otherwise shipped as they are written. Before esbuild, on the source. Markup is left as written: collapsing
 * its whitespace joins words across bindings (`2022? · known to the year` came out as `2022?· known …`).
 */
const literals = () =>
  minifyLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinify: () => false } });

const builds = [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      overview: 'src/components/overview/overview.ts',
      list: 'src/components/list/list.ts',
      filter: 'src/components/filter/filter.ts',
      corpus: 'src/data/corpus.ts',
      formats: 'src/formats/index.ts',
      sanitize: 'src/model/sanitize.ts',
      extract: 'src/extract/index.ts',
      react: 'src/react.ts',
      jsx: 'src/jsx.ts',
      vue: 'src/vue.ts',
      svelte: 'src/svelte.ts',
      ssr: 'src/ssr.ts',
    },
    external: isExternal,
    plugins: [
      json({ preferConst: true }),
      literals(),
      ts(),
      entryTypes({
        corpus: './data/corpus.js',
        formats: './formats/index.js',
        sanitize: './model/sanitize.js',
        extract: './extract/index.js',
        overview: './components/overview/overview.js',
        list: './components/list/list.js',
        filter: './components/filter/filter.js',
        'timeline-elements.bundle': './bundle/bundle.js',
      }),
    ],
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/bundle/bundle.ts',
    plugins: [
      companionsBeside,
      withoutD3Transition,
      pureD3Interpolate,
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs({ include: /node_modules\/nearley/ }),
      json({ preferConst: true }),
      literals(),
      ts(),
      sanitizerBeside,
      formatsBeside,
      kitsBeside,
      messagesBeside,
      zoneBeside,
      minify(),
    ],
    output: {
      file: 'dist/timeline-elements.bundle.js',
      format: 'esm',
      sourcemap: true,
      paths: {
        [SANITIZER]: './timeline-elements.sanitize.js',
        [OVERVIEW]: './timeline-elements.overview.js',
        [LIST]: './timeline-elements.list.js',
        [FILTER]: './timeline-elements.filter.js',
        [FORMATS]: './timeline-elements.formats.js',
        [CONTEXT]: './timeline-elements.context.js',
        [CARD]: './timeline-elements.card.js',
        [ZONE]: './timeline-elements.zone.js',
        [SEARCH]: './timeline-elements.search.js',
        ...Object.fromEntries(MESSAGE_LANGS.map((lang) => [MESSAGES(lang), `./timeline-elements.messages.${lang}.js`])),
      },
    },
  },
  // One language's interface words, loaded by the bundle when an element's lang asks for it.
  ...MESSAGE_LANGS.map((lang) => ({
    input: `src/components/timeline/messages/${lang}.ts`,
    plugins: [ts(), minify()],
    output: { file: `dist/timeline-elements.messages.${lang}.js`, format: 'esm', sourcemap: true },
  })),
  // Time zones (offsets from Intl, ticks' civil boundaries), loaded by the bundle when a `time-zone` is set.
  {
    input: 'src/model/zone.ts',
    plugins: [ts(), minify()],
    output: { file: 'dist/timeline-elements.zone.js', format: 'esm', sourcemap: true },
  },
  // The format adapters (TimelineJS, vis-timeline, CSV with d3-dsv), loaded by the bundle on first use.
  {
    input: 'src/formats/index.ts',
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), ts(), minify()],
    output: { file: 'dist/timeline-elements.formats.js', format: 'esm', sourcemap: true },
  },
  // <tl-overview>'s factory, loaded by the bundle the first time one is on the page (Lit comes from the bundle).
  {
    input: 'src/components/overview/overview.factory.ts',
    plugins: [literals(), ts(), minify()],
    output: { file: 'dist/timeline-elements.overview.js', format: 'esm', sourcemap: true },
  },
  // <tl-list>'s factory, loaded by the bundle the first time one is on the page (Lit comes from the bundle).
  {
    input: 'src/components/list/list.factory.ts',
    plugins: [literals(), ts(), minify()],
    output: { file: 'dist/timeline-elements.list.js', format: 'esm', sourcemap: true },
  },
  // <tl-filter>'s factory, loaded by the bundle the first time one is on the page (Lit comes from the bundle).
  {
    input: 'src/components/filter/filter.factory.ts',
    plugins: [literals(), ts(), minify()],
    output: { file: 'dist/timeline-elements.filter.js', format: 'esm', sourcemap: true },
  },
  // Eras and markers (reading, layout, the strip), loaded by the bundle the first time a timeline has any.
  {
    input: 'src/components/timeline/context-kit.ts',
    plugins: [kitShim, literals(), ts(), minify()],
    output: { file: 'dist/timeline-elements.context.js', format: 'esm', sourcemap: true },
  },
  // A card's story and media (previous/next, the title card, reading media, their templates and style sheet),
  // loaded by the bundle with the first card that opens.
  {
    input: 'src/components/timeline/card-kit.ts',
    plugins: [kitShim, literals(), ts(), minify()],
    output: { file: 'dist/timeline-elements.card.js', format: 'esm', sourcemap: true },
  },
  // The text search (folding, the index built in slices, the scan), loaded by the bundle with the first query.
  {
    input: 'src/model/search.ts',
    plugins: [ts(), minify()],
    output: { file: 'dist/timeline-elements.search.js', format: 'esm', sourcemap: true },
  },
  // DOMPurify with our configuration, loaded by the bundle when a detail card first shows rich text.
  {
    input: 'src/model/sanitize.ts',
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), ts(), minify()],
    output: { file: 'dist/timeline-elements.sanitize.js', format: 'esm', sourcemap: true },
  },
  // embed.html for <iframe>s: a page, its stylesheet, and a small script that imports the bundle beside it; and
  // embed-resize.js, the host page's script that sizes those frames (plain, readable JS, copied as it is).
  {
    input: 'src/embed/embed.ts',
    external: (id) => /(^|[/\\])bundle[/\\]bundle\.(js|ts)$/.test(id),
    plugins: [
      ts(),
      terser({ format: { comments: false } }),
      copy([
        ['src/embed/embed.html', 'embed.html'],
        ['src/embed/embed.css', 'embed.css'],
        ['src/embed/embed-resize.js', 'embed-resize.js'],
      ]),
    ],
    output: { file: 'dist/embed.js', format: 'esm', paths: () => './timeline-elements.bundle.js' },
  },
  // builder.html, where a person makes the iframe or script-tag code (it imports the bundle beside it for its preview).
  {
    input: 'src/embed/builder.ts',
    external: (id) => /(^|[/\\])bundle[/\\]bundle\.(js|ts)$/.test(id),
    plugins: [
      ts(),
      terser({ format: { comments: false } }),
      copy([
        ['src/embed/builder.html', 'builder.html'],
        ['src/embed/builder.css', 'builder.css'],
      ]),
    ],
    output: { file: 'dist/builder.js', format: 'esm', paths: () => './timeline-elements.bundle.js' },
  },
];

if (existsSync('src/extract/cli.ts')) builds.push(
  {
    input: 'src/extract/cli.ts',
    external: (id) => id.startsWith('node:') || isExternal(id),
    plugins: [ts()],
    output: { file: 'dist/cli.js', format: 'esm', banner: '#!/usr/bin/env node' },
  },
);

export default builds;
