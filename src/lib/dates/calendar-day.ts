/**
 * A day of the proleptic Gregorian calendar, as numbers. Never a Date: a calendar date has no time zone, and
 * turning one into an instant is how "10 November 2020" becomes 9 November in a western browser.
 */
export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before it). Pure arithmetic in UTC, so the same on every machine. */
export function toDayNumber({ year, month, day }: CalendarDay): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar day a day number stands for. */
export function fromDayNumber(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** How many days a month has. */
export function daysInMonth(year: number, month: number): number {
  return new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate();
}

/** Whether year, month and day name a day that exists (no 30 February, no month 13). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}
