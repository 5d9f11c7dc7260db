// A static server for the repository in the page tests (node:test + puppeteer-core): `headers` on every answer and
// `routes` (path → answer) ahead of the files; an answer may set its `status` and `headers` (a redirect).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv', '.png': 'image/png' };

export function serve(headers = {}, routes = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const route = routes[url.pathname];
    if (route) {
      const { status = 200, type = 'text/html', body = '', headers: extra = {} } = await route(url);
      return void res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...headers, ...extra }).end(body);
    }
    const file = join(repo, normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`, ...headers }).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export const origin = (server) => `http://127.0.0.1:${server.address().port}`;
