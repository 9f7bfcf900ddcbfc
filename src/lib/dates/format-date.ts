import { format } from 'date-fns';
import { toDayNumber, type CalendarDay } from './calendar-day.ts';
import { firstDayOf, type DateInterval, type PartialDate, type TimelineDate } from './partial-date.ts';

// date-fns formats Dates in the machine's zone. A Date built from local parts and formatted in the same zone
// shows exactly those parts in every zone, so the calendar day cannot drift. (Browser code, which must not carry
// date-fns, takes month names from partial-date.ts; a unit test keeps the two in agreement.)
function toLocalDate({ year, month, day }: CalendarDay): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day);
  return date;
}

const PATTERNS = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' } as const;
const SHORT_PATTERNS = { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy' } as const;

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
    return `${qualify(start, plain(start, SHORT_PATTERNS))} – ${qualify(end, plain(end, SHORT_PATTERNS))}`;
  }
  return qualify(date, plain(date, SHORT_PATTERNS));
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

// "2020", "November 2020", "10 November 2020" (or "Nov 2020" with the short patterns); years of four digits.
function plain(date: PartialDate, patterns: Record<PartialDate['precision'], string> = PATTERNS): string {
  return format(toLocalDate(firstDayOf(date)), patterns[date.precision]);
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
    const startText = format(toLocalDate(firstDayOf(start)), start.precision === 'day' ? 'd MMMM' : 'MMMM');
    return `${startText} – ${plain(end)}${suffix}`;
  }
  if (plainBounds && start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${qualify(start, plain(start))} – ${qualify(end, plain(end))}${suffix}`;
}
