import { build } from 'rolldown';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** A browser script bundled into one file, with a short hash of its code for cache-busting URLs. */
export interface ClientBundle {
  readonly code: string;
  readonly hash: string;
}

// One bundle per entry per build; in the dev server every request bundles afresh, so edits show.
const bundles = new Map<string, Promise<ClientBundle>>();

/**
 * Bundle a file under src/client into one minified ES module (or, with `format: 'iife'`, a classic script: one
 * function run at once, for pages that must load it without CORS, as a sandboxed frame with no origin does). Pages that load it themselves (rather than through
 * Astro's processed <script>) can mark it `async`, so it runs as soon as it arrives instead of after the whole page
 * is parsed: a home page with thousands of events in its reader list takes seconds to parse.
 */
export function clientBundle(
  entry: string,
  format: 'esm' | 'iife' = 'esm',
  { keepNames = false }: { keepNames?: boolean } = {},
): Promise<ClientBundle> {
  const key = `${format}:${keepNames}:${entry}`;
  let bundle = import.meta.env.DEV ? undefined : bundles.get(key);
  if (bundle === undefined) {
    // Rolldown, the bundler under Astro's own Vite: its minified output is what the JavaScript budget was set on.
    bundle = build({
      input: resolve('src/client', entry),
      platform: 'browser',
      write: false,
      // d3-zoom's import of d3-transition, which this site never uses: see the stand-in's comment.
      resolve: { alias: { 'd3-transition': resolve('src/client/d3-transition-stand-in.ts') } },
      // keepNames: the web editor runs the build's date checks, and the edtf library tells dates by their class names.
      output: { format, minify: true, keepNames, comments: { legal: false } },
    }).then((result) => {
      const code = result.output.find((chunk) => chunk.type === 'chunk')?.code ?? '';
      return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 12) };
    });
    bundles.set(key, bundle);
  }
  return bundle;
}
