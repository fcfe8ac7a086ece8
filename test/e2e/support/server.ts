/**
 * A static file server on 127.0.0.1 for fixture pages (content scripts do not run on file:// by
 * default, and real pages behave differently from file URLs). Serves files from several roots:
 * `/fixtures/...` from test/fixtures and `/shared/...` from ../shared (when present).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  url(p: string): string;
  close(): Promise<void>;
}

/** Start a server; `roots` maps a URL prefix (e.g. "/fixtures") to a directory. */
export async function startServer(roots: Record<string, string>): Promise<FixtureServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = Object.keys(roots).find((p) => url.pathname === p || url.pathname.startsWith(p + '/'));
    if (!prefix) return void res.writeHead(404).end('not found');
    const root = path.resolve(roots[prefix]!);
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => origin + p,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
