import { isCalendarDay } from '../dates/calendar-day.ts';
import { monthName } from '../dates/partial-date.ts';
import { edtfProblem } from './edtf-problem.ts';

/** A date as TimelineJS holds it: a sheet's cells (text) or its JSON's fields (numbers or text). */
export interface TimelineJsDateParts {
  readonly year?: unknown;
  readonly month?: unknown;
  readonly day?: unknown;
}

/** An EDTF date, or why the parts do not make one. The field names the part at fault (`year`, `month`, `day`). */
export type DateResult =
  | { readonly ok: true; readonly edtf: string }
  | { readonly ok: false; readonly part: 'year' | 'month' | 'day'; readonly reason: string };

/**
 * TimelineJS date parts as EDTF at the precision they give: a year, a month or a day. TimelineJS allows years
 * before 1 CE; this site does not (see the README), so they are refused here rather than turned into a wrong date.
 * @example timelineJsDate({ year: '2023', month: '9' }) // { ok: true, edtf: '2023-09' }
 */
export function timelineJsDate(parts: TimelineJsDateParts): DateResult {
  const year = wholeNumber(parts.year);
  if (year === undefined) return fail('year', parts.year, 'a whole number such as 1991');
  if (year === null) return { ok: false, part: 'year', reason: 'is missing' };
  if (year < 1) return { ok: false, part: 'year', reason: `years before 1 CE are not supported: ${year}` };
  if (year > 9999) return { ok: false, part: 'year', reason: `years after 9999 are not supported: ${year}` };
  const yearText = String(year).padStart(4, '0');
  const month = wholeNumber(parts.month);
  const day = wholeNumber(parts.day);
  if (month === undefined) return fail('month', parts.month, 'a month number from 1 to 12');
  if (day === undefined) return fail('day', parts.day, 'a day number');
  if (month === null) {
    return day === null ? { ok: true, edtf: yearText } : { ok: false, part: 'day', reason: 'a day needs a month' };
  }
  if (month < 1 || month > 12) return fail('month', parts.month, 'a month number from 1 to 12');
  const monthText = `${yearText}-${String(month).padStart(2, '0')}`;
  if (day === null) return { ok: true, edtf: monthText };
  if (!isCalendarDay(year, month, day)) {
    return { ok: false, part: 'day', reason: `${monthName(month)} ${year} has no day ${day}` };
  }
  return { ok: true, edtf: `${monthText}-${String(day).padStart(2, '0')}` };
}

// A whole number; null when the part is empty; undefined when it is something else.
function wholeNumber(value: unknown): number | null | undefined {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (text === '') return null;
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

function fail(part: 'year' | 'month' | 'day', value: unknown, expected: string): DateResult {
  return { ok: false, part, reason: `must be ${expected}, not ${JSON.stringify(String(value))}` };
}

/** Which part of a start/end pair is wrong: a part of either date, or their order. */
export type SpanProblem =
  | { readonly date: 'start' | 'end'; readonly part: 'year' | 'month' | 'day'; readonly reason: string }
  | {
      readonly date: 'order';
      readonly reason: string;
    };

/**
 * A TimelineJS start date and optional end date as one EDTF date or interval, or every reason they do not make one
 * (a wrong part of either date; an end before the start). The same end as start is a single date.
 * @example timelineJsSpan({ year: 2003, month: 6 }, { year: 2004, month: 3 }) // { ok: true, edtf: '2003-06/2004-03' }
 */
export function timelineJsSpan(
  start: TimelineJsDateParts,
  end: TimelineJsDateParts | undefined,
): { readonly ok: true; readonly edtf: string } | { readonly ok: false; readonly problems: readonly SpanProblem[] } {
  const from = timelineJsDate(start);
  const to = end === undefined ? undefined : timelineJsDate(end);
  const problems: SpanProblem[] = [];
  if (!from.ok) problems.push({ date: 'start', part: from.part, reason: from.reason });
  if (to?.ok === false) problems.push({ date: 'end', part: to.part, reason: to.reason });
  if (!from.ok || to?.ok === false) return { ok: false, problems };
  const edtf = to === undefined || to.edtf === from.edtf ? from.edtf : `${from.edtf}/${to.edtf}`;
  const order = edtfProblem(edtf);
  return order === undefined ? { ok: true, edtf } : { ok: false, problems: [{ date: 'order', reason: order }] };
}
