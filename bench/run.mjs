#!/usr/bin/env node
// Side-by-side benchmark: <tl-timeline> vs vis-timeline vs timelines-chart in headless Chromium.
// `node bench/run.mjs --help` for flags; bench/README.md for what is measured and how.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from '../scripts/find-chrome.mjs';
import { parseArgs, USAGE } from './lib/args.mjs';
import { loadGenerator } from './lib/dataset.mjs';
import { describeLibraries, readFiles, transferSize } from './lib/libraries.mjs';
import { launchBrowser, measureOnce, zoomWindows } from './lib/measure.mjs';
import { describeMachine, markdownReport, summarize } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (...args) => console.error(...args);

function gitDescribe() {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return head;
  } catch {
    return undefined;
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: set CHROME_PATH or `node scripts/find-chrome.mjs --install`.');

  const libs = describeLibraries({ repoRoot, bundle: options.bundle });
  const problems = [];
  const active = options.libs.filter((name) => {
    if (libs[name].available) return true;
    problems.push(`${libs[name].label} skipped: ${libs[name].problem}`);
    log(`! ${libs[name].label} skipped: ${libs[name].problem}`);
    return false;
  });
  if (active.length === 0) throw new Error('nothing to measure');
  for (const name of active) libs[name].contents = readFiles(repoRoot, libs[name].files);
  for (const name of active) libs[name].size = transferSize(libs[name].contents);

  const generator = await loadGenerator(repoRoot);
  const span = generator.generatedSpan({});
  const windows = zoomWindows(span, options.steps);
  const datasets = new Map();
  for (const n of options.sizes) {
    const t0 = Date.now();
    datasets.set(String(n), JSON.stringify(generator.generateEvents({ n, seed: options.seed })));
    log(`dataset ${n.toLocaleString('en-US')} events: ${(datasets.get(String(n)).length / 1e6).toFixed(1)} MB JSON in ${Date.now() - t0} ms`);
  }

  // Served from memory: the datasets, and a snapshot of our bundle taken now, so a rebuild during the run
  // cannot mix two versions.
  const memory = new Map([...datasets].map(([n, json]) => [`/data/${n}.json`, json]));
  if (active.includes('ours-overview')) {
    const [bundle, overview] = libs['ours-overview'].contents;
    memory.set('/dist/timeline-elements.bundle.js', bundle);
    memory.set('/dist/timeline-elements.overview.js', overview);
    libs['ours-overview'].sha256 = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
  }
  if (active.includes('ours')) {
    const [bundle] = libs.ours.contents;
    memory.set('/dist/timeline-elements.bundle.js', bundle);
    libs.ours.sha256 = createHash('sha256').update(bundle).digest('hex').slice(0, 12);
    if (libs['ours-overview'].available) libs['ours-overview'].sha256 = libs.ours.sha256;
    log(`ours: ${options.bundle} (${(bundle.length / 1000).toFixed(1)} kB, sha256 ${libs.ours.sha256}…)`);
  }
  const server = await startServer({ root: repoRoot, prefixes: ['/bench/pages/', '/bench/node_modules/'], memory });
  let browser = await launchBrowser(executablePath);
  const chromium = await browser.version();
  const machine = describeMachine(chromium);
  machine.commit = gitDescribe();
  log(`${machine.cpu}, ${machine.cores} cores · ${chromium} · ${server.origin}`);

  const outDir = resolve(repoRoot, options.out);
  mkdirSync(outDir, { recursive: true });
  // Warm-up, discarded: the first page of a fresh browser pays for process start-up and would favour whoever
  // runs second. One short run per library at the smallest size.
  const warmUpSize = Math.min(...options.sizes);
  for (const name of active) {
    const warm = await measureOnce({ browser, executablePath, origin: server.origin, lib: libs[name], n: warmUpSize, windows: windows.slice(0, 4), timeoutMs: options.timeoutMs });
    browser = warm.browser;
    log(`warm-up ${name}: ${warm.ok ? 'ok' : warm.reason}`);
  }

  const results = [];
  const gaveUp = new Set(); // libraries that did not finish at some N skip that N's other runs and larger N
  try {
    for (const n of options.sizes) {
      const here = active.filter((name) => name.startsWith('ours') || n <= options.peerMax);
      const timeoutMs = n >= 1_000_000 ? options.timeoutMs * 3 : options.timeoutMs;
      for (let run = 0; run < options.runs; run++) {
        // Interleave: A B C, B C A, C A B … so drift (heat, caches) does not favour one library.
        const order = here.map((_, i) => here[(i + run) % here.length]);
        for (const name of order) {
          if (gaveUp.has(name)) {
            if (run === 0) results.push({ lib: name, n, run, ok: false, reason: 'not run (did not finish at a smaller size)' });
            continue;
          }
          const t0 = Date.now();
          const screenshotDir = options.screenshots && run === 0 ? outDir : undefined;
          const result = await measureOnce({ browser, executablePath, origin: server.origin, lib: libs[name], n, windows, timeoutMs, screenshotDir });
          browser = result.browser;
          delete result.browser;
          results.push({ lib: name, n, run, ...result });
          const secs = ((Date.now() - t0) / 1000).toFixed(1);
          if (result.ok) {
            log(
              `${name.padEnd(15)} n=${String(n).padStart(7)} run ${run + 1}: first render ${result.firstRenderMs.toFixed(1)} ms, ` +
                `warm ${result.warmRenderMs?.toFixed(1)} ms, cpu/step ${result.cpuPerStepMs.toFixed(2)} ms, script/step ${result.libScriptPerStepMs?.toFixed(2)} ms, wall/step ${result.wallPerStepMs.toFixed(1)} ms, ` +
                `heap +${(result.jsHeapGrowth / 2 ** 20).toFixed(1)} MB JS +${(result.domHeapGrowth / 2 ** 20).toFixed(1)} MB DOM, ${result.domElements} elements (${secs} s)`,
            );
          } else {
            const partial = result.firstRenderMs === undefined ? '' : ` — first render ${result.firstRenderMs.toFixed(1)} ms`;
            log(`${name.padEnd(15)} n=${String(n).padStart(7)} run ${run + 1}: ${result.reason}${partial} (${secs} s)`);
            if (result.timedOut) gaveUp.add(name);
          }
          for (const e of (result.pageErrors ?? []).slice(0, 3)) log(`    page error: ${e.slice(0, 200)}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  for (const r of results.filter((r) => r.ok)) {
    const fp = JSON.parse(datasets.get(String(r.n))).length;
    if (r.fingerprint.n !== fp) problems.push(`${r.lib} n=${r.n}: page got ${r.fingerprint.n} events`);
  }
  for (const r of results.filter((r) => !r.ok && r.reason && !r.reason.startsWith('not run'))) {
    problems.push(`${libs[r.lib].label} n=${r.n} run ${r.run + 1}: ${r.reason}`);
  }
  const errored = [...new Set(results.flatMap((r) => (r.pageErrors ?? []).map((e) => `${libs[r.lib].label}: page error: ${e.slice(0, 160)}`)))];
  problems.push(...errored.slice(0, 10));

  const rows = summarize(results, libs, options.sizes);
  const elapsedMs = Date.now() - started;
  const markdown = markdownReport({ machine, options, rows, libs, elapsedMs, problems });
  console.log(markdown);
  writeFileSync(join(outDir, 'latest.md'), markdown);
  const json = {
    date: new Date().toISOString(),
    machine,
    options,
    elapsedMs,
    libraries: Object.fromEntries(
      active.map((name) => [name, { label: libs[name].label, version: libs[name].version, files: libs[name].files, size: libs[name].size, sha256: libs[name].sha256 }]),
    ),
    rows,
    runs: results,
    problems,
  };
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(json, null, 2));
  log(`wrote ${join(options.out, 'latest.md')} and latest.json in ${(elapsedMs / 60000).toFixed(1)} min`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench: ${err.message}`);
    console.error(USAGE.split('\n')[0]);
    process.exit(1);
  },
);
