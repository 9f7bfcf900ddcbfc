import { getCollection, getEntry } from 'astro:content';
import { createSiteUrls } from '../lib/cite/site-urls.ts';
import type { CalendarDay } from '../lib/dates/calendar-day.ts';
import { firstDayOf, isRealPartialDate, readPartialDate } from '../lib/dates/partial-date.ts';
import type { ContentVersion } from '../lib/history/content-version.ts';
import type { PageDatesLookup } from '../lib/history/page-dates.ts';
import { contentDirectory } from '../lib/load/load-timeline.ts';
import { readPageHistory } from '../site-build/page-history.ts';
import { citationsByArticle, type IncomingCitation } from '../lib/source-citations.ts';
import { createSitePaths, type SitePaths } from '../lib/site-paths.ts';
import { createSiteText, type SiteText } from '../lib/i18n/site-text.ts';
import type { Article, ArticleId, Lane, Timeline, TimelineConfig, TimelineEvent } from '../lib/timeline-model.ts';

/** An event as pages render it: the model plus its summary as HTML (rendered by the loader). */
export interface PageEvent extends TimelineEvent {
  readonly summaryHtml: string;
}

/** What every page needs, read once from the content collections. */
export interface SiteData {
  readonly config: TimelineConfig;
  readonly aboutHtml: string;
  readonly events: readonly PageEvent[];
  readonly articles: readonly Article[];
  /** The whole timeline, for exports. */
  readonly timeline: Timeline;
  readonly article: (id: ArticleId) => Article;
  readonly lane: (id: string) => Lane;
  readonly incoming: (id: ArticleId) => readonly IncomingCitation[];
  /** Paths below the base, for links inside the site. */
  readonly paths: SitePaths;
  /** Absolute URLs, for citations, metadata and data that leave the site. */
  readonly urls: SitePaths;
  /** The site's absolute address, base path included. */
  readonly siteUrl: string;
  /**
   * The day this edition was built: the publication date in page metadata and the default access date in citations.
   * TIMELINE_BUILD_DATE (YYYY-MM-DD) pins it, for reproducible builds and golden files.
   */
  readonly builtOn: CalendarDay;
  /** When each event and article page was published and last updated on this site (see src/lib/history). */
  readonly pageDates: PageDatesLookup;
  /** Every version of an event or article page, oldest first, by the same key; none without history. */
  readonly pageVersions: (contentFile: string) => readonly ContentVersion[];
  /** The interface's text in the site's language: `text.t('nav.sources')`, its dates and the browser's messages. */
  readonly text: SiteText;
}

import { articlePageKey, eventPageKey } from '../lib/history/page-dates.ts';

export { articlePageKey, eventPageKey };

let cached: Promise<SiteData> | undefined;

/** The timeline as the collections hold it (they are loaded through src/lib/load; see content.config.ts). */
export function getSiteData(): Promise<SiteData> {
  cached ??= readSiteData();
  return cached;
}

function buildDay(): CalendarDay {
  const pinned = process.env['TIMELINE_BUILD_DATE'];
  const date = pinned === undefined ? undefined : readPartialDate(pinned);
  if (date?.precision === 'day' && !date.approximate && !date.uncertain && isRealPartialDate(date))
    return firstDayOf(date);
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

async function readSiteData(): Promise<SiteData> {
  const configEntry = await getEntry('timeline', 'config');
  if (configEntry === undefined) throw new Error('The timeline collection has no config entry.');
  const config = configEntry.data as unknown as TimelineConfig;
  const aboutEntry = (await getCollection('timeline')).find((entry) => entry.id === 'about');
  const events = (await getCollection('events'))
    .map((entry) => ({
      ...(entry.data as unknown as TimelineEvent & { order: number }),
      summaryHtml: entry.rendered?.html ?? '',
    }))
    .sort((a, b) => a.order - b.order);
  const articles = (await getCollection('articles')).map((entry) => entry.data as unknown as Article);
  const articleIndex = new Map(articles.map((article) => [article.id, article]));
  const laneIndex = new Map(config.lanes.map((lane) => [lane.id, lane]));
  const about = aboutEntry?.body ?? '';
  // Drafts reach the collection only under `npm run dev` (see timeline-loader.ts); the data files never carry them.
  const published = events.filter((event) => event.draft !== true);
  const drafts = events.filter((event) => event.draft === true);
  const timeline: Timeline = { config, about, events: published, articles, drafts };
  const incoming = citationsByArticle(timeline);
  const builtOn = buildDay();
  const history = readPageHistory(
    contentDirectory(),
    [
      ...events.map((event) => ({ ...event, key: eventPageKey(event.id) })),
      ...articles.map((article) => ({ ...article, key: articlePageKey(article.id) })),
    ],
    builtOn,
  );
  const siteUrl = new URL(import.meta.env.BASE_URL, import.meta.env.SITE ?? 'http://localhost:4321/').href;

  return {
    config,
    aboutHtml: aboutEntry?.rendered?.html ?? '',
    events,
    articles,
    timeline,
    article: (id) => mustGet(articleIndex, id, 'article'),
    lane: (id) => mustGet(laneIndex, id, 'lane'),
    incoming: (id) => incoming.get(id) ?? [],
    paths: createSitePaths(import.meta.env.BASE_URL),
    urls: createSiteUrls(siteUrl),
    siteUrl,
    builtOn,
    pageDates: history.pageDates,
    pageVersions: history.versions,
    text: createSiteText(config.language),
  };
}

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  // The loader cross-checked every reference, so this is a bug in the site, not in the content.
  if (value === undefined) throw new Error(`No ${what} "${String(key)}" in the loaded timeline.`);
  return value;
}
