import type { APIRoute } from 'astro';
import { clientBundle } from '../../site-build/client-bundle.ts';

// React and ReactDOM as page globals for Decap CMS's bundle (see src/client/admin/react-globals.ts); /admin/ only.
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('admin/react-globals.ts', 'iife');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
