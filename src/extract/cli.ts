/**
 * `timeline-elements extract FILE… [--date YYYY-MM-DD] [--lang de|en] [--events]` — Node only.
 * Prints date candidates (or draft events) as JSON on stdout; notes on stderr; exit code 1 on a missing file,
 * 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanDates } from './extract.js';
import { toCandidateEvents } from './events.js';
import { parseReferenceDate } from './reference.js';
import type { ExtractLang, SkippedExpression } from './types.js';

export const USAGE = `Usage: timeline-elements extract FILE… [options]

Finds date expressions in German or English news text and prints them as JSON. FILE may be "-" for standard
input. Text is read as UTF-8, or as UTF-16 when it starts with a byte-order mark (or plainly is UTF-16).

Options:
  --date DATE        publication date (YYYY, YYYY-MM or YYYY-MM-DD) to resolve "am Dienstag",
                     "im kommenden Jahr" …; default: a dateline found near the top of each file
  --lang de|en       language of the text; default: detected per file
  --events           print draft timeline events (TimelineEventInput[], tagged "draft") instead of candidates
  --publisher NAME   publisher recorded in each event's source (with --events)
  --progress         show progress on stderr (bytes read, dates found); default when stderr is a terminal
  --no-progress      never show it
  -h, --help         show this help

A file that cannot be read is reported on stderr and the others are still read; the exit code is then 1.

Example:
  timeline-elements extract article.txt --date 2025-03-26 --events > draft.json`;

interface Args {
  files: string[];
  date?: string;
  lang?: ExtractLang;
  events: boolean;
  publisher?: string;
  help: boolean;
  progress?: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], events: false, help: false };
  const rest = [...argv];
  const valueOf = (flag: string, inline: string | undefined) => {
    const value = inline ?? rest.shift();
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return value;
  };
  let command: string | undefined;
  while (rest.length) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--events') args.events = true;
    else if (flag === '--progress') args.progress = true;
    else if (flag === '--no-progress') args.progress = false;
    else if (flag === '--date') {
      args.date = valueOf(flag, inline);
      if (!parseReferenceDate(args.date)) throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, got "${args.date}"`);
    } else if (flag === '--lang') {
      const lang = valueOf(flag, inline);
      if (lang !== 'de' && lang !== 'en') throw new UsageError(`--lang must be de or en, got "${lang}"`);
      args.lang = lang;
    } else if (flag === '--publisher') args.publisher = valueOf(flag, inline);
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else if (command === undefined) command = arg;
    else args.files.push(arg);
  }
  if (args.help) return args;
  if (command !== 'extract') throw new UsageError(command ? `unknown command "${command}"` : 'missing command "extract"');
  if (!args.files.length) throw new UsageError('no input file');
  return args;
}

/** Runs the CLI with `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`timeline-elements: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const out = new JsonArrayWriter(process.stdout);
  const progress = (args.progress ?? !!process.stderr.isTTY) ? new Progress(process.stderr) : undefined;
  let failed = false;
  for (const file of args.files) {
    let text: string;
    try {
      text = decodeText(file === '-' ? await readStdin() : await readFile(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
      progress?.clear();
      process.stderr.write(`timeline-elements: cannot read ${file}: ${why}\n`);
      failed = true;
      continue;
    }
    const doc = file === '-' ? 'stdin' : basename(file);
    const scan = scanDates(text, { doc, docDate: args.date, lang: args.lang });
    const skipped: SkippedExpression[] = [];
    let count = 0;
    progress?.start(doc, text.length);
    out.open();
    for (const part of scan.windows()) {
      skipped.push(...part.skipped);
      const items = args.events
        ? toCandidateEvents(part.candidates, { doc, publisher: args.publisher, published: scan.docDate, first: count + 1 })
        : part.candidates;
      count += part.candidates.length;
      for (const item of items) await out.write(item);
      progress?.update(part.end, count);
    }
    progress?.done();
    if (skipped.length) {
      const words = skipped.slice(0, 20).map((s) => `"${s.expression}"`).join(', ');
      process.stderr.write(`${doc}: skipped ${skipped.length} (${words}${skipped.length > 20 ? ', …' : ''}): ${skipped[0]!.reason}\n`);
    }
  }
  await out.close();
  return failed ? 1 : 0;
}

/** Standard input, whole. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Bytes as text: UTF-16 (little- or big-endian) after its byte-order mark, or when every other byte of the start
 * is zero (UTF-16 without a mark); else UTF-8, a UTF-8 mark dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const half = sample.length / 2;
  if (half >= 8 && oddZeros > half * 0.3 && evenZeros < half * 0.05) return new TextDecoder('utf-16le').decode(bytes);
  if (half >= 8 && evenZeros > half * 0.3 && oddZeros < half * 0.05) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * A JSON array written one item at a time, in the layout `JSON.stringify(items, null, 2)` gives, waiting for the
 * stream when it is full (a book's candidates are not held in memory). Nothing is written until `open()`.
 */
class JsonArrayWriter {
  private state: 'closed' | 'open' | 'items' = 'closed';
  constructor(private readonly stream: NodeJS.WritableStream) {}

  open(): void {
    if (this.state === 'closed') this.state = 'open';
  }

  async write(item: unknown): Promise<void> {
    const json = JSON.stringify(item, null, 2).replace(/\n/g, '\n  ');
    await this.send(`${this.state === 'items' ? ',\n' : '[\n'}  ${json}`);
    this.state = 'items';
  }

  /** Ends the array (an empty one when nothing was written); nothing at all when no file could be read. */
  async close(): Promise<void> {
    if (this.state === 'open') await this.send('[]\n');
    else if (this.state === 'items') await this.send('\n]\n');
  }

  private send(text: string): Promise<void> {
    return new Promise((resolve) => {
      if (this.stream.write(text)) resolve();
      else this.stream.once('drain', () => resolve());
    });
  }
}

/** A progress line on a terminal: how much of the file is read, and how many dates were found. */
class Progress {
  private last = 0;
  private total = 1;
  private found = 0;
  private doc = '';
  constructor(private readonly stream: NodeJS.WriteStream) {}

  start(doc: string, total: number): void {
    this.doc = doc;
    this.total = Math.max(1, total);
    this.last = 0;
    this.update(0, 0, true);
  }

  update(done: number, found: number, force = false): void {
    this.found = found;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const share = Math.min(1, done / this.total);
    const width = 24;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const mb = (n: number) => (n / 1e6).toFixed(1);
    this.stream.write(`\r${bar} ${String(Math.round(share * 100)).padStart(3)} %  ${mb(done)}/${mb(this.total)} M characters  ${found.toLocaleString('en')} dates  ${this.doc}\x1b[K`);
  }

  done(): void {
    this.update(this.total, this.found, true);
    this.clear();
  }

  clear(): void {
    this.stream.write('\r\x1b[K');
  }
}

/** True when this module is the script Node was started with (also through an npm `bin` symlink). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`timeline-elements: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
