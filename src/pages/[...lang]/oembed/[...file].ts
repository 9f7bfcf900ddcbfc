import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedFor } from '../../../site-build/oembed.ts';
import { getSiteData } from '../../../data/site-data.ts';

// /oembed/timeline.json and /oembed/events/<id>.json: static oEmbed responses, linked from the pages' <head>.
export const getStaticPaths = (async () => {
  const { events } = await getSiteData();
  return [
    { params: { file: 'timeline.json' }, props: {} },
    ...events.map((event) => ({ params: { file: `events/${event.id}.json` }, props: { eventId: event.id } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { eventId } = props as { eventId?: string };
  return new Response(`${JSON.stringify(oembedFor(await getSiteData(), eventId), null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
