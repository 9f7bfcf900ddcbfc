import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site-data.ts';
import type { EditorSite } from '../../lib/cms/check-entry.ts';

// What the editor's checks of one entry need from the rest of the content folder (src/lib/cms/check-entry.ts): the
// lanes and Markdown policy of timeline.yaml, the ids already taken (drafts' too under `npm run dev`, where
// the collections hold them), and the gazetteer's ids with the events naming each. Served under /admin/ only.
export const GET: APIRoute = async () => {
  const { config, events, articles, timeline } = await getSiteData();
  const placeEvents: Record<string, string[]> = Object.fromEntries(timeline.places.map((place) => [place.id, []]));
  for (const event of [...timeline.events, ...timeline.drafts]) {
    for (const id of event.places) placeEvents[id]?.push(event.id);
  }
  const site: EditorSite = {
    laneIds: config.lanes.map((lane) => lane.id),
    allowHtml: config.allowHtml,
    eventIds: events.map((event) => event.id),
    articleIds: articles.map((article) => article.id),
    placeIds: timeline.places.map((place) => place.id),
    placeEvents,
  };
  return new Response(JSON.stringify(site), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
