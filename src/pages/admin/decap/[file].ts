import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Decap CMS's browser bundle, copied from node_modules into /admin/decap/ and loaded by /admin/ only: the reader
// pages never reference it. Its main file loads the other chunks (and two WebAssembly files) from its own folder.
const folder = join(dirname(createRequire(import.meta.url).resolve('decap-cms-app/package.json')), 'dist');

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', wasm: 'application/wasm' };

export const getStaticPaths = (() =>
  readdirSync(folder)
    .filter((file) => /\.(?:js|wasm)$/.test(file))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params['file']);
  const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
  return new Response(readFileSync(join(folder, file)), { headers: { 'content-type': type } });
};
