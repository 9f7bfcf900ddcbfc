import type { CalendarDay } from '../dates/calendar-day.ts';

/**
 * When this site first published a page and when it last changed its substance. Not the date of the event or of
 * the news article: the web page about a 1991 event was published when the editors added it.
 */
export interface PageDates {
  readonly published?: CalendarDay;
  readonly updated?: CalendarDay;
  /**
   * Where the dates come from: the content repository's history, the page's `pagePublished`/`pageUpdated`
   * frontmatter, or nowhere (no history and no frontmatter: the page shows no dates rather than wrong ones).
   */
  readonly basis: 'history' | 'frontmatter' | 'unknown';
}

/** Dates of a page, by its content file relative to the content folder (`events/<id>.md`, `articles/<id>.md`). */
export type PageDatesLookup = (contentFile: string) => PageDates;

/** The lookup a site has before any history is read: nothing is known. */
export const NO_PAGE_DATES: PageDatesLookup = () => ({ basis: 'unknown' });

/** The PageDatesLookup key of an event page. */
export const eventPageKey = (id: string): string => `events/${id}.md`;
/** The PageDatesLookup key of an article (source) page. */
export const articlePageKey = (id: string): string => `articles/${id}.md`;
