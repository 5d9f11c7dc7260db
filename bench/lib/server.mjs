// A tiny static server on 127.0.0.1 (random port) for the bench pages, the libraries and the datasets.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves `memory` (URL path → string or Buffer, e.g. datasets and a snapshot of our bundle) and files under
 * `root` whose URL path starts with one of `prefixes`. Resolves to `{ origin, close }`.
 */
export function startServer({ root, prefixes, memory }) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (memory.has(path)) return send(200, TYPES[extname(path)] ?? 'application/octet-stream', memory.get(path));
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !prefixes.some((p) => path.startsWith(p))) return send(404, 'text/plain', 'not served');
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    if (!stat.isFile()) return send(404, 'text/plain', 'not a file');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
