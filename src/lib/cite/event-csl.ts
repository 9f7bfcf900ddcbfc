import type { CalendarDay } from '../dates/calendar-day.ts';
import type { DateText } from '../dates/format-date.ts';
import type { TimelineEvent } from '../timeline-model.ts';
import { toCitationKey } from './citation-key.ts';
import { toCslDay } from './csl-date.ts';
import type { CslItem } from './csl-item.ts';
import { toEventCitationTitle } from './event-citation-title.ts';
import { createSiteUrls } from './site-urls.ts';

/**
 * What an event's citation needs besides the event: the site it is published on, the day the page was published
 * (this edition) and the day it was read.
 */
export interface EventCslOptions {
  /** The site's name, the container of every event page (the timeline's title). */
  readonly siteName: string;
  /** Who publishes the site: an organisation, so it goes in `publisher`, never into `author`. */
  readonly publisher?: string;
  /** Where the site is served, absolute, base path included: `https://example.org/timelines/karabakh/`. */
  readonly siteUrl: string;
  /**
   * The day the page was last updated (else published), as the content history or the page's frontmatter dates it;
   * the edition's build date when neither does. The same date as the page's `citation_publication_date`. Passed
   * in, never read from the clock.
   */
  readonly published: CalendarDay;
  /** The day the reader consulted the page: passed in, never read from the clock. */
  readonly accessed: CalendarDay;
  /** The site's language, e.g. `en`. */
  readonly language?: string;
  /** The page's words and dates, for the title's date; English by default. */
  readonly dateText?: DateText;
}

/**
 * The CSL-JSON of an event page (type `webpage`): the event's title with the event's date in brackets (see
 * toEventCitationTitle), the site as container and publisher, the page's own publication date as `issued` (a web
 * page made in 2026 was not published in 2020, whatever it tells of), the page's absolute URL and the access date.
 * No author: the page is the editors' synthesis, and an organisation must not be split into names.
 */
export function toEventCsl(event: Pick<TimelineEvent, 'id' | 'title' | 'date'>, options: EventCslOptions): CslItem {
  return webPageCsl(
    event.id,
    toEventCitationTitle(event, options.dateText),
    createSiteUrls(options.siteUrl).event(event.id),
    options,
  );
}

/**
 * The CSL-JSON of one version of an event page: its permanent address, dated by the version (`published` is the
 * version's day), titled as the version was (`title`: see toEventCitationTitle), with its own id and key so that
 * it sits beside the page's own entry in one bibliography.
 */
export function toEventVersionCsl(
  version: { readonly eventId: string; readonly versionId: string; readonly title: string },
  options: EventCslOptions,
): CslItem {
  const url = createSiteUrls(options.siteUrl).eventVersion(version.eventId, version.versionId);
  return webPageCsl(`${version.eventId}-version-${version.versionId}`, version.title, url, options);
}

function webPageCsl(id: string, title: string, url: string, options: EventCslOptions): CslItem {
  return {
    id,
    type: 'webpage',
    'citation-key': toCitationKey(id),
    title,
    'container-title': options.siteName,
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
    issued: toCslDay(options.published),
    accessed: toCslDay(options.accessed),
    URL: url,
    ...(options.language === undefined ? {} : { language: options.language }),
  };
}
