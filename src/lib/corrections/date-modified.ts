import { toDayNumber, type CalendarDay } from '../dates/calendar-day.ts';
import type { PageDates } from '../history/page-dates.ts';
import type { Correction } from '../timeline-model.ts';

/**
 * The day a page last changed for its readers: the later of its last update (from history or frontmatter) and its
 * newest correction, since a correction is an update. Undefined when neither is known: no date is made up.
 */
export function dateModified(dates: PageDates, corrections: readonly Correction[]): CalendarDay | undefined {
  const days = [dates.updated, ...corrections.map((correction) => correction.date)].filter(
    (day): day is CalendarDay => day !== undefined,
  );
  if (days.length === 0) return undefined;
  return days.reduce((latest, day) => (toDayNumber(day) > toDayNumber(latest) ? day : latest));
}
