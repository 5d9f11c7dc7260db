/**
 * What a card with media needs: reading a media item (kind, provider, embed URL, text alternative), the templates
 * and their style sheet. Loaded with the first card that has media — in the npm package a dynamic import; beside
 * the script-tag bundle `timeline-elements.media.js`, handed the bundle's Lit through `provide`.
 */
export { describeMedia } from '../../model/media.js';
export { mediaTemplate } from './media.js';
export { MEDIA_CSS } from './media.styles.js';
export { provide } from './kit-deps.js';
