import type { CalendarDay } from '../dates/calendar-day.ts';
import { ENGLISH_DATES, formatTimelineDate, type DateText } from '../dates/format-date.ts';
import { dayDate } from '../dates/partial-date.ts';
import type { Article, TimelineConfig, TimelineEvent } from '../timeline-model.ts';
import { toArticleCsl } from './article-csl.ts';
import { CITATION_FORMATS, isCitationStyle, type CitationFormat, type CitationStyle } from './citation-formats.ts';
import type { CslItem } from './csl-item.ts';
import { toEventCsl, toEventVersionCsl } from './event-csl.ts';
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
  /** The day the cited page was last updated (or published), else the edition's build date. */
  readonly published: CalendarDay;
  /** The access date to print (the build passes its own date; readers should change it to the day they read). */
  readonly accessed: CalendarDay;
  /** The page's language: the entries' labels, and the styles' terms in its CSL locale. English by default. */
  readonly text?: CitationText;
}

/** What citations are written in: the page's messages and dates, and its language (a `SiteText` is one). */
export interface CitationText extends DateText {
  readonly language: string;
}

const ENGLISH_CITATIONS: CitationText = { ...ENGLISH_DATES, language: 'en' };

/** Format one CSL item in every format. */
export function toCitationEntry(label: string, item: CslItem, language = 'en'): CitationEntry {
  const text = {} as Record<CitationFormat, string>;
  const html = {} as Record<CitationStyle, string>;
  for (const { format } of CITATION_FORMATS) {
    text[format] = formatCitation([item], format, language).trim();
    if (isCitationStyle(format)) html[format] = formatCitationHtml([item], format, language).trim();
  }
  return { label, item, text, html };
}

/** A version of an event page to cite: its permanent id, its day and the title it is cited by. */
export interface VersionToCite {
  readonly versionId: string;
  readonly day: CalendarDay;
  /** The version's citation title (toEventCitationTitle of what the version said). */
  readonly title: string;
}

/** The entries an event page offers: the page itself, then each source article it cites, once. */
export function citeEvent(
  event: TimelineEvent,
  articleOf: (id: Article['id']) => Article,
  context: CitationContext,
  articleEntry: (article: Article) => CitationEntry = (article) => citeArticle(article, context),
): CitationEntry[] {
  const eventItem = toEventCsl(event, cslOptions(context));
  const articles = [...new Set(event.citations.map((c) => c.article))].map(articleOf);
  const text = context.text ?? ENGLISH_CITATIONS;
  return [toCitationEntry(text.t('cite.entry.eventPage'), eventItem, text.language), ...articles.map(articleEntry)];
}

/** The entry for one version of an event page: "This version (2 December 2026)". */
export function citeEventVersion(eventId: string, version: VersionToCite, context: CitationContext): CitationEntry {
  const item = toEventVersionCsl(
    { eventId, versionId: version.versionId, title: version.title },
    cslOptions({ ...context, published: version.day }),
  );
  const text = context.text ?? ENGLISH_CITATIONS;
  const label = text.t('cite.entry.version', { date: formatTimelineDate(dayDate(version.day), text) });
  return toCitationEntry(label, item, text.language);
}

function cslOptions(context: CitationContext) {
  return {
    siteName: context.config.title,
    publisher: context.config.publisher,
    siteUrl: context.siteUrl,
    published: context.published,
    accessed: context.accessed,
    language: context.config.language,
    ...(context.text === undefined ? {} : { dateText: context.text }),
  };
}

/** The entry for a source article: the original publication, not this site's archived copy. */
export function citeArticle(article: Article, context: Pick<CitationContext, 'accessed' | 'text'>): CitationEntry {
  const text = context.text ?? ENGLISH_CITATIONS;
  return toCitationEntry(
    text.t('cite.entry.article', { title: article.title }),
    toArticleCsl(article, { accessed: context.accessed }),
    text.language,
  );
}
