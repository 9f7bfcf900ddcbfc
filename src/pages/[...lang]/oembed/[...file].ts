import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedFor } from '../../../site-build/oembed.ts';
import { forEachEdition, getSiteData } from '../../../data/site-data.ts';

// /oembed/timeline.json and /oembed/events/<id>.json: static oEmbed responses, linked from the pages' <head>.
export const getStaticPaths = (() =>
  forEachEdition(async ({ events }) => {
    return [
      { params: { file: 'timeline.json' }, props: {} },
      ...events.map((event) => ({ params: { file: `events/${event.id}.json` }, props: { eventId: event.id } })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { eventId } = props as { eventId?: string };
  return new Response(`${JSON.stringify(oembedFor(await getSiteData(params['lang']), eventId), null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
