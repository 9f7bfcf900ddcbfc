import { format } from 'date-fns';
import type { Locale } from 'date-fns';

/** A language's month names as they stand alone (axis ticks, headings): long and short, January first. */
export interface MonthNames {
  readonly long: readonly string[];
  readonly short: readonly string[];
  /** Long names in the form they take after a day number ("3 марта", where `long` has "март"). */
  readonly inDate: readonly string[];
}

/**
 * The month names of a date-fns locale, standalone forms ("сентябрь", not "сентября"), for code that cannot carry
 * date-fns: the page hands them to the browser with its messages.
 */
export function monthNamesOf(locale: Locale): MonthNames {
  const months = Array.from({ length: 12 }, (_, index) => new Date(2001, index, 15, 12));
  return {
    long: months.map((date) => format(date, 'LLLL', { locale })),
    short: months.map((date) => format(date, 'LLL', { locale }).replace(/\.$/, '')),
    // date-fns's MMMM is the formatting context: the genitive in Russian, Armenian, Ukrainian…
    inDate: months.map((date) => format(date, 'MMMM', { locale })),
  };
}
