import type { APIRoute } from 'astro';
import { clientBundle } from '../site-build/client-bundle.ts';

// The interactive timeline's code, loaded `async` by InteractiveTimeline.astro (see src/site-build/client-bundle.ts).
export const GET: APIRoute = async () => {
  const { code } = await clientBundle('tl-timeline.ts');
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
