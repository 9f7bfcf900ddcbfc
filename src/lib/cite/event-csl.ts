import type { CalendarDay } from '../dates/calendar-day.ts';
import type { TimelineEvent } from '../timeline-model.ts';
import { toCitationKey } from './citation-key.ts';
import { toCslDate, toCslDay } from './csl-date.ts';
import type { CslItem } from './csl-item.ts';
import { createSiteUrls } from './site-urls.ts';

/** What an event's citation needs besides the event: the site it is published on and the day it was read. */
export interface EventCslOptions {
  /** The site's name, the container of every event page (the timeline's title). */
  readonly siteName: string;
  /** Who publishes the site: an organisation, so it goes in `publisher`, never into `author`. */
  readonly publisher?: string;
  /** Where the site is served, absolute, base path included: `https://example.org/timelines/karabakh/`. */
  readonly siteUrl: string;
  /** The day the reader consulted the page: passed in, never read from the clock. */
  readonly accessed: CalendarDay;
  /** The site's language, e.g. `en`. */
  readonly language?: string;
}

/**
 * The CSL-JSON of an event page (type `webpage`): the event's title, the site as container and publisher, the
 * event's date at its real precision as `issued` (see toCslDate for intervals), the page's absolute URL and the
 * access date. No author: the page is the editors' synthesis, and an organisation must not be split into names.
 */
export function toEventCsl(event: TimelineEvent, options: EventCslOptions): CslItem {
  return {
    id: event.id,
    type: 'webpage',
    'citation-key': toCitationKey(event.id),
    title: event.title,
    'container-title': options.siteName,
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
    issued: toCslDate(event.date),
    accessed: toCslDay(options.accessed),
    URL: createSiteUrls(options.siteUrl).event(event.id),
    ...(options.language === undefined ? {} : { language: options.language }),
  };
}
