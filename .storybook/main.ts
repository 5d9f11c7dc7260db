import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * `custom-elements.json` feeds the autodocs tables. It is git-ignored, so (re)generate it here when it is missing
 * or older than the components — `storybook dev`, `storybook build` and the story tests then all work on a fresh
 * checkout. Same command as `npm run build`; takes under a second.
 */
function ensureManifest(): void {
  const out = join(root, 'custom-elements.json');
  if (existsSync(out) && statSync(out).mtimeMs >= newestMtime(join(root, 'src/components'))) return;
  const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(
    process.execPath,
    [cem, 'analyze', '--litelement', '--globs', 'src/components/**/*.ts', '--exclude', '**/*.styles.ts', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
}
ensureManifest();

/**
 * `virtual:ssr-corpus`: the corpus timeline as `timeline-elements/ssr` renders it (the Server rendering story). Run
 * in a child process (the SSR module installs a DOM shim on Node's globals, which Storybook's own process must not
 * get), from the built `dist/ssr.js`; `null` before `npm run build`.
 */
const SSR_ID = 'virtual:ssr-corpus';
const ssrCorpus = {
  name: 'ssr-corpus',
  resolveId: (id: string) => (id === SSR_ID ? `\0${SSR_ID}` : undefined),
  load(id: string) {
    if (id !== `\0${SSR_ID}`) return undefined;
    if (!existsSync(join(root, 'dist/ssr.js'))) return 'export default null;';
    const script = `const { renderTimeline } = await import('./dist/ssr.js'); const { corpusEvents } = await import('./dist/corpus.js');
      process.stdout.write(await renderTimeline(corpusEvents, { lang: 'de', label: 'Konzerne', width: 1000, height: 480 }));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    return `export default ${JSON.stringify(html)};`;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Sample files in other tools' formats, for the `src` / `format` stories.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  // Name every browser dependency up front, so Vite never discovers one mid-run and reloads (which made a
  // story-test run fail with "failed to find the current suite" once).
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), ssrCorpus],
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [
        ...(vite.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive.js',
        'lit/directives/repeat.js',
        'lit/directives/unsafe-html.js',
        'lit/directives/style-map.js',
        'd3-array',
        'd3-dsv',
        'd3-scale',
        'd3-selection',
        'd3-transition',
        'd3-zoom',
        'edtf',
        'dompurify',
        'axe-core',
      ],
    },
  }),
  core: {
    // Works offline and never phones home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
