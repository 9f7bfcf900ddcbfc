import { ENGLISH_DATES, formatIntervalLength, formatTimelineDate, type DateText } from '../dates/format-date.ts';
import type { TimelineEvent } from '../timeline-model.ts';

/**
 * The title an event page is cited by: the event's title with its date in brackets, in the page's language. The page itself is dated by
 * its own publication or update (see src/lib/history), so the event's date travels in the title, in every citation format and in the page's
 * `citation_title` and Dublin Core title alike. The date reads as on the page, without the interval's length, and
 * an uncertain date ends in "?" so that no brackets nest.
 * @example toEventCitationTitle(ceasefire) // "Ceasefire statement ends the 2020 war (10 November 2020)"
 * @example toEventCitationTitle(declaration) // "Aliyev declares … restored (20 September 2023?)"
 */
export function toEventCitationTitle(
  event: Pick<TimelineEvent, 'title' | 'date'>,
  text: DateText = ENGLISH_DATES,
): string {
  // In the page's language: an uncertain date ends in "?" instead of its bracketed word, and the length is left out.
  const t: DateText['t'] = (key, values) => (key === 'date.uncertain' ? `${values?.['date']}?` : text.t(key, values));
  const length = event.date.kind === 'interval' ? formatIntervalLength(event.date, text) : undefined;
  const date = formatTimelineDate(event.date, { ...text, t });
  const bare = length !== undefined && date.endsWith(` (${length})`) ? date.slice(0, -length.length - 3) : date;
  return `${event.title} (${bare})`;
}
