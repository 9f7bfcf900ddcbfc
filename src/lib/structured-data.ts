import { toEventCitationTitle } from './cite/event-citation-title.ts';
import { dateModified } from './corrections/date-modified.ts';
import type { CalendarDay } from './dates/calendar-day.ts';
import { toDatetimeAttribute } from './dates/format-date.ts';
import { dayDate } from './dates/partial-date.ts';
import type { PartialDate } from './dates/partial-date.ts';
import type { PageDates } from './history/page-dates.ts';
import type { SitePaths } from './site-paths.ts';
import type { Article, Correction, Place, PlaceId, TimelineConfig, TimelineEvent } from './timeline-model.ts';
import type { DateText } from './dates/format-date.ts';

/**
 * schema.org JSON-LD for the page types, so that search engines and reference tools read what a page is about:
 * an event page is a WebPage about an Event that cites NewsArticles; a source page is a WebPage citing one
 * NewsArticle (the original, not our archived copy); a place page is a WebPage about a Place with its coordinates;
 * the data page is a Dataset with DataDownloads.
 */

type JsonLd = Record<string, unknown>;

interface PageContext {
  readonly config: Pick<TimelineConfig, 'title' | 'publisher' | 'language' | 'license'>;
  /** Absolute URLs. */
  readonly urls: SitePaths;
  /** The edition's build date: a page's publication and update date where its own dates are unknown. */
  readonly builtOn: CalendarDay;
  /** The page's own dates (from the content history or its frontmatter), where known. */
  readonly pageDates?: PageDates;
  /** The page's words and dates (its headline's date); English by default. */
  readonly text?: DateText;
}

const isoDay = (day: CalendarDay): string => toDatetimeAttribute(dayDate(day));
const isoDate = (date: PartialDate): string => toDatetimeAttribute(date);

function webPage(url: string, name: string, { config, urls, builtOn, pageDates }: PageContext): JsonLd {
  const published = pageDates?.published ?? pageDates?.updated ?? builtOn;
  const updated = pageDates?.updated ?? published;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name,
    inLanguage: config.language,
    datePublished: isoDay(published),
    dateModified: isoDay(updated),
    isPartOf: { '@type': 'WebSite', name: config.title, url: urls.home() },
    publisher: { '@type': 'Organization', name: config.publisher },
    ...(config.license === undefined ? {} : { license: config.license.url }),
  };
}

/**
 * A corrected page's schema.org `correction`s (CorrectionComment, oldest first) and its `dateModified`: the later of
 * its last update and its newest correction. Nothing for a page without corrections or a known update.
 */
function correctionsJsonLd(corrections: readonly Correction[], pageDates: PageDates | undefined): JsonLd {
  const modified = dateModified(pageDates ?? { basis: 'unknown' }, corrections);
  return {
    ...(modified === undefined ? {} : { dateModified: isoDay(modified) }),
    ...(corrections.length === 0
      ? {}
      : {
          correction: corrections.map((correction) => ({
            '@type': 'CorrectionComment',
            datePublished: isoDay(correction.date),
            text: correction.text,
          })),
        }),
  };
}

/** The original article as a schema.org NewsArticle. */
export function toNewsArticleJsonLd(article: Article): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: isoDate(article.published),
    publisher: { '@type': 'Organization', name: article.outlet },
    inLanguage: article.language,
    ...(article.url === undefined ? {} : { url: article.url }),
  };
}

/**
 * An event page: a WebPage about a schema.org Event, citing the articles that support it. The page is named and
 * dated as its citations are (the event's date in the name, the page's own publication and update dates, else the
 * edition's); the Event carries the event's own dates and its places with their coordinates.
 */
export function toEventPageJsonLd(
  event: TimelineEvent,
  articleOf: (id: Article['id']) => Article,
  placeOf: (id: PlaceId) => Place,
  context: PageContext,
): JsonLd {
  const start = event.date.kind === 'interval' ? event.date.start : event.date;
  const end = event.date.kind === 'interval' ? event.date.end : undefined;
  const articles = [...new Set(event.citations.map((c) => c.article))].map(articleOf);
  return {
    ...webPage(context.urls.event(event.id), toEventCitationTitle(event, context.text), context),
    about: {
      '@type': 'Event',
      name: event.title,
      startDate: isoDate(start),
      ...(end === undefined ? {} : { endDate: isoDate(end) }),
      ...(event.places.length === 0
        ? {}
        : { location: event.places.map((id) => toPlaceJsonLd(placeOf(id), context.urls)) }),
    },
    citation: articles.map(toNewsArticleJsonLd),
    ...correctionsJsonLd(event.corrections, context.pageDates),
  };
}

/**
 * A permanent version page: a WebPage with the version's id, published on the version's day, about what the event
 * was then said to be (its title as the version had it).
 */
export function toEventVersionJsonLd(
  version: { readonly url: string; readonly id: string; readonly title: string; readonly day: CalendarDay },
  context: PageContext,
): JsonLd {
  const dates: PageDates = { published: version.day, updated: version.day, basis: 'history' };
  return { ...webPage(version.url, version.title, { ...context, pageDates: dates }), version: version.id };
}

/** A place of the gazetteer as a schema.org Place: its name, its page and its point (GeoCoordinates, WGS 84). */
export function toPlaceJsonLd(place: Place, urls: SitePaths): JsonLd {
  return {
    '@type': 'Place',
    '@id': urls.place(place.id),
    name: place.name,
    url: urls.place(place.id),
    geo: { '@type': 'GeoCoordinates', latitude: place.point.latitude, longitude: place.point.longitude },
  };
}

/** A place page: a WebPage about the Place, named as the place is. */
export function toPlacePageJsonLd(place: Place, context: PageContext): JsonLd {
  return {
    ...webPage(context.urls.place(place.id), place.name, context),
    about: toPlaceJsonLd(place, context.urls),
  };
}

/** A source page: a WebPage (our archived copy) citing the original NewsArticle. */
export function toSourcePageJsonLd(article: Article, context: PageContext): JsonLd {
  return {
    ...webPage(context.urls.source(article.id), article.title, context),
    citation: [toNewsArticleJsonLd(article)],
    ...correctionsJsonLd(article.corrections, context.pageDates),
  };
}

/** A downloadable file of the dataset. */
export interface DataFile {
  readonly name: string;
  /** Absolute URL. */
  readonly url: string;
  readonly mediaType: string;
}

/** The data page: a schema.org Dataset with a DataDownload per file. */
export function toDatasetJsonLd(
  {
    name,
    description,
    url,
    temporalCoverage,
  }: { name: string; description: string; url: string; temporalCoverage?: string },
  files: readonly DataFile[],
  context: PageContext,
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    url,
    name,
    description,
    inLanguage: context.config.language,
    dateModified: isoDay(context.builtOn),
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: context.config.publisher },
    publisher: { '@type': 'Organization', name: context.config.publisher },
    ...(context.config.license === undefined ? {} : { license: context.config.license.url }),
    ...(temporalCoverage === undefined ? {} : { temporalCoverage }),
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      contentUrl: file.url,
      encodingFormat: file.mediaType,
    })),
  };
}

/** JSON-LD as the text of a `<script>` element: `<` escaped so no text can close the element. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
