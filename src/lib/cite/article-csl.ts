import type { CalendarDay } from '../dates/calendar-day.ts';
import type { Article } from '../timeline-model.ts';
import { toCitationKey } from './citation-key.ts';
import { toCslDate, toCslDay } from './csl-date.ts';
import type { CslItem } from './csl-item.ts';

/** What a source article's citation needs besides the article. */
export interface ArticleCslOptions {
  /** The day the reader consulted the article online: passed in, never read from the clock. Used only with a URL. */
  readonly accessed: CalendarDay;
}

/** The `note` of an article whose publication date the editors inferred rather than read. */
export const INFERRED_DATE_NOTE = 'Publication date inferred; not stated in the article';

/**
 * The CSL-JSON of a source article (type `article-newspaper`): headline, outlet as container (plain text; the
 * formatter protects its case, see withCaseProtection), publication date at its real precision, the original URL
 * and access date only where the URL is really known, a note where the date was inferred, and the language. No
 * author: the articles here carry no personal byline, and an outlet is no person.
 */
export function toArticleCsl(article: Article, options: ArticleCslOptions): CslItem {
  return {
    id: article.id,
    type: 'article-newspaper',
    'citation-key': toCitationKey(article.id),
    title: article.title,
    'container-title': article.outlet,
    issued: toCslDate(article.published),
    ...(article.url === undefined ? {} : { URL: article.url, accessed: toCslDay(options.accessed) }),
    ...(article.publishedBasis === 'inferred' ? { note: INFERRED_DATE_NOTE } : {}),
    language: article.language,
  };
}
