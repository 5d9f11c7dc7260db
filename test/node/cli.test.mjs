// The extract CLI end to end: bundle src/extract/cli.ts with esbuild, run it with Node on a corpus file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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

/** Runs the CLI with `input` on its standard input. */
function cliWithInput(input, ...args) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [cli, ...args], (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
    child.stdin.end(input);
  });
}

const TEXT = 'Im Jahr 2012 begann die Zusammenarbeit. Seit 2018 wächst der Markt, das Modell kommt im Herbst 2026 auf den Markt.';
const PAIRS = [
  ['Im Jahr 2012', '2012'],
  ['Seit 2018', '2018'],
  ['im Herbst 2026', '2026-23'],
];

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

test('reads standard input for "-"', async () => {
  const { code, stdout } = await cliWithInput(TEXT, 'extract', '-');
  assert.equal(code, 0);
  const candidates = JSON.parse(stdout);
  assert.deepEqual(candidates.map((c) => [c.expression, c.edtf]), PAIRS);
  assert.equal(candidates[0].doc, 'stdin');
});

test('decodes UTF-16 with a byte-order mark (little- and big-endian) and UTF-8 with one', async () => {
  const le = join(dir, 'le.txt');
  const be = join(dir, 'be.txt');
  const bom8 = join(dir, 'bom8.txt');
  await writeFile(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
  await writeFile(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]));
  await writeFile(bom8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]));
  for (const file of [le, be, bom8]) {
    const { code, stdout } = await cliRun('extract', file);
    assert.equal(code, 0, file);
    const candidates = JSON.parse(stdout);
    assert.deepEqual(candidates.map((c) => [c.expression, c.edtf]), PAIRS, file);
    // Offsets are into the text as read (the mark is not part of it).
    assert.equal(candidates[0].offsets[0], 0, file);
  }
});

test('reports a missing file among several, still reads the others, and exits 1', async () => {
  const good = join(dir, 'good.txt');
  await writeFile(good, TEXT);
  const { code, stdout, stderr } = await cliRun('extract', join(dir, 'missing.txt'), good);
  assert.equal(code, 1);
  assert.match(stderr, /cannot read .*missing\.txt: no such file/);
  assert.deepEqual(JSON.parse(stdout).map((c) => [c.expression, c.edtf]), PAIRS);
});

test('writes the same JSON as one JSON.stringify of the list, in parts, and shows progress when asked', async () => {
  // Many paragraphs: read in many windows.
  const file = join(dir, 'long.txt');
  const paragraph = `${TEXT}\n\n`;
  await writeFile(file, paragraph.repeat(400));
  const { code, stdout, stderr } = await cliRun('extract', file, '--progress');
  assert.equal(code, 0);
  const candidates = JSON.parse(stdout);
  assert.equal(candidates.length, 1200);
  assert.equal(stdout, `${JSON.stringify(candidates, null, 2)}\n`);
  assert.match(stderr, /100 %.*1,200 dates.*long\.txt/);
  const events = JSON.parse((await cliRun('extract', file, '--events')).stdout);
  assert.deepEqual([events[0].id, events[1199].id], ['long.txt-1', 'long.txt-1200']);
  assert.equal(new Set(events.map((e) => e.id)).size, 1200);
});
