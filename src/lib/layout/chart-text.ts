import { fromDayNumber } from '../dates/calendar-day.ts';
import type { MonthNames } from '../i18n/month-names.ts';
import type { Translate } from '../i18n/translator.ts';
import type { DayWindow } from './time-axis.ts';

/**
 * The words a drawing of the timeline uses (its description, the clusters' names, the axis ticks' months): the
 * page's messages and month names. On the server a `SiteText` is one; in the browser, the page's ClientText with
 * `createClientTranslator` (no date-fns there, hence month names rather than date patterns).
 */
export interface ChartText {
  readonly t: Translate;
  readonly monthNames: MonthNames;
}

/** A day of the axis as words: "3 March 1950" ("3 марта 1950" in Russian). */
export function formatChartDay(dayNumber: number, text: ChartText): string {
  const { year, month, day } = fromDayNumber(Math.floor(dayNumber));
  return text.t('timeline.chart.day', {
    day: String(day),
    month: text.monthNames.inDate[month - 1] ?? '',
    year: String(year),
  });
}

/** The month of a day of the axis: "March 1950" ("март 1950"). */
export function formatChartMonth(dayNumber: number, text: ChartText): string {
  const { year, month } = fromDayNumber(Math.floor(dayNumber));
  return text.t('timeline.chart.month', { month: text.monthNames.long[month - 1] ?? '', year: String(year) });
}

/** "3 March 1950", or "3 March 1950 to 2 April 1952" for more than a day. */
export function formatChartDayRange(window: DayWindow, text: ChartText): string {
  const first = Math.floor(window.from);
  const last = Math.max(first, Math.ceil(window.to) - 1);
  return last === first
    ? formatChartDay(first, text)
    : text.t('timeline.chart.span', { from: formatChartDay(first, text), to: formatChartDay(last, text) });
}
