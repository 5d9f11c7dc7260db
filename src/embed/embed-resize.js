// timeline-elements: sizes each <iframe> showing embed.html to its timeline's height. Put it once on the page, as a
// file or inline; it reads only messages sent by an iframe's own window from that iframe's own origin.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'tl-embed-height' || !(data.height >= 0 && data.height < 1e5)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let origin = 'null';
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      // An src that is no URL: the frame is left alone.
    }
    // A frame that went elsewhere, or one without an origin (data:, sandboxed), is left alone too.
    if (origin === 'null' || event.origin !== origin) return;
    const style = getComputedStyle(frame);
    const edges = style.boxSizing === 'border-box' ? frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0;
    frame.style.height = `${Math.ceil(data.height + edges)}px`;
    return;
  }
});
