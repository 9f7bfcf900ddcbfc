import type { APIRoute, GetStaticPaths } from 'astro';
import { forEachEdition, getSiteData } from '../../data/site-data.ts';
import { toAtomFeed } from '../../lib/feed/atom-feed.ts';
import { toFeedEntries } from '../../lib/feed/feed-entries.ts';
import { renderMarkdown } from '../../lib/markup/render-markdown.ts';

// The Atom feed of new events and corrections (see src/lib/feed).
export const getStaticPaths = (() => forEachEdition(() => [{ params: {} }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { timeline, config, pageDates, urls, builtOn, text } = await getSiteData(params['lang']);
  const { entries, undatedEvents } = toFeedEntries(timeline, pageDates, urls, text.t);
  if (undatedEvents > 0) {
    // Said once per build: these events are on the site, but the feed cannot say when they were added.
    console.warn(
      `feed.xml: ${undatedEvents} of ${timeline.events.length} events have no known publication date and no "new event" entry (see "Page dates" in the README).`,
    );
  }
  const body = toAtomFeed(entries, {
    config,
    homeUrl: urls.home(),
    feedUrl: urls.feed(),
    builtOn,
    renderMarkdown: (markdown) => renderMarkdown(markdown, config),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
