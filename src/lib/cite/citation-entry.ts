import type { CalendarDay } from '../dates/calendar-day.ts';
import type { Article, TimelineConfig, TimelineEvent } from '../timeline-model.ts';
import { toArticleCsl } from './article-csl.ts';
import { CITATION_FORMATS, isCitationStyle, type CitationFormat, type CitationStyle } from './citation-formats.ts';
import type { CslItem } from './csl-item.ts';
import { toEventCsl } from './event-csl.ts';
import { formatCitation, formatCitationHtml } from './format-citation.ts';

/** One thing to cite, in every format: what a cite box shows and what the download files hold. */
export interface CitationEntry {
  /** What is being cited, for the cite box's heading: "This event page", "Source article: …". */
  readonly label: string;
  readonly item: CslItem;
  /** Plain text of every format, for copying and downloads. */
  readonly text: Readonly<Record<CitationFormat, string>>;
  /** The reference styles as HTML (italics kept), for display. */
  readonly html: Readonly<Record<CitationStyle, string>>;
}

/** Where the site is and when it is read: what every citation of its pages needs. */
export interface CitationContext {
  readonly config: Pick<TimelineConfig, 'title' | 'publisher' | 'language'>;
  /** Absolute address of the site, base path included. */
  readonly siteUrl: string;
  /** The day this edition of the site was published: every page's publication date (the build date). */
  readonly published: CalendarDay;
  /** The access date to print (the build passes its own date; readers should change it to the day they read). */
  readonly accessed: CalendarDay;
}

/** Format one CSL item in every format. */
export function toCitationEntry(label: string, item: CslItem): CitationEntry {
  const text = {} as Record<CitationFormat, string>;
  const html = {} as Record<CitationStyle, string>;
  for (const { format } of CITATION_FORMATS) {
    text[format] = formatCitation([item], format).trim();
    if (isCitationStyle(format)) html[format] = formatCitationHtml([item], format).trim();
  }
  return { label, item, text, html };
}

/** The entries an event page offers: the page itself, then each source article it cites, once. */
export function citeEvent(
  event: TimelineEvent,
  articleOf: (id: Article['id']) => Article,
  context: CitationContext,
  articleEntry: (article: Article) => CitationEntry = (article) => citeArticle(article, context),
): CitationEntry[] {
  const eventItem = toEventCsl(event, {
    siteName: context.config.title,
    publisher: context.config.publisher,
    siteUrl: context.siteUrl,
    published: context.published,
    accessed: context.accessed,
    language: context.config.language,
  });
  const articles = [...new Set(event.citations.map((c) => c.article))].map(articleOf);
  return [toCitationEntry('This event page', eventItem), ...articles.map(articleEntry)];
}

/** The entry for a source article: the original publication, not this site's archived copy. */
export function citeArticle(article: Article, context: Pick<CitationContext, 'accessed'>): CitationEntry {
  return toCitationEntry(`Source article: “${article.title}”`, toArticleCsl(article, { accessed: context.accessed }));
}
