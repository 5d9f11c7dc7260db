/**
 * `timeline-elements extract FILE… [--date YYYY-MM-DD] [--lang de|en] [--events]` — Node only.
 * Prints date candidates (or draft events) as JSON on stdout; notes on stderr; exit code 1 on a missing file,
 * 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractDatesWithReport } from './extract.js';
import { toCandidateEvents } from './events.js';
import { parseReferenceDate } from './reference.js';
import type { DateCandidate, ExtractLang } from './types.js';
import type { TimelineEventInput } from '../model/types.js';

export const USAGE = `Usage: timeline-elements extract FILE… [options]

Finds date expressions in German or English news text and prints them as JSON.

Options:
  --date DATE        publication date (YYYY, YYYY-MM or YYYY-MM-DD) to resolve "am Dienstag",
                     "im kommenden Jahr" …; default: a dateline found near the top of each file
  --lang de|en       language of the text; default: detected per file
  --events           print draft timeline events (TimelineEventInput[], tagged "draft") instead of candidates
  --publisher NAME   publisher recorded in each event's source (with --events)
  -h, --help         show this help

Example:
  timeline-elements extract article.txt --date 2025-03-26 --events > draft.json`;

interface Args {
  files: string[];
  date?: string;
  lang?: ExtractLang;
  events: boolean;
  publisher?: string;
  help: boolean;
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

  const output: (DateCandidate | TimelineEventInput)[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
      process.stderr.write(`timeline-elements: cannot read ${file}: ${why}\n`);
      return 1;
    }
    const doc = basename(file);
    const report = extractDatesWithReport(text, { doc, docDate: args.date, lang: args.lang });
    if (report.skipped.length) {
      const words = report.skipped.map((s) => `"${s.expression}"`).join(', ');
      process.stderr.write(`${doc}: skipped ${report.skipped.length} (${words}): ${report.skipped[0].reason}\n`);
    }
    output.push(
      ...(args.events
        ? toCandidateEvents(report.candidates, { doc, publisher: args.publisher, published: report.docDate })
        : report.candidates),
    );
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
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
