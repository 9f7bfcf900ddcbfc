import edtf from 'edtf';
import { isCalendarDay, daysInMonth, type CalendarDay } from './calendar-day.ts';

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/**
 * A date known to a year, a month or a day, perhaps approximate (`~`) or uncertain (`?`). Plain data, so it can
 * be stored, serialised and sent to the browser as it is.
 */
export interface PartialDate {
  readonly kind: 'date';
  /** The EDTF text it was parsed from, e.g. `2023-06~`. */
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

/** The outcome of parsing: a date, or the reason there is none. */
export type DateParseResult = { ok: true; date: TimelineDate } | { ok: false; reason: string };

const YEARS_BEFORE_CE = 'years before 1 CE are not supported';

const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };

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
    return { ok: false, reason: `${longYear[1] === '-' ? YEARS_BEFORE_CE : 'years after 9999 are not supported'}: "${text}"` };
  }
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?[~?%]?$/.exec(text);
  if (match === null) return { ok: false, reason: `not a valid EDTF date: "${text}"` };
  const year = Number(match[1]);
  // EDTF's year 0 is 1 BCE and -0500 is 501 BCE; pages, CSL and <time> would each need their own era handling,
  // so such dates are refused rather than shown as "0501" (see the README).
  if (year < 1) return { ok: false, reason: `${YEARS_BEFORE_CE}: "${text}"` };
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, reason: `impossible date: "${text}" has no month ${month}` };
  }
  if (month !== undefined && day !== undefined && !isCalendarDay(year, month, day)) {
    return { ok: false, reason: `impossible date: "${text}" (${monthName(month)} ${year} has ${daysInMonth(year, month)} days)` };
  }
  const parsed = tryEdtf(text);
  if (parsed === undefined || parsed.type !== 'Date' || !('precision' in parsed)) {
    return { ok: false, reason: `not a valid EDTF date: "${text}"` };
  }
  const precision = PRECISIONS[parsed.precision];
  if (precision === undefined) return { ok: false, reason: `unsupported date precision: "${text}"` };
  return {
    ok: true,
    date: {
      kind: 'date',
      edtf: text,
      precision,
      year,
      ...(month === undefined ? {} : { month }),
      ...(day === undefined ? {} : { day }),
      approximate: parsed.approximate.value !== 0,
      uncertain: parsed.uncertain.value !== 0,
    },
  };
}

function tryEdtf(text: string): ReturnType<typeof edtf> | undefined {
  try {
    return edtf(text);
  } catch {
    return undefined;
  }
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

/** The first day a timeline date covers. */
export function startOf(date: TimelineDate): PartialDate {
  return date.kind === 'interval' ? date.start : date;
}

/** The last partial date a timeline date covers. */
export function endOf(date: TimelineDate): PartialDate {
  return date.kind === 'interval' ? date.end : date;
}

// An interval is in order when its end can be no earlier than its start, at the precision of each:
// 2022-12-12/2023-09 is fine, 2023-09-19/2023-09-18 is not, 2023/2023-05 is fine.
function compareBounds(end: PartialDate, start: PartialDate): number {
  const a = lastDayOf(end);
  const b = firstDayOf(start);
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function monthName(month: number): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}
