import type { MonthNames } from '../i18n/month-names.ts';
import { daysInMonth, isCalendarDay, toDayNumber, type CalendarDay } from './calendar-day.ts';

/**
 * Partial dates as data: their types, the days they cover, their order and the names of their months. It imports
 * no package (only calendar-day.ts), so the build and the browser share it without carrying the EDTF parser; only
 * timeline-date.ts, which checks what editors write, uses that library.
 */

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A date known to a year, a month or a day, perhaps approximate (`~`) or uncertain (`?`). Plain data, so it can
 * be stored, serialised and sent to the browser as it is.
 */
export interface PartialDate {
  readonly kind: 'date';
  /** The EDTF text it was read from, e.g. `2023-06~`. */
  readonly edtf: string;
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, when precision is month or day. */
  readonly month?: number;
  /** 1–31, when precision is day. */
  readonly day?: number;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** A span between two partial dates, e.g. `2020-09-27/2020-11-10`. */
export interface DateInterval {
  readonly kind: 'interval';
  readonly edtf: string;
  readonly start: PartialDate;
  readonly end: PartialDate;
}

/** What an event's `date` field holds. */
export type TimelineDate = PartialDate | DateInterval;

// The only shapes the site takes: a year, a month or a day, with one optional qualifier for the whole date
// (`~` approximate, `?` uncertain, `%` both).
const DATE_SHAPE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/;

/**
 * The numbers and qualifier of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (plus `~`, `?` or `%`), unchecked:
 * month 13 and 30 February are read as written, for the caller to refuse. Undefined for any other shape.
 * @example readPartialDate('2023-06~') // { kind: 'date', edtf: '2023-06~', precision: 'month', year: 2023, month: 6, approximate: true, uncertain: false }
 */
export function readPartialDate(text: string): PartialDate | undefined {
  const match = DATE_SHAPE.exec(text);
  if (match === null) return undefined;
  const [, yearText = '', monthText, dayText, qualifier = ''] = match;
  const month = monthText === undefined ? undefined : Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  return {
    kind: 'date',
    edtf: text,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
    year: Number(yearText),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
}

/** Whether a date read by readPartialDate names days that exist, in years 1 to 9999 (what the content allows). */
export function isRealPartialDate(date: PartialDate): boolean {
  if (date.year < 1 || date.year > 9999) return false;
  if (date.month === undefined) return true;
  return isCalendarDay(date.year, date.month, date.day ?? 1);
}

/**
 * A date or an interval of two from text already checked by parseTimelineDate (in the build), for the browser to
 * read back without the EDTF parser. Undefined for any shape or day the content model does not allow.
 */
export function readTimelineDate(text: string): TimelineDate | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const [startText = '', endText] = parts;
  const start = readPartialDate(startText);
  if (start === undefined || !isRealPartialDate(start)) return undefined;
  if (endText === undefined) return start;
  const end = readPartialDate(endText);
  if (end === undefined || !isRealPartialDate(end)) return undefined;
  return { kind: 'interval', edtf: text, start, end };
}

/** A calendar day as a plain date of day precision (a build date, a day of the view), ready to be formatted. */
export function dayDate(day: CalendarDay): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  const edtf = `${String(day.year).padStart(4, '0')}-${pad(day.month)}-${pad(day.day)}`;
  return { kind: 'date', edtf, precision: 'day', ...day, approximate: false, uncertain: false };
}

/** The first day a partial date may stand for: 1991 starts on 1 January 1991. */
export function firstDayOf(date: PartialDate): CalendarDay {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** The last day a partial date may stand for: 2023-09 ends on 30 September 2023. */
export function lastDayOf(date: PartialDate): CalendarDay {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month) };
}

/** The partial date a timeline date starts with. */
export function startOf(date: TimelineDate): PartialDate {
  return date.kind === 'interval' ? date.start : date;
}

/** The partial date a timeline date ends with. */
export function endOf(date: TimelineDate): PartialDate {
  return date.kind === 'interval' ? date.end : date;
}

/**
 * The days a timeline date covers, as day numbers [first, last], both inclusive, for scales and layout.
 * @example dayRangeOfDate(readTimelineDate('2023-09')) // [19601, 19630]: 1 to 30 September 2023
 */
export function dayRangeOfDate(date: TimelineDate): [number, number] {
  return [toDayNumber(firstDayOf(startOf(date))), toDayNumber(lastDayOf(endOf(date)))];
}

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

// English month names, written once for pages, axes, SVG titles and messages alike (the site's language is
// English: see `language` in timeline.yaml).
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A month's name: monthName(9) is "September". Empty for a number outside 1–12. */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** A month's three-letter abbreviation, without a full stop: shortMonthName(9) is "Sep". */
export function shortMonthName(month: number): string {
  return monthName(month).slice(0, 3);
}

/**
 * The English month names as `MonthNames`, without date-fns: the layout's default (its unit tests, machine
 * outputs). Pages pass their language's names (`text.monthNames`).
 */
export const ENGLISH_MONTH_NAMES: MonthNames = {
  long: MONTH_NAMES,
  short: MONTH_NAMES.map((name) => name.slice(0, 3)),
  inDate: MONTH_NAMES,
};
