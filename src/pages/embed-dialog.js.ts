import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

// The embed dialog's code as one file, bundled on its own so that the home page loads it only when a reader opens
// the dialog, outside the page's JavaScript budget (a Vite dynamic import would add its preload helper to the page).
export const GET: APIRoute = async () => {
  const result = await build({
    entryPoints: [resolve('src/client/tl-embed-dialog.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
