/** The corpus timeline as `timeline-elements/ssr` renders it (`.storybook/main.ts`); `null` before `npm run build`. */
declare module 'virtual:ssr-corpus' {
  const html: string | null;
  export default html;
}
