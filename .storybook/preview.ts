/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { publicManifest, type Manifest } from './manifest.js';
import { checkStory, watchConsole, type CheckParameters } from './checks.js';
import '../src/define.js';

// Written by `cem analyze` (main.ts regenerates it when stale). Read through a glob so a fresh checkout,
// where the git-ignored file does not exist yet, still typechecks.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];
if (manifest) setCustomElementsManifest(publicManifest(manifest));
else console.warn('custom-elements.json is missing: the docs tables stay empty. Run `npm run build` or restart Storybook.');

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    layout: 'padded',
  },
  // Every story, with or without a play function: no console errors while it renders and plays, and no axe
  // violations in the rendered element (shadow roots included) once it has settled.
  beforeEach: () => watchConsole(),
  afterEach: async ({ canvasElement, viewMode, parameters }) => {
    if (viewMode !== 'docs') await checkStory(canvasElement, parameters.checks as CheckParameters | undefined);
  },
};

export default preview;
