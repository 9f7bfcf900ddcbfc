import { daysInMonth, toDayNumber } from '../dates/calendar-day.ts';
import type { PartialDate, TimelineDate } from '../dates/timeline-date.ts';

/**
 * The days a timeline date covers, as day numbers [first, last], both inclusive. The same as `dayRangeOf` in
 * src/lib/dates, written against calendar-day.ts alone: that module's neighbours import the EDTF parser
 * (about 12 KB gzip), which browser code that only lays out already-parsed dates must not carry.
 * @example dayRangeOfDate(parse('2023-09')) // [19601, 19630]: 1 to 30 September 2023
 */
export function dayRangeOfDate(date: TimelineDate): readonly [number, number] {
  const start = date.kind === 'interval' ? date.start : date;
  const end = date.kind === 'interval' ? date.end : date;
  return [firstDayNumber(start), lastDayNumber(end)];
}

function firstDayNumber(date: PartialDate): number {
  return toDayNumber({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

function lastDayNumber(date: PartialDate): number {
  const month = date.month ?? 12;
  return toDayNumber({ year: date.year, month, day: date.day ?? daysInMonth(date.year, month) });
}
