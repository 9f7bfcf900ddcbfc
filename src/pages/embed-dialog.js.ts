import type { APIRoute } from 'astro';
import { clientBundle } from '../site-build/client-bundle.ts';

// The embed dialog's code as one file, bundled on its own so that the home page loads it only when a reader opens
// the dialog, outside the page's JavaScript budget (a Vite dynamic import would add its preload helper to the page).
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('tl-embed-dialog.ts');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
