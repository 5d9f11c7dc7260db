// Command-line flags of bench/run.mjs.
export const LIBRARIES = ['ours', 'ours-overview', 'vis', 'timelines-chart', 'floor'];

export const USAGE = `Usage: node bench/run.mjs [flags]
  --sizes 1000,10000,100000,1000000   event counts (default; sizes above --peer-max run for ours only)
  --runs 3                            runs per (library, size); the table shows the median
  --libs ours,vis,timelines-chart,floor
                                      libraries to measure (floor: a page that changes one text node per
                                      step — what the harness itself costs)
  --overview                          also run ours with a linked <tl-overview> (= adding ours-overview to
                                      --libs): the table's companion rows give its cost per zoom step
  --quick                             1 run, sizes 1000,10000 (unless --sizes/--runs are given)
  --timeout 120                       seconds per (library, size) run before it counts as "did not finish"
                                      (x3 from 1,000,000 events)
  --peer-max 100000                   largest size the peers run at
  --steps 60                          zoom steps (whole span → one month → whole span)
  --seed 1                            dataset seed
  --bundle dist/timeline-elements.bundle.js   our bundle (path from the repository root)
  --out bench/results                 where latest.md and latest.json go
  --screenshots                       also save <lib>-<n>-first.png / -after-zoom.png in --out (first run only)`;

export function parseArgs(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') flags.help = true;
    else if (arg === '--quick') flags.quick = true;
    else if (arg === '--screenshots') flags.screenshots = true;
    else if (arg === '--overview') flags.overview = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags[name] = value;
    } else throw new Error(`unknown argument ${arg}`);
  }
  const known = ['help', 'quick', 'overview', 'screenshots', 'sizes', 'runs', 'libs', 'timeout', 'peer-max', 'steps', 'seed', 'bundle', 'out'];
  for (const name of Object.keys(flags)) if (!known.includes(name)) throw new Error(`unknown flag --${name}`);

  const list = (value) => value.split(',').map((s) => s.trim()).filter(Boolean);
  const int = (name, value) => {
    const n = Number(String(value).replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${value}`);
    return n;
  };
  const libs = flags.libs ? list(flags.libs) : LIBRARIES.filter((l) => l !== 'ours-overview');
  if (flags.overview && !libs.includes('ours-overview')) libs.splice(libs.includes('ours') ? libs.indexOf('ours') + 1 : 0, 0, 'ours-overview');
  for (const lib of libs) if (!LIBRARIES.includes(lib)) throw new Error(`unknown library ${lib} (known: ${LIBRARIES.join(', ')})`);
  const defaultSizes = flags.quick ? '1000,10000' : '1000,10000,100000,1000000';
  return {
    help: Boolean(flags.help),
    quick: Boolean(flags.quick),
    sizes: list(flags.sizes ?? defaultSizes).map((s) => int('sizes', s)),
    runs: int('runs', flags.runs ?? (flags.quick ? 1 : 3)),
    libs,
    timeoutMs: int('timeout', flags.timeout ?? 120) * 1000,
    peerMax: int('peer-max', flags['peer-max'] ?? 100000),
    steps: int('steps', flags.steps ?? 60),
    seed: int('seed', flags.seed ?? 1),
    bundle: flags.bundle ?? 'dist/timeline-elements.bundle.js',
    out: flags.out ?? 'bench/results',
    screenshots: Boolean(flags.screenshots),
    overview: libs.includes('ours-overview'),
  };
}
