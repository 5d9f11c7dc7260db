// Finds a Chromium/Chrome for tests and benchmarks. Order: $CHROME_PATH, known paths, PATH lookup.
// With --install, installs Debian's `chromium` through apt-get when none is found and apt-get is usable;
// otherwise prints a one-line fix and exits 1.
import { existsSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChrome() {
  const env = process.env.CHROME_PATH;
  if (env) return existsSync(env) ? env : undefined;
  for (const p of CANDIDATES) if (existsSync(p)) return p;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execSync(`command -v ${name}`, { stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' })
        .toString()
        .trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  const hasSudo = spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;
  return hasApt ? (isRoot ? '' : hasSudo ? 'sudo ' : null) : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let chrome = findChrome();
  if (!chrome && process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist. Fix: point CHROME_PATH at a Chromium/Chrome binary, or unset it.`);
    process.exit(1);
  }
  if (!chrome && process.argv.includes('--install')) {
    const prefix = canApt();
    if (prefix !== null) {
      console.error('No Chromium found: installing Debian\'s "chromium" with apt-get …');
      const r = spawnSync('sh', ['-c', `${prefix}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${prefix}apt-get install -y -qq chromium`], {
        stdio: 'inherit',
      });
      if (r.status === 0) chrome = findChrome();
    }
  }
  if (!chrome) {
    console.error(
      'No Chromium/Chrome found. Fix: `sudo apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH=/path/to/chrome.',
    );
    process.exit(1);
  }
  console.log(chrome);
}
