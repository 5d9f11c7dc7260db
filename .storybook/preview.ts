/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { publicManifest, type Manifest } from './manifest.js';
import { attributesWithoutControl, checkStory, rememberAttributes, watchConsole, type CheckParameters } from './checks.js';
import '../src/define.js';

// Written by `cem analyze` (main.ts regenerates it when stale). Read through a glob so a fresh checkout,
// where the git-ignored file does not exist yet, still typechecks.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];
if (manifest) {
  setCustomElementsManifest(publicManifest(manifest));
  rememberAttributes(manifest);
}
else console.warn('custom-elements.json is missing: the docs tables stay empty. Run `npm run build` or restart Storybook.');

/** Phone, tablet and embed sizes for the viewport toolbar (the story stays full-width until one is picked). */
const VIEWPORTS = {
  phoneSmall: { name: 'Small phone (320×640)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  iphone14: { name: 'iPhone 14 (390×844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  pixel7: { name: 'Pixel 7 (412×915)', styles: { width: '412px', height: '915px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768×1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  iframe: { name: 'Embed iframe (1100×600)', styles: { width: '1100px', height: '600px' }, type: 'desktop' },
  desktop: { name: 'Desktop (1200×800)', styles: { width: '1200px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    layout: 'padded',
    viewport: { options: VIEWPORTS },
    // The a11y panel shows axe's findings for the story; in the story tests they fail the story, like the stricter
    // run in checks.ts (every story is axe-clean there, so there is nothing to downgrade to 'todo').
    a11y: { test: 'error' },
  },
  // Every story, with or without a play function: no console errors while it renders and plays, and no axe
  // violations in the rendered element (shadow roots included) once it has settled.
  beforeEach: () => watchConsole(),
  // And, in a story that renders from its args (Storybook offers controls only there), every attribute of the
  // story's component (from the manifest) has a control. Stories with a fixed `render: () => …` show one state.
  afterEach: async ({ canvasElement, viewMode, parameters, component, argTypes }) => {
    if (viewMode === 'docs') return;
    const uncontrolled = parameters.__isArgsStory ? attributesWithoutControl(component, argTypes) : [];
    await checkStory(canvasElement, parameters.checks as CheckParameters | undefined, uncontrolled);
  },
};

export default preview;
