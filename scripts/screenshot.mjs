// Takes a headless Chromium screenshot of a URL: node scripts/screenshot.mjs URL OUT.png [width] [height] [--dark] [--script "js"]
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from './find-chrome.mjs';

const [url, out, w = '1200', h = '700'] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--script');
const dark = process.argv.includes('--dark');
const si = process.argv.indexOf('--script');
const script = si > 0 ? process.argv[si + 1] : undefined;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.setViewport({ width: +w, height: +h });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (script) await page.evaluate(script);
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
} finally {
  await browser.close();
}
