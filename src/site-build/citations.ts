import { citeArticle, citeEvent, type CitationEntry } from '../lib/cite/index.ts';
import type { Article, ArticleId, TimelineEvent } from '../lib/timeline-model.ts';
import { getSiteData } from '../data/site-data.ts';

// Formatting with citation-js costs tens of milliseconds an item; an article cited by many events is formatted once.
const articleEntries = new Map<ArticleId, CitationEntry>();
const eventEntries = new Map<string, CitationEntry[]>();

/** Every citation an event page offers: the page, then its source articles. */
export async function eventCitations(event: TimelineEvent): Promise<CitationEntry[]> {
  const cached = eventEntries.get(event.id);
  if (cached !== undefined) return cached;
  const { config, siteUrl, builtOn, article } = await getSiteData();
  const context = { config, siteUrl, published: builtOn, accessed: builtOn };
  const entries = citeEvent(event, article, context, (a) => articleEntry(a, builtOn));
  eventEntries.set(event.id, entries);
  return entries;
}

/** The citation of a source article (the original publication). */
export async function articleCitation(article: Article): Promise<CitationEntry> {
  const { builtOn } = await getSiteData();
  return articleEntry(article, builtOn);
}

function articleEntry(article: Article, accessed: Parameters<typeof citeArticle>[1]['accessed']): CitationEntry {
  let entry = articleEntries.get(article.id);
  if (entry === undefined) {
    entry = citeArticle(article, { accessed });
    articleEntries.set(article.id, entry);
  }
  return entry;
}
