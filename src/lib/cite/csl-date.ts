import type { CalendarDay } from '../dates/calendar-day.ts';
import { endOf, startOf, type DatePrecision, type PartialDate, type TimelineDate } from '../dates/partial-date.ts';
import type { CslDate, CslDateParts } from './csl-item.ts';

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/**
 * A timeline date as a CSL date, at its real precision: `2020-11-10` -> [[2020, 11, 10]], `2023-09` -> [[2023, 9]].
 * An interval becomes a CSL range at the precision both ends share, because CSL rejects ranges whose ends differ
 * in precision. An interval across years becomes a range of years: CSL styles render a day or month range across
 * years inconsistently (the APA style writes 2022-12/2023-09 as "2022–2023, December–September"), and a range of
 * years reads right in every style. An approximate or uncertain date sets `circa`.
 * @example toCslDate(parse('2020-09-27/2020-11-10')) // { 'date-parts': [[2020, 9, 27], [2020, 11, 10]] }
 * @example toCslDate(parse('1992/1994-05-12'))      // { 'date-parts': [[1992], [1994]] }
 * @example toCslDate(parse('2021-10-14~'))          // { 'date-parts': [[2021, 10, 14]], circa: true }
 */
export function toCslDate(date: TimelineDate): CslDate {
  const start = startOf(date);
  const end = endOf(date);
  const circa = [start, end].some((bound) => bound.approximate || bound.uncertain) ? { circa: true as const } : {};
  if (date.kind === 'date') return { 'date-parts': [partsOf(date, date.precision)], ...circa };

  const shared =
    start.year !== end.year ? 'year' : RANK[start.precision] <= RANK[end.precision] ? start.precision : end.precision;
  const from = partsOf(start, shared);
  const to = partsOf(end, shared);
  const same = from.length === to.length && from.every((part, index) => part === to[index]);
  return { 'date-parts': same ? [from] : [from, to], ...circa };
}

/** A calendar day (such as an access date) as a CSL date. */
export function toCslDay({ year, month, day }: CalendarDay): CslDate {
  return { 'date-parts': [[year, month, day]] };
}

function partsOf(date: PartialDate, precision: DatePrecision): CslDateParts {
  if (precision === 'year' || date.month === undefined) return [date.year];
  if (precision === 'month' || date.day === undefined) return [date.year, date.month];
  return [date.year, date.month, date.day];
}
