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
