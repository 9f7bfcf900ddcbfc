import { formatTimelineDate } from '../dates/format-date.ts';
import type { TimelineEvent } from '../timeline-model.ts';

/**
 * The title an event page is cited by: the event's title with its date in brackets. The page itself is dated by
 * its own publication or update (see src/lib/history), so the event's date travels in the title, in every citation format and in the page's
 * `citation_title` and Dublin Core title alike. The date reads as on the page, without the interval's length, and
 * an uncertain date ends in "?" so that no brackets nest.
 * @example toEventCitationTitle(ceasefire) // "Ceasefire statement ends the 2020 war (10 November 2020)"
 * @example toEventCitationTitle(declaration) // "Aliyev declares … restored (20 September 2023?)"
 */
export function toEventCitationTitle(event: Pick<TimelineEvent, 'title' | 'date'>): string {
  const date = formatTimelineDate(event.date)
    .replace(/ \(\d+ days?\)$/, '')
    .replace(/ \(uncertain\)/g, '?');
  return `${event.title} (${date})`;
}
