import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import type { MessageKey } from '../i18n/catalogues.ts';
import { createTranslator, type Translate } from '../i18n/translator.ts';
import { toDayNumber, type CalendarDay } from './calendar-day.ts';
import { firstDayOf, type DateInterval, type PartialDate, type TimelineDate } from './partial-date.ts';

/**
 * What dates are written with: the language's messages (`date.*`: "about {date}", "{count} days", the date-fns
 * patterns) and its date-fns locale (month names in their grammatical forms). A `SiteText` is one.
 */
export interface DateText {
  readonly t: Translate;
  readonly dateLocale: Locale;
}

/** English dates, as the data files and the build's messages write them (and callers with no page language). */
export const ENGLISH_DATES: DateText = { t: createTranslator('en').t, dateLocale: enGB };

// date-fns formats Dates in the machine's zone. A Date built from local parts and formatted in the same zone
// shows exactly those parts in every zone, so the calendar day cannot drift. (Browser code, which must not carry
// date-fns, takes month names from partial-date.ts; a unit test keeps the two in agreement.)
function toLocalDate({ year, month, day }: CalendarDay): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day);
  return date;
}

type Patterns = Record<PartialDate['precision'], string>;
const patterns = ({ t }: DateText): Patterns => ({
  year: 'yyyy',
  month: t('date.pattern.month'),
  day: t('date.pattern.day'),
});
const shortPatterns = ({ t }: DateText): Patterns => ({
  year: 'yyyy',
  month: t('date.pattern.monthShort'),
  day: t('date.pattern.dayShort'),
});

/**
 * A date as a reader should see it, at its real precision.
 * @example formatTimelineDate(parse('2020-11-10'))              // "10 November 2020"
 * @example formatTimelineDate(parse('2023-06~'))                // "about June 2023"
 * @example formatTimelineDate(parse('2020-09-27/2020-11-10'))   // "27 September – 10 November 2020 (44 days)"
 */
export function formatTimelineDate(date: TimelineDate, text: DateText = ENGLISH_DATES): string {
  return date.kind === 'interval' ? formatInterval(date, text) : qualify(date, plain(date, text), text);
}

/** The same, abbreviated for tight spaces: "10 Nov 2020", "Sep 2023", "1992–1994". */
export function formatTimelineDateShort(date: TimelineDate, text: DateText = ENGLISH_DATES): string {
  if (date.kind === 'interval') {
    const { start, end } = date;
    if (start.precision === 'year' && end.precision === 'year')
      return qualify(start, `${start.year}–${end.year}`, text);
    return text.t('date.range', {
      start: qualify(start, plain(start, text, shortPatterns(text)), text),
      end: qualify(end, plain(end, text, shortPatterns(text)), text),
    });
  }
  return qualify(date, plain(date, text, shortPatterns(text)), text);
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
export function formatIntervalLength(date: DateInterval, text: DateText = ENGLISH_DATES): string | undefined {
  if (date.start.precision !== 'day' || date.end.precision !== 'day') return undefined;
  const days = toDayNumber(firstDayOf(date.end)) - toDayNumber(firstDayOf(date.start));
  return text.t('date.days', { count: days });
}

// "2020", "November 2020", "10 November 2020" (or "Nov 2020" with the short patterns); years of four digits.
function plain(date: PartialDate, text: DateText, chosen: Patterns = patterns(text)): string {
  return format(toLocalDate(firstDayOf(date)), chosen[date.precision], { locale: text.dateLocale });
}

function qualify(date: PartialDate, plainText: string, { t }: DateText): string {
  const approximate = date.approximate ? t('date.about', { date: plainText }) : plainText;
  return date.uncertain ? t('date.uncertain', { date: approximate }) : approximate;
}

function formatInterval(date: DateInterval, text: DateText): string {
  const { start, end } = date;
  const { t } = text;
  const length = formatIntervalLength(date, text);
  const suffix = length === undefined ? '' : ` (${length})`;
  const plainBounds = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  const at = (day: PartialDate, pattern: MessageKey) =>
    format(toLocalDate(firstDayOf(day)), t(pattern), { locale: text.dateLocale });

  if (plainBounds && start.precision === end.precision && start.year === end.year && start.precision !== 'year') {
    const sameMonth = start.month === end.month;
    if (start.precision === 'day' && sameMonth) {
      // "24–30 September 2023 (6 days)"
      return `${start.day}–${plain(end, text)}${suffix}`;
    }
    // "27 September – 10 November 2020 (44 days)", "April – September 2023"
    const startText = at(start, start.precision === 'day' ? 'date.pattern.dayMonth' : 'date.pattern.monthAlone');
    return `${t('date.range', { start: startText, end: plain(end, text) })}${suffix}`;
  }
  if (plainBounds && start.precision === 'year' && end.precision === 'year') return `${start.year}–${end.year}`;
  return `${t('date.range', { start: qualify(start, plain(start, text), text), end: qualify(end, plain(end, text), text) })}${suffix}`;
}
