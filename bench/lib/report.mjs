// Medians, the markdown table, ours-vs-peer ratios and the machine description.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';

export function median(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

export function describeMachine(chromiumVersion) {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch {
    /* not Linux */
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    // Other work on the machine skews every figure: the 1-minute load average when the run started.
    loadAverage: Number(loadavg()[0].toFixed(2)),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
  };
}

export const METRICS = ['firstRenderMs', 'warmRenderMs', 'cpuPerStepMs', 'libScriptPerStepMs', 'wallPerStepMs', 'jsHeapGrowth', 'domHeapGrowth', 'heapGrowth', 'domElements'];

/** One row per (library, N): medians over the runs that got each figure, and why a run did not finish. */
export function summarize(results, libs, sizes) {
  const rows = [];
  for (const n of sizes) {
    for (const name of Object.keys(libs)) {
      const runs = results.filter((r) => r.lib === name && r.n === n);
      if (runs.length === 0) continue;
      const ok = runs.filter((r) => r.ok);
      const row = { lib: name, n, runs: runs.length, ok: ok.length, gzip: libs[name].size?.gzip, raw: libs[name].size?.raw };
      for (const key of [...METRICS, 'scriptPerStepMs', 'layoutPerStepMs', 'stylePerStepMs', 'wallP95Ms', 'prepareMs', 'domNodes']) {
        row[key] = median(runs.map((r) => r[key]));
      }
      const failed = runs.find((r) => !r.ok);
      if (failed) row.problem = failed.reason;
      if (ok.some((r) => r.unsettledSteps > 0 || r.firstRenderSettled === false || r.warmRenderSettled === false)) row.note = 'some frames did not settle within 600 frames';
      rows.push(row);
    }
  }
  return rows;
}

const fmt = {
  ms: (v) => (v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)),
  mb: (v) => (v === undefined ? '–' : (v / 2 ** 20).toFixed(1)),
  int: (v) => (v === undefined ? '–' : Math.round(v).toLocaleString('en-US')),
  kb: (v) => (v === undefined ? '–' : (v / 1000).toFixed(1)),
};

export function markdownTable(rows, libs) {
  const out = [
    '| Library | N | First render (ms) | Warm first render (ms) | CPU / zoom step (ms) | Script / zoom step (ms) | Wall / zoom step (ms) | JS heap growth (MB) | DOM heap growth (MB) | DOM elements | JS gzip (kB) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const label = `${libs[r.lib].label} ${libs[r.lib].version ?? ''}`.trim();
    const flag = r.problem ? (r.ok > 0 ? ` (${r.ok}/${r.runs} runs finished)` : ' ¹') : '';
    // A figure a run did not get to (it timed out or failed before that phase) shows as DNF.
    const cell = (v, f) => (v === undefined && r.problem ? 'DNF' : f(v));
    out.push(
      `| ${label}${flag} | ${fmt.int(r.n)} | ${cell(r.firstRenderMs, fmt.ms)} | ${cell(r.warmRenderMs, fmt.ms)} | ${cell(r.cpuPerStepMs, fmt.ms)} | ${cell(r.libScriptPerStepMs, fmt.ms)} | ${cell(r.wallPerStepMs, fmt.ms)} | ${cell(r.jsHeapGrowth, fmt.mb)} | ${cell(r.domHeapGrowth, fmt.mb)} | ${cell(r.domElements, fmt.int)} | ${fmt.kb(r.gzip)} |`,
    );
  }
  const notes = rows.filter((r) => r.problem && r.ok === 0).map((r) => `${libs[r.lib].label} at ${fmt.int(r.n)}: ${r.problem}`);
  if (notes.length) out.push('', ...notes.map((note) => `¹ ${note}`));
  return out.join('\n');
}

/** The overview's cost per zoom step: ours with a linked <tl-overview> minus ours alone, at each N both ran. */
export function companionTable(rows) {
  const ours = new Map(rows.filter((r) => r.lib === 'ours').map((r) => [r.n, r]));
  const lines = [
    '| Companion | N | CPU / zoom step, with − without (ms) | Script / zoom step, with − without (ms) | First render, with − without (ms) |',
    '|---|--:|--:|--:|--:|',
  ];
  const diff = (a, b) => (a === undefined || b === undefined ? '–' : `${a - b >= 0 ? '+' : '−'}${fmt.ms(Math.abs(a - b))}`);
  let any = false;
  for (const r of rows.filter((row) => row.lib === 'ours-overview')) {
    const mine = ours.get(r.n);
    if (!mine) continue;
    any = true;
    lines.push(`| <tl-overview> | ${fmt.int(r.n)} | ${diff(r.cpuPerStepMs, mine.cpuPerStepMs)} | ${diff(r.libScriptPerStepMs, mine.libScriptPerStepMs)} | ${diff(r.firstRenderMs, mine.firstRenderMs)} |`);
  }
  return any ? lines.join('\n') : '';
}

/** Ours ÷ peer for every metric both have at the same N: below 1 means ours is faster / smaller. */
export function ratioTable(rows, libs) {
  const ours = new Map(rows.filter((r) => r.lib === 'ours').map((r) => [r.n, r]));
  const lines = [
    '| Ours ÷ peer | N | First render | CPU / step | Wall / step | Heap growth (JS + DOM) | DOM elements | JS gzip |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const ratio = (a, b, peerRow) =>
    a === undefined ? '–' : b === undefined ? (peerRow?.problem ? 'peer DNF' : '–') : b <= 0 ? '–' : `${(a / b).toFixed(2)}×`;
  let any = false;
  for (const peer of rows.filter((r) => !r.lib.startsWith('ours') && r.lib !== 'floor')) {
    const mine = ours.get(peer.n);
    if (!mine) continue;
    any = true;
    const cells = ['firstRenderMs', 'cpuPerStepMs', 'wallPerStepMs', 'heapGrowth', 'domElements', 'gzip'].map((key) => ratio(mine[key], peer[key], peer));
    lines.push(`| vs ${libs[peer.lib].label} | ${fmt.int(peer.n)} | ${cells.join(' | ')} |`);
  }
  return any ? lines.join('\n') : '';
}

export function markdownReport({ machine, options, rows, libs, elapsedMs, problems }) {
  const versions = Object.values(libs)
    .filter((l) => options.libs.includes(l.name))
    .map((l) => `${l.label} ${l.version ?? '(not installed)'}${l.sha256 ? ` (bundle sha256 ${l.sha256}…, commit ${machine.commit ?? '?'})` : ''}`)
    .join(', ');
  const parts = [
    `# timeline-elements benchmark`,
    '',
    `${new Date().toISOString()} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · load ${machine.loadAverage} · ${machine.os} · Node ${machine.node} · ${machine.chromium}`,
    '',
    `Libraries: ${versions}. Sizes ${options.sizes.join(', ')} (peers up to ${options.peerMax}); ${options.runs} run(s) each, median shown; ${options.steps} zoom steps; seed ${options.seed}. Run took ${(elapsedMs / 60000).toFixed(1)} min.`,
    '',
    markdownTable(rows, libs),
  ];
  const ratios = ratioTable(rows, libs);
  if (ratios) parts.push('', ratios);
  const companions = companionTable(rows);
  if (companions) parts.push('', companions);
  parts.push(
    '',
    'First render: mount → DOM quiet and painted. CPU / step: renderer main-thread CPU time (DevTools `Performance.getMetrics` TaskDuration, thread clock) over the zoom sequence ÷ steps. Warm first render: a second chart mounted in the same page after the first. Script / step: the library’s own script — its share of a 100 µs CPU profile’s busy samples (one of its frames on the stack) × main-thread CPU time, in a second pass over the same steps — ÷ steps. Wall / step: zoom call → last changed frame painted. Heap: used V8 heap and Blink (DOM) heap after GC, after first render minus before mount. DOM elements: added under the container, shadow roots included. See bench/README.md.',
  );
  if (problems.length) parts.push('', '**Problems**', '', ...problems.map((p) => `- ${p}`));
  return parts.join('\n') + '\n';
}
