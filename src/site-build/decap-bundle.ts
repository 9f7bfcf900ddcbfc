import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Decap CMS's browser bundle, copied from node_modules into /admin/decap/ and loaded by /admin/ only: the reader
 * pages never reference it. Its main file loads the other chunks (and two WebAssembly files) from its own folder.
 * One route per extension (src/pages/admin/decap/[name].js.ts and .wasm.ts): the dev server serves a route whose
 * path ends in an extension only when the route's file name says so.
 */
const folder = join(dirname(createRequire(import.meta.url).resolve('decap-cms-app/package.json')), 'dist');

const TYPES = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm' } as const;

/** The pages and handler of the route for one extension. */
export function decapBundleRoute(extension: keyof typeof TYPES): { paths: GetStaticPaths; get: APIRoute } {
  return {
    paths: () =>
      readdirSync(folder)
        .filter((file) => file.endsWith(`.${extension}`))
        .map((file) => ({ params: { name: file.slice(0, -extension.length - 1) } })),
    get: ({ params }) =>
      new Response(readFileSync(join(folder, `${String(params['name'])}.${extension}`)), {
        headers: { 'content-type': TYPES[extension] },
      }),
  };
}
