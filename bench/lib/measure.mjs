// One measurement: one library, one dataset size, in a fresh browser context and page.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS } from '../../scripts/find-chrome.mjs';

// The project's flags for this machine (no network, running as root), plus what measuring needs.
export const CHROME_ARGS = [
  ...CHROME_FLAGS,
  // Exact heap numbers and a callable gc() (we collect through the DevTools protocol, which needs neither).
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
  // Keep timers and frames running at full rate in every page.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function launchBrowser(executablePath) {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROME_ARGS,
    defaultViewport: { width: 1280, height: 720 },
    protocolTimeout: 30 * 60 * 1000,
  });
}

/** Zoom windows: `steps` steps, log-spaced, from the whole span down to one month around its middle and back. */
export function zoomWindows([lo, hi], steps) {
  const month = 30 * 86_400_000;
  const center = (lo + hi) / 2;
  const whole = hi - lo;
  const half = Math.floor(steps / 2);
  const windows = [];
  for (let i = 1; i <= steps; i++) {
    const f = i <= half ? i / half : (steps - i) / (steps - half);
    const span = whole * (month / whole) ** f;
    windows.push([Math.round(center - span / 2), Math.round(center + span / 2)]);
  }
  return windows;
}

/**
 * Sampled milliseconds of a CPU profile (`Profiler.stop()`'s profile): `library`, in the library's script — a
 * sample counts when any frame of its stack comes from one of `urls` (path suffixes), so it includes the
 * builtins, canvas and DOM calls the library makes, and excludes the harness's callbacks, GC and the browser's
 * own style, layout and paint (`(program)`) — and `busy`, every sample but `(idle)`. Each sample stands for the
 * time until the next one. Sample times are wall-clock: see measureOnce for how they become CPU time.
 */
export function libraryScriptMs(profile, urls) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map();
  const inLibrary = (id) => {
    if (ours.has(id)) return ours.get(id);
    const url = byId.get(id)?.callFrame.url ?? '';
    const path = url ? new URL(url, 'http://x').pathname : '';
    const p = parent.get(id);
    const value = (path !== '' && urls.some((u) => path.endsWith(u))) || (p !== undefined && inLibrary(p));
    ours.set(id, value);
    return value;
  };
  const { samples = [], timeDeltas = [] } = profile;
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let library = 0;
  let busy = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = timeDeltas[i + 1] ?? 0;
    if (idle.has(samples[i])) continue;
    busy += dt;
    if (inLibrary(samples[i])) library += dt;
  }
  return { library: library / 1000, busy: busy / 1000 };
}

class Timeout extends Error {}

function withDeadline(promise, deadline, what) {
  const ms = deadline - Date.now();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: timed out`)), Math.max(ms, 0));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function heapAfterGc(cdp) {
  // Twice: the first collection can leave objects that only die once finalizers have run.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // usedSize: the V8 (JavaScript) heap; embedderHeapUsedSize: Blink's garbage-collected heap, where DOM nodes live.
  const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize, dom: embedderHeapUsedSize };
}

async function mainThreadMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const pick = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  // Seconds of renderer main-thread time since the page's process started.
  return {
    task: pick('TaskDuration'),
    script: pick('ScriptDuration'),
    layout: pick('LayoutDuration'),
    style: pick('RecalcStyleDuration'),
  };
}

/**
 * Runs one (library, N) measurement. Returns `{ ok: true, ... }`, or `{ ok: false, reason, phase, ... }` with
 * the figures of the phases that did finish.
 * `browser` may be replaced (returned as `browser`) when a hung page forced a restart.
 */
export async function measureOnce({ browser, executablePath, origin, lib, n, windows, timeoutMs, screenshotDir }) {
  const deadline = Date.now() + timeoutMs;
  const context = await browser.createBrowserContext();
  // Filled phase by phase, so a run that times out while zooming still reports its first render.
  const result = { ok: false, pageErrors: [] };
  let phase = 'load page';
  let phaseStart = Date.now();
  result.phaseSeconds = {};
  const enter = (next) => {
    result.phaseSeconds[phase] = (Date.now() - phaseStart) / 1000;
    phase = next;
    phaseStart = Date.now();
  };
  try {
    const page = await context.newPage();
    page.on('pageerror', (err) => result.pageErrors.push(`(${phase}) ${String(err?.message ?? err)}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') result.pageErrors.push(msg.text());
    });
    const cdp = await page.createCDPSession();
    // threadTicks: durations are the renderer main thread's CPU time, not wall time.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await withDeadline(page.goto(`${origin}${lib.page}`, { waitUntil: 'load' }), deadline, phase);
    await withDeadline(page.evaluate(() => window.bench.ready()), deadline, phase);

    enter('load data');
    result.fingerprint = await withDeadline(page.evaluate((url) => window.bench.load(url), `${origin}/data/${n}.json`), deadline, phase);

    enter('convert data');
    result.prepareMs = await withDeadline(page.evaluate(() => window.bench.prepare()), deadline, phase);

    enter('first render');
    result.heapBefore = await heapAfterGc(cdp);
    const domBefore = await page.evaluate(() => window.bench.countDom());
    const first = await withDeadline(page.evaluate(() => window.bench.firstRender()), deadline, phase);
    result.firstRenderMs = first.ms;
    result.firstRenderFrames = first.frames;
    result.firstRenderSettled = first.settled;
    result.heapAfter = await withDeadline(heapAfterGc(cdp), deadline, phase);
    result.jsHeapGrowth = result.heapAfter.js - result.heapBefore.js;
    result.domHeapGrowth = result.heapAfter.dom - result.heapBefore.dom;
    result.heapGrowth = result.jsHeapGrowth + result.domHeapGrowth;
    const domAfter = await withDeadline(page.evaluate(() => window.bench.countDom()), deadline, phase);
    result.domElements = domAfter.elements - domBefore.elements;
    result.domNodes = domAfter.nodes - domBefore.nodes;
    result.shadowRoots = domAfter.shadowRoots;

    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/${lib.name}-${n}-first.png` });

    enter('zoom');
    const cpuBefore = await mainThreadMetrics(cdp);
    const zoom = await withDeadline(page.evaluate((w) => window.bench.zoomSequence(w), windows), deadline, phase);
    const cpuAfter = await mainThreadMetrics(cdp);
    const perStep = (key) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / windows.length;
    const sortedSteps = [...zoom.steps].sort((a, b) => a - b);
    if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/${lib.name}-${n}-after-zoom.png` });

    // The library's own script per step, from a second pass over the same windows under the sampling profiler
    // (100 µs): the profiler slows the page, so it does not run during the pass the CPU and wall figures come from.
    // Samples are wall-clock (a descheduled or waiting thread keeps its stack), so on a busy machine they add up
    // to more than the thread's CPU time; the library's share of the busy samples times the pass's main-thread
    // CPU time (TaskDuration, thread clock) is its CPU time. The raw sampled figure stays in the JSON.
    enter('profiled zoom');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const profiledBefore = await mainThreadMetrics(cdp);
    const profiled = await withDeadline(page.evaluate((w) => window.bench.zoomSequence(w), windows), deadline, phase);
    const profiledAfter = await mainThreadMetrics(cdp);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    const sampled = libraryScriptMs(profile, lib.scriptUrls);
    const steps = profiled.steps.length;
    result.libScriptSampledPerStepMs = sampled.library / steps;
    result.busySampledPerStepMs = sampled.busy / steps;
    result.profiledCpuPerStepMs = ((profiledAfter.task - profiledBefore.task) * 1000) / steps;
    result.libScriptPerStepMs = sampled.busy > 0 ? (sampled.library / sampled.busy) * result.profiledCpuPerStepMs : 0;

    enter('warm render');
    const warm = await withDeadline(page.evaluate(() => window.bench.warmRender()), deadline, phase);
    result.warmRenderMs = warm.ms;
    result.warmRenderSettled = warm.settled;
    enter('done');
    Object.assign(result, {
      ok: true,
      cpuPerStepMs: perStep('task'),
      scriptPerStepMs: perStep('script'),
      layoutPerStepMs: perStep('layout'),
      stylePerStepMs: perStep('style'),
      wallPerStepMs: zoom.steps.reduce((a, b) => a + b, 0) / zoom.steps.length,
      wallP95Ms: sortedSteps[Math.min(sortedSteps.length - 1, Math.floor(sortedSteps.length * 0.95))],
      unsettledSteps: zoom.unsettled,
    });
    return { ...result, browser };
  } catch (err) {
    const timedOut = err instanceof Timeout;
    // A page stuck in a long task can block even the context from closing: restart the browser then.
    const closed = await Promise.race([context.close().then(() => true, () => false), new Promise((r) => setTimeout(() => r(false), 15_000))]);
    if (!closed) {
      browser.process()?.kill('SIGKILL');
      browser = await launchBrowser(executablePath);
    }
    const reason = timedOut
      ? `did not finish: ${phase} still running after ${Math.round(timeoutMs / 1000)} s`
      : `error in ${phase}: ${err.message.split('\n')[0]}`;
    return { ...result, browser, phase, reason, timedOut };
  } finally {
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 15_000))]);
  }
}
