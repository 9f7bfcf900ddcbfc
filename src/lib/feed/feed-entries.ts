import { toCorrectionsLog } from '../corrections/corrections-log.ts';
import { toDayNumber, type CalendarDay } from '../dates/calendar-day.ts';
import { eventPageKey, type PageDatesLookup } from '../history/page-dates.ts';
import type { Translate } from '../i18n/translator.ts';
import type { SitePaths } from '../site-paths.ts';
import type { Timeline } from '../timeline-model.ts';

/**
 * The most entries the feed carries. Feed readers poll for what is new; a feed of every event of a 10,000-event
 * timeline would be megabytes fetched again on every poll. Older corrections stay on /corrections/.
 */
export const FEED_ENTRY_LIMIT = 100;

/** One entry of the Atom feed: a new event, or a correction of an event or article page. */
export interface FeedEntry {
  readonly kind: 'event' | 'correction';
  /** Permanent: the event page's address for a new event, the correction's own link for a correction. */
  readonly id: string;
  /** Plain text. */
  readonly title: string;
  /** Absolute. */
  readonly link: string;
  /** The day the event page was published, or the day of the correction. */
  readonly published: CalendarDay;
  /** The summary, in editors' Markdown (the event's summary, or the correction's words). */
  readonly summary: string;
}

/** The entries of the feed, and how many events were left out for want of a known publication date. */
export interface FeedEntries {
  /** Newest first, at most `limit`. */
  readonly entries: readonly FeedEntry[];
  /** Events whose page has no known publication date: they get no "new event" entry rather than a made-up date. */
  readonly undatedEvents: number;
}

/**
 * The feed's entries from the timeline: one per event page with a known publication date (`pageDates`) and one per
 * correction, newest first; one day's entries are ordered corrections first, then by title and id, so that the
 * order is the same on every build. `urls` are absolute; `t` is the site's language ("New event: …").
 */
export function toFeedEntries(
  timeline: Pick<Timeline, 'events' | 'articles'>,
  pageDates: PageDatesLookup,
  urls: SitePaths,
  t: Translate,
  limit = FEED_ENTRY_LIMIT,
): FeedEntries {
  let undatedEvents = 0;
  const entries: FeedEntry[] = [];
  for (const event of timeline.events) {
    const published = pageDates(eventPageKey(event.id)).published;
    if (published === undefined) {
      undatedEvents += 1;
      continue;
    }
    const link = urls.event(event.id);
    entries.push({
      kind: 'event',
      id: link,
      title: t('feed.newEvent', { title: event.title }),
      link,
      published,
      summary: event.summary,
    });
  }
  for (const correction of toCorrectionsLog(timeline)) {
    const page = correction.page.kind === 'event' ? urls.event(correction.page.id) : urls.source(correction.page.id);
    const link = `${page}#${correction.anchor}`;
    entries.push({
      kind: 'correction',
      id: link,
      title: t('feed.correction', { title: correction.page.title }),
      link,
      published: correction.date,
      summary: correction.text,
    });
  }
  entries.sort(
    (a, b) =>
      toDayNumber(b.published) - toDayNumber(a.published) ||
      (a.kind === b.kind ? 0 : a.kind === 'correction' ? -1 : 1) ||
      a.title.localeCompare(b.title, 'en') ||
      a.id.localeCompare(b.id),
  );
  return { entries: entries.slice(0, limit), undatedEvents };
}
