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
import { translateTimeline } from '../lib/i18n/translate-timeline.ts';
import { renderMarkdown } from '../lib/markup/render-markdown.ts';
import type {
  Article,
  ArticleId,
  Lane,
  Place,
  PlaceId,
  Timeline,
  TimelineConfig,
  TimelineEvent,
} from '../lib/timeline-model.ts';

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
  /** The gazetteer's places, by id, named in this edition's language. */
  readonly place: (id: PlaceId) => Place;
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
  /** Every language the timeline is published in, the original first, each with its edition's home. */
  readonly editions: readonly Edition[];
}

/** One language the timeline is published in. */
export interface Edition {
  /** BCP 47 tag. */
  readonly language: string;
  /** The route parameter of its pages: undefined for the original (at the root), the tag for the others (`/ru/`). */
  readonly lang: string | undefined;
  /** Paths of its pages, for the language switcher and hreflang alternates. */
  readonly paths: SitePaths;
  readonly urls: SitePaths;
}

import { articlePageKey, eventPageKey } from '../lib/history/page-dates.ts';

export { articlePageKey, eventPageKey };

let cached: Promise<SiteData> | undefined;
const editionsCache = new Map<string, Promise<SiteData>>();
let readDigest: string | number | undefined;

/**
 * The timeline as the collections hold it (they are loaded through src/lib/load; see content.config.ts), in the
 * edition `lang`: a page passes its `Astro.params.lang` (undefined for the original language, at the site's root).
 */
export async function getSiteData(lang?: string): Promise<SiteData> {
  // Under `npm run dev` the loader refills the collections when content changes (see timeline-loader.ts), with a new
  // digest on the config entry: then everything read from them is read again. A build reads them once.
  if (import.meta.env.DEV) {
    const digest = (await getEntry('timeline', 'config'))?.digest;
    if (digest !== readDigest) {
      readDigest = digest;
      cached = undefined;
      editionsCache.clear();
    }
  }
  cached ??= readSiteData();
  if (lang === undefined) return cached;
  let edition = editionsCache.get(lang);
  if (edition === undefined) {
    edition = cached.then((original) => translatedSiteData(original, lang));
    editionsCache.set(lang, edition);
  }
  return edition;
}

/**
 * getStaticPaths for a page that exists in every edition: `paths(site)` lists one edition's pages, and each is
 * returned once per language with its `lang` parameter (none for the original).
 */
export async function forEachEdition<P extends Record<string, string | undefined>, Props>(
  paths: (
    site: SiteData,
    lang: string | undefined,
  ) => readonly { params: P; props?: Props }[] | Promise<readonly { params: P; props?: Props }[]>,
): Promise<{ params: P & { lang: string | undefined }; props: Props | Record<string, never> }[]> {
  const original = await getSiteData();
  const all = [];
  for (const { lang } of original.editions) {
    for (const path of await paths(await getSiteData(lang), lang)) {
      all.push({ params: { ...path.params, lang }, props: path.props ?? {} });
    }
  }
  return all;
}

// One edition in another language: the editors' translations over the original (see translate-timeline.ts), its
// pages below /<lang>/, its interface in that language; dates and history are the original's.
function translatedSiteData(original: SiteData, lang: string): SiteData {
  const timeline = translateTimeline(original.timeline, lang);
  const { config } = timeline;
  const policy = config;
  const summaries = new Map(original.events.map((event) => [event.id, event]));
  const events = timeline.events.map((event) => {
    const before = summaries.get(event.id);
    // An untranslated summary keeps the HTML Astro rendered; a translated one goes through the same pipeline.
    const summaryHtml =
      before !== undefined && before.summary === event.summary
        ? before.summaryHtml
        : renderMarkdown(event.summary, policy);
    return { ...event, summaryHtml };
  });
  const articleIndex = new Map(timeline.articles.map((article) => [article.id, article]));
  const laneIndex = new Map(config.lanes.map((lane) => [lane.id, lane]));
  const incoming = citationsByArticle(timeline);
  const edition = original.editions.find((candidate) => candidate.lang === lang);
  if (edition === undefined) throw new Error(`No edition "${lang}" in this timeline.`);
  return {
    ...original,
    config,
    aboutHtml: timeline.aboutLanguage === undefined ? renderMarkdown(timeline.about, policy) : original.aboutHtml,
    events,
    articles: timeline.articles,
    timeline,
    article: (id) => mustGet(articleIndex, id, 'article'),
    lane: (id) => mustGet(laneIndex, id, 'lane'),
    place: placeLookup(timeline.places),
    incoming: (id) => incoming.get(id) ?? [],
    paths: edition.paths,
    urls: edition.urls,
    siteUrl: edition.urls.home(),
    text: createSiteText(lang),
  };
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
  const translationsEntry = await getEntry('timeline', 'translations');
  const translations = (translationsEntry?.data as { translations?: Timeline['translations'] } | undefined)
    ?.translations;
  if (translations === undefined) throw new Error('The timeline collection has no translations entry.');
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
  const placesEntry = await getEntry('timeline', 'places');
  const places = (placesEntry?.data as { places?: Timeline['places'] } | undefined)?.places;
  if (places === undefined) throw new Error('The timeline collection has no places entry.');
  const timeline: Timeline = { config, about, events: published, places, articles, drafts, translations };
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
  const base = import.meta.env.BASE_URL;
  const siteUrl = new URL(base, import.meta.env.SITE ?? 'http://localhost:4321/').href;

  return {
    config,
    aboutHtml: aboutEntry?.rendered?.html ?? '',
    events,
    articles,
    timeline,
    article: (id) => mustGet(articleIndex, id, 'article'),
    lane: (id) => mustGet(laneIndex, id, 'lane'),
    place: placeLookup(places),
    incoming: (id) => incoming.get(id) ?? [],
    paths: createSitePaths(base),
    urls: createSiteUrls(siteUrl),
    siteUrl,
    builtOn,
    pageDates: history.pageDates,
    pageVersions: history.versions,
    text: createSiteText(config.language),
    editions: [
      { language: config.language, lang: undefined, paths: createSitePaths(base), urls: createSiteUrls(siteUrl) },
      ...translations.map(({ language }) => ({
        language,
        lang: language,
        paths: createSitePaths(base, language),
        urls: createSiteUrls(siteUrl, language),
      })),
    ],
  };
}

function placeLookup(places: readonly Place[]): (id: PlaceId) => Place {
  const index = new Map(places.map((place) => [place.id, place]));
  return (id) => mustGet(index, id, 'place');
}

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  // The loader cross-checked every reference, so this is a bug in the site, not in the content.
  if (value === undefined) throw new Error(`No ${what} "${String(key)}" in the loaded timeline.`);
  return value;
}
