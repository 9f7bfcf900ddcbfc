import { getCollection, getEntry } from 'astro:content';
import { citationsByArticle, type IncomingCitation } from '../lib/source-citations.ts';
import { createSitePaths, type SitePaths } from '../lib/site-paths.ts';
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
  readonly article: (id: ArticleId) => Article;
  readonly lane: (id: string) => Lane;
  readonly incoming: (id: ArticleId) => readonly IncomingCitation[];
  readonly paths: SitePaths;
}

let cached: Promise<SiteData> | undefined;

/** The timeline as the collections hold it (they are loaded through src/lib/load; see content.config.ts). */
export function getSiteData(): Promise<SiteData> {
  cached ??= readSiteData();
  return cached;
}

async function readSiteData(): Promise<SiteData> {
  const configEntry = await getEntry('timeline', 'config');
  if (configEntry === undefined) throw new Error('The timeline collection has no config entry.');
  const config = configEntry.data as unknown as TimelineConfig;
  const aboutEntry = await getEntry('timeline', 'about');
  const events = (await getCollection('events'))
    .map((entry) => ({ ...(entry.data as unknown as TimelineEvent & { order: number }), summaryHtml: entry.rendered?.html ?? '' }))
    .sort((a, b) => a.order - b.order);
  const articles = (await getCollection('articles')).map((entry) => entry.data as unknown as Article);
  const articleIndex = new Map(articles.map((article) => [article.id, article]));
  const laneIndex = new Map(config.lanes.map((lane) => [lane.id, lane]));
  const timeline: Pick<Timeline, 'events'> = { events };
  const incoming = citationsByArticle(timeline);

  return {
    config,
    aboutHtml: aboutEntry?.rendered?.html ?? '',
    events,
    articles,
    article: (id) => mustGet(articleIndex, id, 'article'),
    lane: (id) => mustGet(laneIndex, id, 'lane'),
    incoming: (id) => incoming.get(id) ?? [],
    paths: createSitePaths(import.meta.env.BASE_URL),
  };
}

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  // The loader cross-checked every reference, so this is a bug in the site, not in the content.
  if (value === undefined) throw new Error(`No ${what} "${String(key)}" in the loaded timeline.`);
  return value;
}
