import { Feed } from 'feed';
import type { CalendarDay } from '../dates/calendar-day.ts';
import type { TimelineConfig } from '../timeline-model.ts';
import type { FeedEntry } from './feed-entries.ts';

/** What the feed says about itself, besides its entries. */
export interface AtomFeedOptions {
  readonly config: Pick<TimelineConfig, 'title' | 'description' | 'publisher' | 'license' | 'language'>;
  /** The site's home page, absolute: the feed's id and its alternate link. */
  readonly homeUrl: string;
  /** The feed's own absolute address (its `rel="self"` link). */
  readonly feedUrl: string;
  /** When there are no entries, the feed's `updated` (Atom requires one): the edition's build date. */
  readonly builtOn: CalendarDay;
  /** Editors' Markdown as sanitised HTML: the site's one renderer (src/lib/markup/render-markdown.ts). */
  readonly renderMarkdown: (markdown: string) => string;
}

/**
 * The Atom document of `/feed.xml`, written by the `feed` library (which escapes every text and attribute). Entry
 * titles are sent as escaped HTML and summaries as the renderer's sanitised HTML. Every date is a calendar day at
 * midnight UTC and the feed's `updated` is its newest entry's, so the same content gives the same bytes.
 */
export function toAtomFeed(entries: readonly FeedEntry[], options: AtomFeedOptions): string {
  const { config } = options;
  const newest = entries[0]?.published ?? options.builtOn;
  const feed = new Feed({
    id: options.homeUrl,
    title: config.title,
    description: config.description,
    link: options.homeUrl,
    feed: options.feedUrl,
    language: config.language,
    author: { name: config.publisher },
    ...(config.license === undefined ? {} : { copyright: `${config.license.name} (${config.license.url})` }),
    updated: toUtcMidnight(newest),
    generator: false,
  });
  for (const entry of entries) {
    const date = toUtcMidnight(entry.published);
    feed.addItem({
      id: entry.id,
      // The library marks titles type="html": plain text must reach it escaped, or a title with "<" is markup.
      title: escapeHtml(entry.title),
      link: entry.link,
      date,
      published: date,
      description: options.renderMarkdown(entry.summary),
    });
  }
  return `${feed.atom1()}\n`;
}

// A calendar day as the instant Atom's dates need: midnight UTC, from numbers alone (no clock, no time zone).
function toUtcMidnight({ year, month, day }: CalendarDay): Date {
  return new Date(new Date(0).setUTCFullYear(year, month - 1, day));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
