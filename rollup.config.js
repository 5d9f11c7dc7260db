// Three builds: the npm package (ESM, dependencies external, one file per module), the self-contained
// minified bundle for <script type="module">, and the Node-only extractor CLI.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { existsSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

const deps = [...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' });

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
    plugins: [json({ preferConst: true }), ts()],
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
