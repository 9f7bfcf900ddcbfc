import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** A running static server over a built site. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serve a folder as a static host would (`/a/` -> `/a/index.html`, 404.html for misses), on 127.0.0.1 and a free
 * port. For tests only: no caching; gzip only when asked (`{ gzip: true }`, as a real host would for the benchmark).
 * Each file is compressed once and the result kept, as a host or CDN serves a compressed copy it already has: the
 * benchmark's 18 MB page would otherwise wait half a second for the test server to compress it on every request.
 */
export async function serveStatic(root: string, port = 0, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (options.gzip === true && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const { mtimeMs } = await stat(file);
        let cached = compressed.get(file);
        if (cached === undefined || cached.mtimeMs !== mtimeMs) {
          cached = { mtimeMs, body: gzipSync(body) };
          compressed.set(file, cached);
        }
        response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(cached.body);
      } else {
        response.writeHead(200, { 'content-type': type }).end(body);
      }
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'content-type': TYPES['.html'] as string }).end(notFound);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
