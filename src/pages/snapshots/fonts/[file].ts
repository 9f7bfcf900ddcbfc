import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SNAPSHOT_FONTS } from '../../../site-build/snapshots.ts';

// The snapshot font (Source Sans 3, SIL Open Font License), served so that images downloaded in the browser
// embed the same font as the images made at build time.
export const getStaticPaths = (() =>
  Object.keys(SNAPSHOT_FONTS).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await readFile(SNAPSHOT_FONTS[params.file ?? '']!), { headers: { 'content-type': 'font/ttf' } });
