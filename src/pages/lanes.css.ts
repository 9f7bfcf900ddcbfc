import type { APIRoute } from 'astro';
import { getSiteData } from '../data/site-data.ts';
import { toLaneStylesheet } from '../lib/lane-stylesheet.ts';

// Each lane's colour, for every page (see src/lib/lane-stylesheet.ts).
export const GET: APIRoute = async () => {
  const { config } = await getSiteData();
  return new Response(toLaneStylesheet(config.lanes), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
