// Run by embed.ts before the element's first update, where it measures its lanes' room. Without a `height`,
// embed.html's frame is sized to its content by the page around it (embed-resize.js), so the frame's own window is
// exactly as tall as the timeline. The element gives its lanes up to 60 % of `innerHeight` when it has no height of
// its own: in such a frame that share would shrink with every height report (the frame shrinks, the lanes get less
// room, the frame shrinks…) down to the lanes' minimum. Here the element reads the screen's height instead — what
// the page around the frame has at most. `innerHeight` is [Replaceable]: a page may shadow it, and this page is the
// timeline's own. (A frame not sized by its page keeps its own height when that is more.)
import { followsFrame, readEmbedParams } from './params.js';

const { height } = readEmbedParams(location.search);
const auto = !height || height === 'auto' || !CSS.supports('height', height);
if (window.parent !== window && auto && !followsFrame(height)) {
  const own = Object.getOwnPropertyDescriptor(window, 'innerHeight')?.get;
  Object.defineProperty(window, 'innerHeight', {
    configurable: true,
    get: () => Math.max(screen.availHeight || 0, own ? (own.call(window) as number) : 0),
  });
}
