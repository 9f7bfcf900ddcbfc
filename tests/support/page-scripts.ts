import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** One script a page loads, with its size as served and gzipped (gzip's default level, 6). */
export interface PageScript {
  /** The URL path, or `<page> (inline)` for an inline script. */
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

// Static and dynamic imports in built (minified) modules: import"./a.js", from"./b.js", import("./c.js").
const IMPORTS = /(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']|\bimport\(\s*["']([^"']+\.js)["']\s*\)/g;

/**
 * Every script a built page loads: external and inline scripts (not JSON data), module preloads, and everything
 * they import, each counted once. Throws if a page loads a file that is not there.
 */
export function pageScripts(outDir: string, pagePath: string): PageScript[] {
  const html = readFileSync(join(outDir, pagePath, pagePath.endsWith('/') ? 'index.html' : ''), 'utf8');
  const { document } = parseHTML(html);
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const importsOf = (code: string, from: string) => {
    for (const match of code.matchAll(IMPORTS)) queue.push(posix.resolve(from, match[1] ?? match[2] ?? ''));
  };
  const count = (path: string, code: Buffer) =>
    scripts.push({ path, bytes: code.length, gzipBytes: gzipSync(code).length });

  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue; // data, e.g. application/json
    const src = script.getAttribute('src');
    if (src !== null) {
      // A query string (a cache-busting hash) is not part of the file's name.
      queue.push(posix.resolve(pagePath, src.replace(/[?#].*$/, '')));
    } else {
      const code = Buffer.from(script.textContent ?? '');
      count(`${pagePath} (inline)`, code);
      importsOf(code.toString(), pagePath);
    }
  }
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) {
    queue.push(posix.resolve(pagePath, link.getAttribute('href') ?? ''));
  }
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(outDir, path);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${path}, which is not in ${outDir}`);
    const code = readFileSync(file);
    count(path, code);
    importsOf(code.toString(), posix.dirname(path));
  }
  return scripts;
}
