/**
 * What a card needs beyond its text: the story's way through the events (previous, next, a swipe, the title card)
 * and its media (reading a media item, the templates, their style sheet). Loaded with the first card that opens — in
 * the npm package a dynamic import; beside the script-tag bundle `timeline-elements.card.js`, handed the bundle's
 * Lit through `provide`.
 */
export { describeMedia } from '../../model/media.js';
export { mediaTemplate } from './media.js';
export { MEDIA_CSS } from './media.styles.js';
export { Story } from './story.js';
export { navTemplate, titleCardTemplate } from './story-card.js';
export { provide } from './kit-deps.js';
