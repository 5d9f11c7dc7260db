// Serves the repository's static files (demo/, dist/, examples/) on 127.0.0.1 with no dependencies.
// Usage: node scripts/serve.mjs [--port 8080]   (PORT env var works too; 0 picks a free port)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The corpus timeline rendered on the server (`timeline-elements/ssr`): it shows before, and without, any script. */
async function serverRendered() {
  const { renderTimeline } = await import('../dist/ssr.js');
  const { corpusEvents } = await import('../dist/corpus.js');
  const timeline = await renderTimeline(corpusEvents, { lang: 'de', label: 'Konzerne in den Nachrichten', width: 1000, height: 520 });
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>timeline-elements: server-rendered</title>
<link rel="stylesheet" href="/demo/demo.css"></head>
<body><main>
<h1>Server-rendered timeline</h1>
<p>This timeline was rendered on the server (<code>timeline-elements/ssr</code>): it is on screen before any script
runs, and with JavaScript off. When the bundle loads, the element takes over in place.</p>
${timeline}
<p><a href="/demo/">Back to the demo</a></p>
</main>
<script type="module" src="/dist/timeline-elements.bundle.js"></script>
</body></html>`;
}

export function startServer(port = 8080, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/' || path === '') return void res.writeHead(302, { location: '/demo/' }).end();
    if (path === '/demo/ssr.html') return void serverRendered().then(
      (body) => res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(body),
      (error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`Server rendering needs \`npm run build\` and @lit-labs/ssr: ${error.message}`),
    );
    let file = join(root, path);
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--port');
  const port = Number(i > 0 ? process.argv[i + 1] : (process.env.PORT ?? 8080));
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`Demo: http://127.0.0.1:${actual}/   (Ctrl+C to stop)`);
  console.log(`Embed builder: http://127.0.0.1:${actual}/dist/builder.html`);
  console.log(`Server-rendered (works with JavaScript off): http://127.0.0.1:${actual}/demo/ssr.html`);
}
