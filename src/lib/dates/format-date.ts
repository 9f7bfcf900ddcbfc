import { toDayNumber } from './calendar-day.ts';
import {
  firstDayOf,
  monthName,
  shortMonthName,
  type DateInterval,
  type PartialDate,
  type TimelineDate,
} from './partial-date.ts';

// Dates are written from their numbers and the month names of partial-date.ts, never through a Date, so no
// machine's time zone can move a calendar day.
type MonthNames = (month: number) => string;

/**
 * A date as a reader should see it, at its real precision.
 * @example formatTimelineDate(parse('2020-11-10'))              // "10 November 2020"
 * @example formatTimelineDate(parse('2023-06~'))                // "about June 2023"
 * @example formatTimelineDate(parse('2020-09-27/2020-11-10'))   // "27 September – 10 November 2020 (44 days)"
 */
export function formatTimelineDate(date: TimelineDate): string {
  return date.kind === 'interval' ? formatInterval(date) : qualify(date, plain(date));
}

/** The same, abbreviated for tight spaces: "10 Nov 2020", "Sep 2023", "1992–1994". */
export function formatTimelineDateShort(date: TimelineDate): string {
  if (date.kind === 'interval') {
    const { start, end } = date;
    if (start.precision === 'year' && end.precision === 'year') return qualify(start, `${start.year}–${end.year}`);
    return `${qualify(start, plain(start, shortMonthName))} – ${qualify(end, plain(end, shortMonthName))}`;
  }
  return qualify(date, plain(date, shortMonthName));
}

/** The value for a `<time datetime>` attribute: `1991`, `2023-09`, `2020-11-10`. */
export function toDatetimeAttribute(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Days from the first to the last day of a day-precise interval, as "44 days"; undefined otherwise. */
export function formatIntervalLength(date: DateInterval): string | undefined {
  if (date.start.precision !== 'day' || date.end.precision !== 'day') return undefined;
  const days = toDayNumber(firstDayOf(date.end)) - toDayNumber(firstDayOf(date.start));
  return days === 1 ? '1 day' : `${days} days`;
}

// "2020", "November 2020", "10 November 2020" (or "Nov 2020" with short names); years of four digits, as in 0990.
function plain(date: PartialDate, names: MonthNames = monthName): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  if (date.day === undefined) return `${names(date.month)} ${year}`;
  return `${date.day} ${names(date.month)} ${year}`;
}

function qualify(date: PartialDate, text: string): string {
  const approximate = date.approximate ? `about ${text}` : text;
  return date.uncertain ? `${approximate} (uncertain)` : approximate;
}

function formatInterval(date: DateInterval): string {
  const { start, end } = date;
  const length = formatIntervalLength(date);
  const suffix = length === undefined ? '' : ` (${length})`;
  const plainBounds = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;

  if (plainBounds && start.precision === end.precision && start.year === end.year && start.precision !== 'year') {
    const sameMonth = start.month === end.month;
    if (start.precision === 'day' && sameMonth) {
      // "24–30 September 2023 (6 days)"
      return `${start.day}–${plain(end)}${suffix}`;
    }
    // "27 September – 10 November 2020 (44 days)", "April – September 2023"
    const startText =
      start.precision === 'day' ? `${start.day} ${monthName(start.month ?? 1)}` : monthName(start.month ?? 1);
    return `${startText} – ${plain(end)}${suffix}`;
  }
  if (plainBounds && start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${qualify(start, plain(start))} – ${qualify(end, plain(end))}${suffix}`;
}
