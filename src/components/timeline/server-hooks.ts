import type { serverAxis, serverPlot } from './server-view.js';

/**
 * What the server draws in place of the canvas: set by `timeline-elements/ssr` (Node only), so that no browser
 * loads the server's drawing code, bundled or not.
 */
export const serverDrawing: { plot?: typeof serverPlot; axis?: typeof serverAxis } = {};
