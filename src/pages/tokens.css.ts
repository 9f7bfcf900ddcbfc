import type { APIRoute } from 'astro';
import { toTokenStylesheet } from '../lib/design-tokens.ts';

// The design tokens as CSS custom properties, for every page and the embed (see src/lib/design-tokens.ts).
export const GET: APIRoute = () =>
  new Response(toTokenStylesheet(), { headers: { 'content-type': 'text/css; charset=utf-8' } });
