import { toDayNumber } from './calendar-day.ts';
import { endOf, firstDayOf, lastDayOf, startOf, type TimelineDate } from './timeline-date.ts';

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * Chronological order for dates of mixed precision. Dates are ordered by the first day they may stand for; where
 * that ties, the coarser date comes first, so "1991" heads the events of 1991 and "September 2023" comes before
 * "19 September 2023" (a reader meets the broad statement before its details). Then the shorter span first.
 */
export function compareTimelineDates(a: TimelineDate, b: TimelineDate): number {
  const startA = startOf(a);
  const startB = startOf(b);
  return (
    toDayNumber(firstDayOf(startA)) - toDayNumber(firstDayOf(startB)) ||
    PRECISION_RANK[startA.precision] - PRECISION_RANK[startB.precision] ||
    toDayNumber(lastDayOf(endOf(a))) - toDayNumber(lastDayOf(endOf(b)))
  );
}

/** The year a date is listed under: the year it starts. */
export function yearOf(date: TimelineDate): number {
  return startOf(date).year;
}

/** The span of days a date covers, as day numbers [first, last], for scales and layout. */
export function dayRangeOf(date: TimelineDate): [number, number] {
  return [toDayNumber(firstDayOf(startOf(date))), toDayNumber(lastDayOf(endOf(date)))];
}
