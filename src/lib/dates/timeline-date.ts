import edtf from 'edtf';
import { daysInMonth, isCalendarDay } from './calendar-day.ts';
import {
  firstDayOf,
  lastDayOf,
  monthName,
  readPartialDate,
  type PartialDate,
  type TimelineDate,
} from './partial-date.ts';

/** The outcome of parsing: a date, or the reason there is none. */
export type DateParseResult = { ok: true; date: TimelineDate } | { ok: false; reason: string };

const YEARS_BEFORE_CE = 'years before 1 CE are not supported';

/**
 * Parse an EDTF string (level 0 and the `~` / `?` qualifiers of level 1) with the edtf library, and check what it
 * lets through: impossible days such as `2023-02-30`, open or unknown interval ends, ends before starts.
 * @example parseTimelineDate('2023-06~') // { ok: true, date: { kind: 'date', precision: 'month', year: 2023, month: 6, approximate: true, … } }
 */
export function parseTimelineDate(input: string): DateParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty date' };

  if (text.includes('/')) {
    const [startText = '', endText = '', ...rest] = text.split('/');
    if (rest.length > 0) return { ok: false, reason: `not a valid EDTF date: "${text}"` };
    const start = parsePartialDate(startText);
    if (!start.ok) return start;
    const end = parsePartialDate(endText);
    if (!end.ok) return end;
    if (compareBounds(end.date, start.date) < 0) {
      return { ok: false, reason: `interval ends (${endText}) before it starts (${startText})` };
    }
    // The library checks what we checked above, and more of the grammar; trust it as the last word.
    const library = tryEdtf(text);
    if (library === undefined || library.type !== 'Interval') {
      return { ok: false, reason: `not a valid EDTF interval: "${text}"` };
    }
    return { ok: true, date: { kind: 'interval', edtf: text, start: start.date, end: end.date } };
  }
  return parsePartialDate(text);
}

function parsePartialDate(text: string): { ok: true; date: PartialDate } | { ok: false; reason: string } {
  if (text === '' || text === '..') {
    return { ok: false, reason: `open or unknown interval ends are not supported: "${text}"` };
  }
  // Read the numbers from the text first: the library rejects 2023-02-30 with a grammar error and rolls
  // 1991-02-29 over to 1 March, and neither tells an editor what is wrong.
  // EDTF also writes years beyond four digits (`Y170000`, `Y-12000`); the site shows and cites four-digit years only.
  const longYear = /^Y?(-?)\d{5,}/.exec(text);
  if (longYear !== null) {
    return {
      ok: false,
      reason: `${longYear[1] === '-' ? YEARS_BEFORE_CE : 'years after 9999 are not supported'}: "${text}"`,
    };
  }
  const date = readPartialDate(text);
  if (date === undefined) return { ok: false, reason: `not a valid EDTF date: "${text}"` };
  const { year, month, day } = date;
  // EDTF's year 0 is 1 BCE and -0500 is 501 BCE; pages, CSL and <time> would each need their own era handling,
  // so such dates are refused rather than shown as "0501" (see the README).
  if (year < 1) return { ok: false, reason: `${YEARS_BEFORE_CE}: "${text}"` };
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, reason: `impossible date: "${text}" has no month ${month}` };
  }
  if (month !== undefined && day !== undefined && !isCalendarDay(year, month, day)) {
    return {
      ok: false,
      reason: `impossible date: "${text}" (${monthName(month)} ${year} has ${daysInMonth(year, month)} days)`,
    };
  }
  // The library checks the grammar as its authors read the standard; trust it as the last word. The numbers and
  // qualifiers are those read above, which the library reads the same way for every shape that gets this far.
  const parsed = tryEdtf(text);
  if (parsed === undefined || parsed.type !== 'Date') return { ok: false, reason: `not a valid EDTF date: "${text}"` };
  return { ok: true, date };
}

function tryEdtf(text: string): ReturnType<typeof edtf> | undefined {
  try {
    return edtf(text);
  } catch {
    return undefined;
  }
}

// An interval is in order when its end can be no earlier than its start, at the precision of each:
// 2022-12-12/2023-09 is fine, 2023-09-19/2023-09-18 is not, 2023/2023-05 is fine.
function compareBounds(end: PartialDate, start: PartialDate): number {
  const a = lastDayOf(end);
  const b = firstDayOf(start);
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
