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
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** One rule of a `_headers` file: a path (exact, or ending in `*` for everything under it) and its headers. */
interface HeaderRule {
  readonly path: string;
  readonly headers: readonly (readonly [string, string])[];
}

/** The rules of a `_headers` file, in the format Netlify and Cloudflare Pages read (see src/lib/embed/host-headers.ts). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 0)
      throw new Error(`_headers: a header outside a rule, or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers every rule matching `pathname` declares, all of them, as hosts merge them. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  return rules
    .filter(({ path }) => (path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) : pathname === path))
    .flatMap(({ headers }) => headers.map(([name, value]): [string, string] => [name, value]));
}

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
export async function serveStatic(
  root: string,
  port = 0,
  options: { gzip?: boolean; hostHeaders?: boolean } = {},
): Promise<StaticServer> {
  const base = resolve(root);
  // With `hostHeaders`, each response carries the headers the site's own _headers file declares for its path, as a
  // host that reads the file would send them: tests then run under the published policy, not a copy of it.
  const rules = options.hostHeaders === true ? parseHeadersFile(await readFile(join(base, '_headers'), 'utf8')) : [];
  const compressed = new Map<string, { mtimeMs: number; body: Buffer }>();
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [name, value] of headersFor(rules, pathname)) response.appendHeader(name, value);
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
