import { toOEmbed, type OEmbedRich } from '../lib/embed/oembed.ts';
import { CARD_HEIGHT, SNAPSHOT_WIDTH } from './snapshots.ts';
import type { SiteData } from '../data/site-data.ts';

/** The starting height of an embedded timeline; /embed.js and the CMS listeners then fit it to its content. */
export const EMBED_HEIGHT = 640;
const EMBED_WIDTH = 800;

/** Where the oEmbed JSON of the timeline (no id) or of an event lives, below the base path. */
export function oembedPath(site: Pick<SiteData, 'paths'>, eventId?: string): string {
  return eventId === undefined
    ? `${site.paths.home()}oembed/timeline.json`
    : `${site.paths.home()}oembed/events/${eventId}.json`;
}

/** The oEmbed response for the whole timeline or for one event in context. */
export function oembedFor(site: SiteData, eventId?: string): OEmbedRich {
  const { config, urls, events } = site;
  const event = eventId === undefined ? undefined : events.find((e) => e.id === eventId);
  const home = urls.home();
  const src = event === undefined ? `${home}embed/` : `${home}embed/?event=${event.id}`;
  const title = event === undefined ? config.title : `${event.title} · ${config.shortTitle}`;
  return toOEmbed({
    title,
    providerName: config.shortTitle,
    providerUrl: home,
    snippet: { src, title, height: EMBED_HEIGHT, script: `${home}embed.js` },
    width: EMBED_WIDTH,
    thumbnail:
      event === undefined || !config.eventSnapshots
        ? { url: `${home}snapshots/timeline-card.png`, width: SNAPSHOT_WIDTH, height: CARD_HEIGHT }
        : { url: `${home}snapshots/events/${event.id}.png`, width: SNAPSHOT_WIDTH, height: CARD_HEIGHT },
  });
}
