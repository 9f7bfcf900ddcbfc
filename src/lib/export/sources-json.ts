import { createSiteUrls } from '../cite/site-urls.ts';
import { formatTimelineDate } from '../dates/format-date.ts';
import type { DatePrecision } from '../dates/partial-date.ts';
import { citationsByArticle } from '../source-citations.ts';
import type { Stance, Timeline } from '../timeline-model.ts';
import type { ExportOptions } from './events-json.ts';

/**
 * `sources.json`: the source articles with their provenance and every passage the events cite. The articles' text
 * is not included: the cited passages are, with links to the reproduction on the site. Every key is always present,
 * `null` where a value is absent.
 */
export interface SourcesJson {
  readonly version: 1;
  readonly title: string;
  readonly url: string;
  readonly sources: readonly SourceRecord[];
}

/** One source article as open data. */
export interface SourceRecord {
  readonly id: string;
  /** The article's page on this site, absolute. */
  readonly url: string;
  readonly title: string;
  /** Why the title is the editors' (the text had none); null when the title is the article's own. */
  readonly titleNote: string | null;
  readonly outlet: string;
  /** Who the outlet is, and how that is known. */
  readonly outletNote: string;
  /** The outlet's perspective in a few words, e.g. "Turkish state media". */
  readonly perspective: string;
  readonly published: {
    /** EDTF, as in the article file. */
    readonly edtf: string;
    readonly precision: DatePrecision;
    readonly display: string;
    /** `stated`: the article gives it; `inferred`: the editors worked it out, as `note` explains. */
    readonly basis: 'stated' | 'inferred';
    readonly note: string;
  };
  readonly dateline: string | null;
  readonly language: string;
  /** The article's original address, only where it is really known. */
  readonly originalUrl: string | null;
  /** Page furniture (menus, banners) left out of the reproduction; null if none. */
  readonly furnitureRemoved: string | null;
  /** How a text split across pages was joined; null if it was not. */
  readonly stitchedNote: string | null;
  /** Every passage an event cites, in the events' chronological order. */
  readonly citedBy: readonly SourceCitationRecord[];
}

/** A passage of the article and the event that cites it. */
export interface SourceCitationRecord {
  readonly event: string;
  readonly eventUrl: string;
  readonly paragraphId: string;
  readonly passage: string;
  readonly passageUrl: string;
  readonly stance: Stance;
  readonly claimant: string | null;
}

/** The timeline's source articles as `sources.json` data (serialise with JSON.stringify). */
export function toSourcesJson(timeline: Timeline, { siteUrl }: ExportOptions): SourcesJson {
  const urls = createSiteUrls(siteUrl);
  const incoming = citationsByArticle(timeline);
  const sources = timeline.articles.map((article): SourceRecord => ({
    id: article.id,
    url: urls.source(article.id),
    title: article.title,
    titleNote: article.titleNote ?? null,
    outlet: article.outlet,
    outletNote: article.outletNote,
    perspective: article.perspective,
    published: {
      edtf: article.published.edtf,
      precision: article.published.precision,
      display: formatTimelineDate(article.published),
      basis: article.publishedBasis,
      note: article.publishedNote,
    },
    dateline: article.dateline ?? null,
    language: article.language,
    originalUrl: article.url ?? null,
    furnitureRemoved: article.furnitureRemoved ?? null,
    stitchedNote: article.stitchedNote ?? null,
    citedBy: (incoming.get(article.id) ?? []).map(({ event, citation }) => ({
      event: event.id,
      eventUrl: urls.event(event.id),
      paragraphId: citation.paragraphId,
      passage: citation.passage,
      passageUrl: urls.passage(citation),
      stance: citation.stance,
      claimant: citation.claimant ?? null,
    })),
  }));
  return { version: 1, title: timeline.config.title, url: urls.home(), sources };
}
