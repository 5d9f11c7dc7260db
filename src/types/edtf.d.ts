// Minimal typings for the parts of `edtf` (no bundled types) this package uses.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
    readonly precision?: number;
  }
  export function parse(input: string, options?: { level?: 0 | 1 | 2; types?: string[] }): unknown;
  export default function edtf(input: string, options?: { level?: 0 | 1 | 2 }): EdtfValue;
  /** The value classes `edtf()` builds from a parse result (or, for `Date`, from milliseconds). */
  type EdtfClass = new (input: unknown) => EdtfValue;
  export const Date: EdtfClass;
  export const Decade: EdtfClass;
  export const Century: EdtfClass;
}
