/**
 * A style sheet's text, for one adopted when code loaded on demand arrives (`adopt-sheet.ts`). Its name holds
 * "css", so the build's literal minifier (lightningcss) strips its comments and spaces as it does for Lit's `css`.
 */
export const cssText: (strings: TemplateStringsArray) => string = String.raw;
