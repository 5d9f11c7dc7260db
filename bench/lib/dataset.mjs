// Builds the datasets in Node from src/data/generate.ts (bundled with esbuild, the root devDependency), so the
// benchmark uses exactly the generator the stories and tests use.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function loadGenerator(repoRoot) {
  const result = await build({
    entryPoints: [join(repoRoot, 'src/data/generate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}
