import type { APIRoute } from 'astro';
import { clientBundle } from '../site-build/client-bundle.ts';

// The map of places' linking code, its own bundle with its own budget: the timeline's script imports it once it is
// interactive (see src/client/place-link.ts and src/components/LinkedPlaceMap.astro).
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('tl-place-map.ts');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
