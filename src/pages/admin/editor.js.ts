import type { APIRoute } from 'astro';
import { clientBundle } from '../../site-build/client-bundle.ts';

// The editor's own code (the quote picker, the pre-save checks), loaded by /admin/ after Decap CMS's bundle.
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('admin/cms-editor.ts', 'iife', { keepNames: true });
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
