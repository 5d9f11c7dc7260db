// The extract CLI end to end: bundle src/extract/cli.ts with esbuild, run it with Node on a corpus file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/corpus');
const article = join(corpus, '000_eadd3179c43face7.txt');
const noCorpus = existsSync(article) ? false : `corpus not found at ${corpus}`;

let dir;
let cli;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tl-cli-'));
  cli = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(repo, 'src/extract/cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile: cli, logLevel: 'silent' });
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI; resolves to `{ code, stdout, stderr }` whatever the exit code. */
async function cliRun(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

test('prints the candidates of a corpus file as JSON', { skip: noCorpus }, async () => {
  const { code, stdout } = await cliRun('extract', article);
  assert.equal(code, 0);
  const candidates = JSON.parse(stdout);
  assert.deepEqual(
    candidates.map((c) => [c.expression, c.edtf]),
    [
      ['am Mittwoch', '2025-03~'],
      ['ab dem kommenden Jahr', '2026'],
      ['in den kommenden drei Jahren', '2025/2027'],
      ['im Februar', '2025-02'],
    ],
  );
  for (const c of candidates) {
    assert.equal(c.doc, '000_eadd3179c43face7.txt');
    assert.equal(c.sentence.includes(c.expression), true);
  }
});

test('--date resolves against the given day and --events prints draft events', { skip: noCorpus }, async () => {
  const { code, stdout } = await cliRun('extract', article, '--date', '2025-03-26', '--events', '--publisher', 'wallstreetONLINE');
  assert.equal(code, 0);
  const events = JSON.parse(stdout);
  assert.deepEqual(events[0].start, '2025-03-26'); // "am Mittwoch", and 2025-03-26 is a Wednesday
  assert.deepEqual(events.map((e) => e.id), ['000_eadd3179c43face7.txt-1', '000_eadd3179c43face7.txt-2', '000_eadd3179c43face7.txt-3', '000_eadd3179c43face7.txt-4']);
  assert.deepEqual([events[2].start, events[2].end], ['2025', '2027']);
  for (const e of events) {
    assert.deepEqual(e.tags, ['draft']);
    assert.equal(typeof e.title, 'string');
    assert.ok(e.title.length > 0 && e.title.length <= 120);
    assert.deepEqual({ ...e.source, offsets: undefined }, { doc: '000_eadd3179c43face7.txt', publisher: 'wallstreetONLINE', published: '2025-03-26', offsets: undefined });
  }
});

test('exits 1 with a clear message for a missing file', async () => {
  const { code, stdout, stderr } = await cliRun('extract', join(dir, 'no-such-article.txt'));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /cannot read .*no-such-article\.txt: no such file/);
});

test('exits 2 with the usage on a bad option, 0 with --help', async () => {
  const bad = await cliRun('extract', '--lang', 'fr', 'x.txt');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang must be de or en/);
  const help = await cliRun('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: timeline-elements extract FILE/);
});
