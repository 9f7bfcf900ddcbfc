import type { CalendarDay } from '../lib/dates/calendar-day.ts';
import { citeArticle, citeEvent, citeEventVersion, type CitationEntry, type CitationText } from '../lib/cite/index.ts';
import type { ContentVersion } from '../lib/history/content-version.ts';
import { readEventVersion } from '../lib/history/event-version-view.ts';
import { toVersionCitationTitle } from '../lib/history/event-history.ts';
import type { Article, TimelineEvent } from '../lib/timeline-model.ts';
import { eventPageKey, getSiteData } from '../data/site-data.ts';

// Formatting with citation-js costs tens of milliseconds an item; an article cited by many events is formatted once
// per edition. `lang` is the edition's route parameter (undefined for the original language).
const articleEntries = new Map<string, CitationEntry>();
const eventEntries = new Map<string, CitationEntry[]>();
// The current version is offered on the event page and on its own version page: formatted once.
const versionEntries = new Map<string, CitationEntry>();

/**
 * Every citation an event page offers: the page (dated by its last update, else the edition), its current version
 * when the site has versions, then its source articles.
 */
export async function eventCitations(event: TimelineEvent, lang?: string): Promise<CitationEntry[]> {
  const cached = eventEntries.get(`${lang}:${event.id}`);
  if (cached !== undefined) return cached;
  const { config, siteUrl, builtOn, article, pageDates, pageVersions, text } = await getSiteData(lang);
  const dates = pageDates(eventPageKey(event.id));
  const context = { config, siteUrl, published: dates.updated ?? dates.published ?? builtOn, accessed: builtOn, text };
  const current = pageVersions(eventPageKey(event.id)).at(-1);
  const [page, ...sources] = citeEvent(event, article, context, (a) => articleEntry(a, builtOn, text, lang));
  const entries = [
    ...(page === undefined ? [] : [page]),
    ...(current === undefined ? [] : [await versionEntry(event, current, lang)]),
    ...sources,
  ];
  eventEntries.set(`${lang}:${event.id}`, entries);
  return entries;
}

/** What a version page offers: that version (its permanent address and day), then the current page. */
export async function versionCitations(
  event: TimelineEvent,
  version: ContentVersion,
  lang?: string,
): Promise<CitationEntry[]> {
  const [page] = await eventCitations(event, lang);
  const own = await versionEntry(event, version, lang);
  const { text } = await getSiteData(lang);
  return page === undefined ? [own] : [own, { ...page, label: text.t('cite.entry.currentPage') }];
}

async function versionEntry(event: TimelineEvent, version: ContentVersion, lang?: string): Promise<CitationEntry> {
  const key = `${lang}:${event.id}/${version.id}`;
  let entry = versionEntries.get(key);
  if (entry === undefined) {
    const { config, siteUrl, builtOn, text } = await getSiteData(lang);
    const context = { config, siteUrl, published: version.day, accessed: builtOn, text };
    const title = toVersionCitationTitle(readEventVersion(version.text));
    entry = citeEventVersion(event.id, { versionId: version.id, day: version.day, title }, context);
    versionEntries.set(key, entry);
  }
  return entry;
}

/** The citation of a source article (the original publication). */
export async function articleCitation(article: Article, lang?: string): Promise<CitationEntry> {
  const { builtOn, text } = await getSiteData(lang);
  return articleEntry(article, builtOn, text, lang);
}

function articleEntry(
  article: Article,
  accessed: CalendarDay,
  text: CitationText,
  lang: string | undefined,
): CitationEntry {
  const key = `${lang}:${article.id}`;
  let entry = articleEntries.get(key);
  if (entry === undefined) {
    entry = citeArticle(article, { accessed, text });
    articleEntries.set(key, entry);
  }
  return entry;
}
