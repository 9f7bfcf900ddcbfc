import type { APIRoute } from 'astro';
import { clientBundle } from '../site-build/client-bundle.ts';

// The embed's height reporter as a classic script (see src/client/embed-frame.ts): a sandboxed iframe without
// allow-same-origin (WordPress embeds) has no origin, and would need CORS headers to load a module from this site.
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('embed-frame.ts', 'iife');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
