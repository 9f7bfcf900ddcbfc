import { fromDayNumber, toDayNumber } from '../dates/calendar-day.ts';
import { dayRangeOfDate } from '../dates/partial-date.ts';
import type { LayoutEvent } from './place-events.ts';
import { fromAxisX, layoutTimeAxis, toAxisX, type DayWindow, type TimeAxis } from './time-axis.ts';

/**
 * The overview strip's geometry: the same broken axis as the timeline, fitted once to a fixed number of units
 * that the strip stretches to its width. The build draws the event density in these units (with Observable
 * Plot); the browser maps the zoom window to them and back when the reader drags the strip.
 */

/** The overview's width in its own units; the strip scales them to whatever width it has. */
export const OVERVIEW_UNITS = 1000;
/** Its height, px. */
export const OVERVIEW_HEIGHT = 32;

/** A year label under the strip, at a place in overview units. */
export interface OverviewLabel {
  readonly x: number;
  readonly text: string;
}

/** The axis of the overview: every event, over OVERVIEW_UNITS. */
export function layoutOverviewAxis(events: readonly LayoutEvent[]): TimeAxis {
  return layoutTimeAxis(
    events.map((event) => dayRangeOfDate(event.date)),
    { width: OVERVIEW_UNITS },
  );
}

/** Where each event sits on the overview, in units: a point at its middle, a span at its start. */
export function overviewPositions(axis: TimeAxis, events: readonly LayoutEvent[]): number[] {
  return events.map((event) => {
    const [first, last] = dayRangeOfDate(event.date);
    return toAxisX(axis, event.date.kind === 'date' ? (first + last + 1) / 2 : first);
  });
}

/** A window's extent on the overview, in units, kept inside the strip. */
export function overviewExtentOf(axis: TimeAxis, window: DayWindow): readonly [number, number] {
  const clip = (x: number) => Math.min(OVERVIEW_UNITS, Math.max(0, x));
  return [clip(toAxisX(axis, window.from)), clip(toAxisX(axis, window.to))];
}

/** The window an extent of the strip stands for, from units. */
export function windowOfOverviewExtent(axis: TimeAxis, from: number, to: number): DayWindow {
  return { from: fromAxisX(axis, Math.min(from, to)), to: fromAxisX(axis, Math.max(from, to)) };
}

/**
 * Year labels: the first whole year of each stretch between breaks, and the last year, dropping any closer than
 * `minGap` units to the one before (room for a label at the narrowest strip).
 */
export function layoutOverviewLabels(axis: TimeAxis, minGap = 120): OverviewLabel[] {
  const labels: OverviewLabel[] = [];
  for (const piece of axis.pieces) {
    if (piece.isBreak) continue;
    const { year, month, day } = fromDayNumber(Math.ceil(piece.fromDay));
    const firstYear = month === 1 && day === 1 ? year : year + 1;
    const x = toAxisX(axis, toDayNumber({ year: firstYear, month: 1, day: 1 }));
    if (x > piece.toX) continue;
    const before = labels.at(-1);
    if (before === undefined || x - before.x >= minGap) labels.push({ x, text: String(firstYear) });
  }
  return labels;
}
