/**
 * Eras and markers — reading them, laying them out, the strip that names them and its style sheet — loaded the first time a timeline
 * has any (they are not in most timelines). In the npm package this is a dynamic import an app's bundler splits
 * off; the script-tag bundle points it at `timeline-elements.context.js` beside itself, which imports nothing: the
 * bundle hands it what it shares (`provide`), so there is one copy of Lit and of the date parser.
 */
export { normalizeEras, normalizeMarkers } from '../../model/context.js';
export { contextScene, eraRows } from '../../layout/context.js';
export { contextTemplate } from './context.js';
export { CONTEXT_CSS } from './context-strip.styles.js';
export { provide } from './kit-deps.js';
