// What each library's page loads (for the gzip column) and which version it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function packageVersion(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** The overview's element file beside a bundle (the bundle loads it from there on first use). */
const overviewOf = (bundle) => bundle.replace(/bundle\.js$/, 'overview.js');

/** `{ name, label, version, page, files: [repo-relative paths], available, problem? }` per library. */
export function describeLibraries({ repoRoot, bundle }) {
  const benchModules = join(repoRoot, 'bench/node_modules');
  const libs = {
    ours: {
      label: '<tl-timeline>',
      version: packageVersion(repoRoot),
      files: [bundle],
      install: 'npm run build',
    },
    // Ours with a <tl-overview> nested in the timeline (ours.html?overview): its rows minus ours' are the
    // companion's cost. The overview's element is a second file the bundle loads on first use.
    'ours-overview': {
      label: '<tl-timeline> + <tl-overview>',
      version: packageVersion(repoRoot),
      files: [bundle, bundle.replace(/bundle\.js$/, 'overview.js')],
      install: 'npm run build',
      page: '/bench/pages/ours.html?overview',
    },
    vis: {
      label: 'vis-timeline',
      version: packageVersion(join(benchModules, 'vis-timeline')),
      // The standalone build bundles vis-data, moment, hammer … and injects its CSS from the JS.
      files: ['bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
      install: 'npm --prefix bench ci',
    },
    'timelines-chart': {
      label: 'timelines-chart',
      version: packageVersion(join(benchModules, 'timelines-chart')),
      // UMD build with its d3 modules bundled; it inserts its styles from the JS.
      files: ['bench/node_modules/timelines-chart/dist/timelines-chart.min.js'],
      install: 'npm --prefix bench ci',
    },
    // Not a library: the same harness and zoom steps on a page where a step changes one text node. Its CPU per
    // step is what measuring costs (rAF, MessageChannel, MutationObserver, three frames per step), for any library.
    floor: {
      label: 'harness floor',
      version: '',
      files: [],
      install: '',
    },
  };
  for (const [name, lib] of Object.entries(libs)) {
    lib.name = name;
    lib.page ??= `/bench/pages/${name}.html`;
    // Where the library's own script comes from, for "script / zoom step" (a sampled CPU profile attributes a
    // sample to the library when one of its stack frames is in these URLs). The floor has no library: its
    // adapter's one text write stands in.
    // Our files are served from memory at /dist/… whatever --bundle says (see run.mjs).
    const served = (f) => (f === bundle ? '/dist/timeline-elements.bundle.js' : f === overviewOf(bundle) ? '/dist/timeline-elements.overview.js' : `/${f}`);
    lib.scriptUrls = lib.files.length ? lib.files.map(served) : [`/bench/pages/adapters/${name}.js`];
    const missing = lib.files.filter((f) => !existsSync(join(repoRoot, f)));
    lib.available = missing.length === 0;
    if (!lib.available) lib.problem = `missing ${missing.join(', ')} (run \`${lib.install}\`)`;
  }
  return libs;
}

/** Raw and gzip (level 9) bytes of what a page loads for the library: file contents as Buffers. */
export function transferSize(contents) {
  let raw = 0;
  let gzip = 0;
  for (const bytes of contents) {
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function readFiles(repoRoot, files) {
  return files.map((file) => readFileSync(join(repoRoot, file)));
}
