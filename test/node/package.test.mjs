// The npm package as a consumer gets it: `npm pack` into a temp dir, then publint and @arethetypeswrong/cli on the
// tarball, and the files that `exports`, `types`, `customElements` and `sideEffects` promise. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => join(repo, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const notBuilt = existsSync(join(repo, 'dist/timeline-elements.bundle.js')) && existsSync(join(repo, 'dist/index.d.ts')) ? false : 'dist/ not built: run `npm run build`';

let dir;
let tarball;
let files;

before(async () => {
  if (notBuilt) return;
  dir = await mkdtemp(join(tmpdir(), 'tl-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: repo, maxBuffer: 32 << 20 });
  const [info] = JSON.parse(stdout);
  tarball = join(dir, info.filename);
  files = new Set(info.files.map((f) => f.path));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the tarball holds every file that exports, types and customElements name, and no sources or tests', { skip: notBuilt }, () => {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of [...targets, pkg.types, pkg.main, pkg.customElements]) {
    assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is in the package`);
  }
  for (const file of ['dist/embed.html', 'dist/embed.js', 'dist/embed.css', 'dist/components/event/event.d.ts']) assert.ok(files.has(file), file);
  assert.deepEqual([...files].filter((f) => /^(src|test|stories|bench|examples)\//.test(f)), []);
});

test('sideEffects keeps the files that register elements (built and source), and only those', { skip: notBuilt }, () => {
  for (const file of ['./dist/define.js', './dist/timeline-elements.bundle.js', './src/define.ts']) assert.ok(pkg.sideEffects.includes(file), file);
  assert.ok(pkg.sideEffects.some((p) => p.includes('components/*/timeline.ts')));
});

test('custom-elements.json describes both elements, with the data attributes and events', { skip: notBuilt }, () => {
  const manifest = JSON.parse(readFileSync(join(repo, pkg.customElements), 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
  const timeline = decls.find((d) => d.tagName === 'tl-timeline');
  const event = decls.find((d) => d.tagName === 'tl-event');
  assert.ok(timeline && event, 'tl-timeline and tl-event are declared');
  const attrs = timeline.attributes.map((a) => a.name);
  for (const name of ['src', 'format', 'hash-links']) assert.ok(attrs.includes(name), name);
  const events = timeline.events.map((e) => e.name);
  for (const name of ['tl-select', 'tl-load', 'tl-error']) assert.ok(events.includes(name), name);
});

test('publint finds nothing, suggestions included', { skip: notBuilt }, async () => {
  const { stdout } = await run(bin('publint'), ['--strict', '--level', 'suggestion', tarball], { cwd: dir });
  assert.match(stdout, /All good!/);
});

// An ESM-only package: CommonJS `require` (node16-cjs) and the pre-exports `node10` resolution cannot load it by
// design, so the esm-only profile ignores those two; node16 from ESM and bundler resolution must be clean.
test('@arethetypeswrong/cli passes with the esm-only profile', { skip: notBuilt }, async () => {
  const { stdout } = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { cwd: dir, maxBuffer: 32 << 20 }).catch((error) => error);
  const { analysis } = JSON.parse(stdout);
  const counted = (analysis.problems ?? []).filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs');
  assert.deepEqual(counted, []);
  const entries = Object.keys(analysis.entrypoints);
  for (const entry of ['.', './define.js', './corpus', './formats', './extract', './bundle', './react', './jsx', './vue', './svelte']) assert.ok(entries.includes(entry), entry);
  for (const entry of entries.filter((e) => e !== './custom-elements.json' && e !== './package.json')) {
    for (const kind of ['node16-esm', 'bundler']) {
      assert.ok(analysis.entrypoints[entry].resolutions[kind].resolution?.isTypeScript !== false, `${entry} (${kind}) resolves`);
      assert.ok(analysis.entrypoints[entry].resolutions[kind].resolution?.fileName.endsWith('.d.ts'), `${entry} (${kind}) has types`);
    }
  }
});
