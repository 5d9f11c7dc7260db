// @web/test-runner: every test file runs in real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error('No Chromium found. Run `node scripts/find-chrome.mjs --install` or set CHROME_PATH.');
  process.exit(1);
}

/** Test command: a real mouse wheel at a point (`{ x, y, deltaY, ctrl }`), through the DevTools protocol. */
function wheelPlugin() {
  return {
    name: 'wheel',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wheel') return undefined;
      const page = session.browser.getPage(session.id);
      const { x, y, deltaX = 0, deltaY = 0, ctrl = false } = payload;
      await page.mouse.move(x, y);
      if (ctrl) await page.keyboard.down('Control');
      await page.mouse.wheel({ deltaX, deltaY });
      if (ctrl) await page.keyboard.up('Control');
      return true;
    },
  };
}

/**
 * Test command: one DevTools-protocol call on the test page (`{ method, params }` → its result), through a session
 * kept per page (emulation ends with the session). What the tests read and drive through it: Chromium's own
 * accessibility tree (`Accessibility.getFullAXTree`), touch input (`Input.dispatchTouchEvent`), device metrics
 * and touch emulation, forced colours (`Emulation.*`; puppeteer's emulateMediaFeatures does not know `forced-colors`), screenshots of what is really painted (`Page.captureScreenshot`).
 */
function cdpPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      return (await cdp.send(payload.method, payload.params ?? {})) ?? {};
    },
  };
}

/** Serves ../shared/corpus at /corpus/ when it exists (tests skip with a message when it does not). */
function corpusPlugin() {
  const dir = resolve(process.cwd(), '../shared/corpus');
  return {
    name: 'corpus',
    async serve(context) {
      if (!context.path.startsWith('/corpus/')) return undefined;
      const name = decodeURIComponent(context.path.slice('/corpus/'.length));
      if (name.includes('/') || name.includes('..')) return { body: 'bad path', type: 'text' };
      try {
        return { body: await readFile(resolve(dir, name), 'utf8'), type: 'text/plain' };
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * Data files for `src=` tests at /fetch/… (a Koa middleware ahead of the esbuild plugin, which would turn any
 * `.json` path into a JS module): /fetch/fixtures/NAME serves test/fixtures/NAME as it is, /fetch/status/CODE
 * answers with that status, /fetch/bad.json is broken JSON, /fetch/slow/MS/NAME answers after MS ms, /fetch/reset.json
 * answers and then breaks the connection mid-body.
 */
function fetchMiddleware() {
  const dir = resolve(process.cwd(), 'test/fixtures');
  const types = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };
  return async (ctx, next) => {
    if (ctx.path === '/fetch/reset.json') {
      // Answers 200, sends part of the body, then resets the connection.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4000', 'cache-control': 'no-store' });
      ctx.res.write('[{"id":"a","start":"2012","title":"Cut');
      setTimeout(() => ctx.req.socket.destroy(), 50);
      return undefined;
    }
    const match = /^\/fetch\/(?:(fixtures)\/([\w.-]+)|status\/(\d{3})|(bad\.json)|slow\/(\d+)\/([\w.-]+))$/.exec(ctx.path);
    if (!match) return next();
    const [, , name, code, bad, ms, slowName] = match;
    ctx.set('cache-control', 'no-store');
    if (code) {
      ctx.status = Number(code);
      ctx.body = `status ${code}`;
      return undefined;
    }
    if (bad) {
      ctx.type = types.json;
      ctx.body = '{ "events": [ { "id": "a", "start": "2020", ';
      return undefined;
    }
    if (ms) await new Promise((done) => setTimeout(done, Number(ms)));
    const file = name ?? slowName;
    try {
      ctx.body = await readFile(resolve(dir, file), 'utf8');
      ctx.type = types[file.split('.').pop()] ?? 'text/plain';
    } catch {
      ctx.status = 404;
    }
    return undefined;
  };
}

/** `edtf` depends on `nearley`, a CommonJS module: wrap it (only it) as ESM for the browser. */
function nearleyPlugin() {
  return {
    name: 'nearley-esm',
    transform(context) {
      if (!context.path.endsWith('/nearley/lib/nearley.js')) return undefined;
      return { body: `const module = { exports: {} };\n${context.body}\nexport default module.exports;\n` };
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [fetchMiddleware()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  plugins: [nearleyPlugin(), esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }), wheelPlugin(), cdpPlugin(), corpusPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) },
    }),
  ],
};
