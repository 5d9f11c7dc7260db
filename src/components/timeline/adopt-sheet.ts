/**
 * Adds CSS text that came with code loaded on demand (a card's media, the strip of eras and markers) to the
 * element's shadow root, as a constructed style sheet (which a strict Content-Security-Policy allows), after the
 * element's own styles.
 */
export function adoptSheet(root: HTMLElement | DocumentFragment, cssText: string): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
