import { fromDayNumber, toDayNumber } from '../dates/calendar-day.ts';
import { ENGLISH_MONTH_NAMES } from '../dates/partial-date.ts';
import type { MonthNames } from '../i18n/month-names.ts';
import { createCharWidthMeasure, type TextMeasure } from './text-measure.ts';
import type { TimeScale } from './time-scale.ts';

/** The calendar unit a tick marks. */
export type TickUnit = 'year' | 'month' | 'day';

/** A labelled tick: a line at `x` and a label to its right that overlaps no other label and no break. */
export interface AxisTick {
  /** The day number at the tick: the first day of a year, a month or a day. */
  readonly day: number;
  readonly x: number;
  readonly unit: TickUnit;
  /** "2021", "Nov", "Nov 2020", "10", "10 Nov 2020": the year or month is named where it changes. */
  readonly label: string;
  /** The label's left edge, px. */
  readonly labelX: number;
  readonly labelWidth: number;
}

/** How ticks are measured and spaced. */
export interface AxisTickOptions {
  readonly measureText?: TextMeasure;
  /** The least space between two labels, px. */
  readonly gap?: number;
  /** The month names the labels use: the page's language (`text.monthNames`); English by default. */
  readonly monthNames?: MonthNames;
}

interface TickInterval {
  readonly unit: TickUnit;
  readonly step: number;
  /**
   * Years as ’93 after the first in each piece, where full years are too wide for yearly ticks; the tick after a
   * piece's full first year is left out if it has no room.
   */
  readonly short?: boolean;
  /** Rough length in days, to skip intervals that cannot fit before generating their ticks. */
  readonly days: number;
}

// From fine to coarse; the finest whose labels fit is used. Days step by day of month, as d3-time's
// utcDay.every does, so ticks restart on the 1st of each month.
const INTERVALS: readonly TickInterval[] = [
  { unit: 'day', step: 1, days: 1 },
  { unit: 'day', step: 2, days: 2 },
  { unit: 'day', step: 7, days: 7.6 },
  { unit: 'day', step: 14, days: 15.2 },
  { unit: 'month', step: 1, days: 30.4 },
  { unit: 'month', step: 3, days: 91.3 },
  { unit: 'month', step: 6, days: 182.6 },
  { unit: 'year', step: 1, days: 365.25 },
  { unit: 'year', step: 1, days: 365.25, short: true },
  ...[2, 5, 10, 20, 50, 100, 200, 500, 1000].map((step) => ({ unit: 'year' as const, step, days: 365.25 * step })),
];

/** Space between a tick line and its label, px. */
export const TICK_LABEL_OFFSET = 4;

/**
 * Ticks at the finest of days, weeks, months, quarters, years or decades whose labels fit the window without
 * overlapping each other or a break. No tick falls inside a break; the first tick after each break (and at the
 * left edge) names the year, so each piece of a broken axis can be read on its own.
 */
export function layoutAxisTicks(scale: TimeScale, options: AxisTickOptions = {}): AxisTick[] {
  const measure = options.measureText ?? createCharWidthMeasure();
  const gap = options.gap ?? 8;
  const monthNames = options.monthNames ?? ENGLISH_MONTH_NAMES;
  const pieces = visiblePieces(scale);
  const linearDays = pieces.reduce((sum, piece) => sum + piece.to - piece.from, 0);
  const narrowest = measure('00') + TICK_LABEL_OFFSET + gap;

  for (const interval of INTERVALS) {
    // Too many ticks to fit even with two-character labels: skip without generating them.
    if ((linearDays / interval.days) * narrowest > scale.width) continue;
    const ticks = ticksFor(scale, pieces, interval, measure, gap, monthNames);
    if (ticks.length > 0) {
      let fits = true;
      for (let i = 1; i < ticks.length && fits; i += 1) {
        const before = ticks[i - 1];
        const tick = ticks[i];
        if (before !== undefined && tick !== undefined) fits = before.labelX + before.labelWidth + gap <= tick.labelX;
      }
      if (fits) return ticks;
    }
  }
  return [];
}

interface VisiblePiece {
  readonly from: number;
  readonly to: number;
  /** The px where the piece stops being visible: a break, or the right edge. */
  readonly right: number;
}

function visiblePieces(scale: TimeScale): VisiblePiece[] {
  const { window } = scale;
  const pieces: VisiblePiece[] = [];
  for (const piece of scale.axis.pieces) {
    if (piece.isBreak) continue;
    const from = Math.max(piece.fromDay, window.from);
    const to = Math.min(piece.toDay, window.to);
    if (to > from) pieces.push({ from, to, right: Math.min(scale.width, scale.x(piece.toDay)) });
  }
  // Time before or after the whole domain (zoomed out past the ends) is linear too.
  const first = scale.axis.pieces[0];
  const last = scale.axis.pieces.at(-1);
  if (first !== undefined && window.from < first.fromDay) {
    pieces.unshift({ from: window.from, to: Math.min(first.fromDay, window.to), right: scale.x(first.fromDay) });
  }
  if (last !== undefined && window.to > last.toDay) {
    pieces.push({ from: Math.max(last.toDay, window.from), to: window.to, right: scale.width });
  }
  return mergeTouching(pieces);
}

// Pieces that meet without a break between them (the domain's edge) read as one.
function mergeTouching(pieces: VisiblePiece[]): VisiblePiece[] {
  const merged: VisiblePiece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && last.to === piece.from) merged[merged.length - 1] = { ...piece, from: last.from };
    else merged.push(piece);
  }
  return merged;
}

function ticksFor(
  scale: TimeScale,
  pieces: readonly VisiblePiece[],
  interval: TickInterval,
  measure: TextMeasure,
  gap: number,
  monthNames: MonthNames,
): AxisTick[] {
  const ticks: AxisTick[] = [];
  for (const piece of pieces) {
    let first = true;
    for (const day of tickDays(piece.from, piece.to, interval)) {
      const x = scale.x(day);
      const label = formatTick(day, interval, first, monthNames);
      const labelX = x + TICK_LABEL_OFFSET;
      const labelWidth = measure(label);
      // A label that would run into a break or off the edge is left out, with its tick.
      if (x < 0 || labelX + labelWidth > piece.right) continue;
      const before = ticks.at(-1);
      if (interval.short === true && before !== undefined && before.labelX + before.labelWidth + gap > labelX) continue;
      ticks.push({ day, x, unit: interval.unit, label, labelX, labelWidth });
      first = false;
    }
  }
  return ticks;
}

function* tickDays(from: number, to: number, { unit, step }: TickInterval): Generator<number> {
  const start = fromDayNumber(Math.floor(from));
  if (unit === 'year') {
    const firstYear = Math.ceil(start.year / step) * step;
    for (let year = firstYear; ; year += step) {
      const day = toDayNumber({ year, month: 1, day: 1 });
      if (day >= to) return;
      if (day >= from) yield day;
    }
  }
  if (unit === 'month') {
    for (let index = start.year * 12 + start.month - 1; ; index += 1) {
      const month = (index % 12) + 1;
      if ((month - 1) % step !== 0) continue;
      const day = toDayNumber({ year: Math.floor(index / 12), month, day: 1 });
      if (day >= to) return;
      if (day >= from) yield day;
    }
  }
  for (let day = Math.ceil(from); day < to; day += 1) {
    const dayOfMonth = fromDayNumber(day).day;
    // Steps restart on the 1st and skip a short last step: weeks are the 1st, 8th, 15th and 22nd, fortnights the
    // 1st and 15th, two-day steps the odd days up to the 29th.
    if (step === 1 || ((dayOfMonth - 1) % step === 0 && dayOfMonth + step <= 32)) yield day;
  }
}

function formatTick(day: number, { unit, short }: TickInterval, first: boolean, names: MonthNames): string {
  const { year, month, day: dayOfMonth } = fromDayNumber(day);
  const monthName = names.short[month - 1] ?? '';
  if (unit === 'year')
    return short === true && !first ? `’${String(Math.abs(year) % 100).padStart(2, '0')}` : String(year);
  if (unit === 'month') {
    if (month === 1) return String(year);
    return first ? `${monthName} ${year}` : monthName;
  }
  if (first) return `${dayOfMonth} ${monthName} ${year}`;
  if (dayOfMonth !== 1) return String(dayOfMonth);
  return month === 1 ? String(year) : monthName;
}
