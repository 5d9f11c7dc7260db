/**
 * edtf.js in the test browser. Its ESM entry imports `nearley`, which is CommonJS, and the test runner has no
 * CommonJS plugin, so `import edtf from 'edtf'` fails here. Both packages ship CommonJS builds that need only
 * `module`, `exports` and `require('nearley')`, so they are evaluated with a three-line loader instead.
 */
type Edtf = (text: string) => { values: number[]; year: number; min: number };

let loaded: Promise<Edtf> | undefined;

async function commonJs(path: string, require: (name: string) => unknown): Promise<unknown> {
  const source = await (await fetch(path)).text();
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', source)(module, module.exports, require);
  return module.exports;
}

/** The `edtf` function of the installed `edtf` package. */
export function loadEdtf(): Promise<Edtf> {
  loaded ??= (async () => {
    const nearley = await commonJs('/node_modules/nearley/lib/nearley.js', () => undefined);
    const edtf = (await commonJs('/node_modules/edtf/dist/index.cjs', (name) => {
      if (name === 'nearley') return nearley;
      throw new Error(`edtf needs ${name}`);
    })) as { default?: Edtf; edtf?: Edtf };
    const fn = edtf.default ?? edtf.edtf ?? (edtf as unknown as Edtf);
    if (typeof fn !== 'function') throw new Error('edtf did not load');
    return fn;
  })();
  return loaded;
}
