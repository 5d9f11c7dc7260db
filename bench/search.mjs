// Text search at scale: builds the index of src/model/search.ts (at once, and in slices as a page does) over N seeded events with realistic text (titles of
// 3–7 words, summaries of 12–30, some with HTML, tags, actors, a lane; a fifth of the words with diacritics) and
// times the keystrokes of a reader typing queries, in Node (the module needs no DOM).
//
//   node bench/search.mjs                 # 1,000,000 events
//   node bench/search.mjs --n 100000 --runs 5
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' } } });
const n = Number(values.n);
const runs = Number(values.runs);

const bundled = await build({
  entryPoints: [fileURLToPath(new URL('../src/model/search.ts', import.meta.url))],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const { buildIndex, buildIndexInSlices, Searcher } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

/** mulberry32, as src/data/generate.ts. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const SYLLABLES = ['ka', 'ro', 'mün', 'chen', 'stra', 'ße', 'lé', 'on', 'ber', 'lin', 'pa', 'ris', 'zü', 'rich', 'ma', 'drid', 'ko', 'pen', 'ha', 'gen', 'ny', 'är', 'ö', 'sund'];
const VOCABULARY = Array.from({ length: 50000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
const words = (lo, hi) => Array.from({ length: lo + Math.floor(random() * (hi - lo + 1)) }, () => pick(VOCABULARY)).join(' ');
const cap = (s) => s[0].toUpperCase() + s.slice(1);

const t0 = performance.now();
const events = Array.from({ length: n }, (_, i) => ({
  id: `e${i + 1}`,
  index: i,
  title: cap(words(3, 7)),
  ...(random() < 0.3 ? { summaryHtml: `<p>${words(12, 30)} <a href="https://example.org/${i}">${words(1, 3)}</a></p>` } : { summary: words(12, 30) }),
  group: `Lane ${1 + Math.floor(random() * 8)}`,
  category: pick(['election', 'law', 'protest', 'treaty', '']),
  tags: Array.from({ length: Math.floor(random() * 3) }, () => pick(VOCABULARY)),
  actors: Array.from({ length: Math.floor(random() * 2) }, () => cap(pick(VOCABULARY))),
}));
const generated = performance.now() - t0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (f) => {
  const start = performance.now();
  const result = f();
  return [performance.now() - start, result];
};

const builds = [];
let index;
for (let r = 0; r < Math.min(runs, 3); r++) {
  const [ms, built] = time(() => buildIndex(events, 'de'));
  builds.push(ms);
  index = built;
}
// The build as a page runs it: in slices, the longest of which is what a reader could feel.
const slices = [];
let last = performance.now();
const sliced = performance.now();
const timer = setInterval(() => {}, 1); // keeps the event loop turning
await buildIndexInSlices(events, 'de', () => {
  const now = performance.now();
  slices.push(now - last);
  last = now;
  return false;
});
clearInterval(timer);
slices.push(performance.now() - last);
const slicedMs = performance.now() - sliced;

// A reader typing: every prefix of each query is one keystroke.
const QUERIES = ['Munchen', 'strasse koru', 'a', 'zurich paris', 'lane 3', events[Math.floor(n / 2)].title.slice(2, 14), 'qqqq'];
const rows = [];
for (const query of QUERIES) {
  const perKey = [];
  let count = 0;
  for (let k = 1; k <= query.length; k++) {
    const times = [];
    for (let r = 0; r < runs; r++) {
      // A reader's keystroke: the searcher holds the previous prefix's matches (as the model's does).
      const searcher = new Searcher(index);
      if (k > 1) searcher.search(query.slice(0, k - 1));
      const [ms, hits] = time(() => searcher.search(query.slice(0, k)));
      times.push(ms);
      if (k === query.length) count = hits.length;
    }
    perKey.push(median(times));
  }
  rows.push({ query, keystrokes: query.length, medianMs: median(perKey), worstMs: Math.max(...perKey), matches: count });
}
const mb = `vocabulary ${index.wordAt.length - 1} words, ${(index.eventWords.length / 1e6).toFixed(1)} M event-word pairs`;
console.log(`search bench: ${n.toLocaleString('en')} events (generated in ${generated.toFixed(0)} ms), Node ${process.version}`);
console.log(`buildIndex: median ${median(builds).toFixed(0)} ms over ${builds.length} (${builds.map((b) => b.toFixed(0)).join(', ')}), ${mb}`);
console.log('per keystroke (median of', runs, 'runs per prefix):');
console.table(rows.map((r) => ({ ...r, medianMs: +r.medianMs.toFixed(1), worstMs: +r.worstMs.toFixed(1) })));
const over = (ms) => slices.filter((x) => x > ms).length;
console.log(`buildIndexInSlices: ${slicedMs.toFixed(0)} ms in ${slices.length} slices (between pauses): median ${median(slices).toFixed(1)} ms, ${over(16)} over 16 ms, ${over(50)} over 50 ms, longest ${Math.max(...slices).toFixed(1)} ms`);
const sorted = [...rows.map((r) => r.medianMs)];
console.log(`keystrokes: median of medians ${median(sorted).toFixed(1)} ms, worst prefix ${Math.max(...rows.map((r) => r.worstMs)).toFixed(1)} ms`);
