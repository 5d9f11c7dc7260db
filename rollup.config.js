// Three builds: the npm package (ESM, dependencies external, one file per module), the self-contained
// minified bundle for <script type="module">, and the Node-only extractor CLI.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync, readFileSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

const deps = [...Object.keys(pkg.dependencies ?? {})];
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

const builds = [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      corpus: 'src/data/corpus.ts',
      formats: 'src/formats/index.ts',
      extract: 'src/extract/index.ts',
    },
    external: isExternal,
    plugins: [
      json({ preferConst: true }),
      ts(),
      entryTypes({
        corpus: './data/corpus.js',
        formats: './formats/index.js',
        extract: './extract/index.js',
        'timeline-elements.bundle': './define.js',
      }),
    ],
    output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/define.ts',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs({ include: /node_modules\/nearley/ }),
      json({ preferConst: true }),
      ts(),
      terser({ format: { comments: false }, compress: { passes: 2 } }),
    ],
    output: { file: 'dist/timeline-elements.bundle.js', format: 'esm', sourcemap: true },
  },
  // embed.html for <iframe>s: a page, its stylesheet, and a small script that imports the bundle beside it.
  {
    input: 'src/embed/embed.ts',
    external: (id) => /(^|[/\\])define\.(js|ts)$/.test(id),
    plugins: [
      ts(),
      terser({ format: { comments: false } }),
      copy([
        ['src/embed/embed.html', 'embed.html'],
        ['src/embed/embed.css', 'embed.css'],
      ]),
    ],
    output: { file: 'dist/embed.js', format: 'esm', paths: () => './timeline-elements.bundle.js' },
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
