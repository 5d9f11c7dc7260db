// How the date extractor scales: the CLI (as a newsroom runs it) on German news text of 100 kB, 1 MB and 10 MB,
// timing each run and reading its peak memory. Not a test: figures for the README.
//
//   node bench/extract.mjs                    # 100k, 1m, 10m, news text and dense dates
//   node bench/extract.mjs --sizes 100k,1m    # fewer sizes
//
// The text is the corpus articles (../shared/corpus) one after another, as often as the size needs; without the
// corpus, generated German sentences with dates. "dense" is text with a date expression in every sentence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(repo, '../shared/corpus');
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const UNITS = { k: 1e3, m: 1e6 };
const sizes = flag('sizes', '100k,1m,10m')
  .split(',')
  .map((s) => ({ label: s, bytes: Math.round(parseFloat(s) * (UNITS[s.slice(-1).toLowerCase()] ?? 1)) }));
const kinds = flag('kinds', 'news,dense').split(',');

const dir = mkdtempSync(join(tmpdir(), 'tl-extract-bench-'));
const cli = join(dir, 'cli.mjs');
await build({ entryPoints: [join(repo, 'src/extract/cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
// Peak resident memory of the run, written by the child as it exits.
const hook = join(dir, 'rss.mjs');
writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\n__maxrss_kb=${process.resourceUsage().maxRSS}\\n`));\n");

function newsText() {
  if (existsSync(corpus)) {
    return readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(corpus, f), 'utf8').trim())
      .join('\n\n');
  }
  const sentences = [];
  for (let i = 0; i < 200; i++) {
    sentences.push(`Das Unternehmen investierte ${i + 2} Milliarden Euro in das Werk, das seit ${2000 + (i % 25)} Batterien liefert.`);
    sentences.push(`Im Herbst ${2010 + (i % 15)} kündigte der Vorstand neue Modelle an; die Produktion beginnt Anfang ${2026 + (i % 5)}.`);
    if (i % 4 === 3) sentences.push('');
  }
  return sentences.join(' ').replace(/ {2}/g, '\n\n');
}

function denseText() {
  const out = [];
  const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  for (let i = 0; i < 400; i++) {
    const y = 1990 + (i % 35);
    out.push(`Am ${1 + (i % 28)}. ${months[i % 12]} ${y} meldete die Firma einen Rekord, im Herbst ${y + 1} folgte der nächste, und seit ${y - 3} wächst sie.`);
  }
  return out.join(' ');
}

const texts = { news: newsText(), dense: denseText() };
const rows = [];
try {
  for (const kind of kinds) {
    for (const { label, bytes } of sizes) {
      const unit = texts[kind];
      let text = '';
      while (Buffer.byteLength(text) < bytes) text += (text ? '\n\n' : '') + unit;
      text = text.slice(0, bytes);
      const file = join(dir, `${kind}-${label}.txt`);
      writeFileSync(file, text);
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, ['--import', hook, cli, 'extract', file, '--date', '2025-03-26', ...(process.env.OLD_CLI ? [] : ['--no-progress'])], { maxBuffer: 2 ** 31 - 1 });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const stderr = run.stderr.toString();
      const rss = Number(/__maxrss_kb=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
      let found = NaN;
      try {
        found = JSON.parse(run.stdout.toString()).length;
      } catch {
        /* a failed run */
      }
      rows.push({ kind, label, bytes: Buffer.byteLength(text), seconds, rss, found, code: run.status });
      console.error(`${kind} ${label}: ${seconds.toFixed(2)} s, ${rss.toFixed(0)} MB peak, ${found} dates, exit ${run.status}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('| text | size | time | peak memory | dates found |');
console.log('|---|--:|--:|--:|--:|');
for (const r of rows) {
  const mb = r.bytes / 1e6;
  console.log(`| ${r.kind} | ${mb < 1 ? `${Math.round(r.bytes / 1e3)} kB` : `${mb.toFixed(0)} MB`} | ${r.seconds.toFixed(2)} s | ${r.rss.toFixed(0)} MB | ${r.found.toLocaleString('en')} |`);
}
