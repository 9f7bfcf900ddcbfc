import { fromAxisX, toAxisX, type DayWindow, type TimeAxis } from './time-axis.ts';

/**
 * The axis seen through a zoom window: the window's ends go to 0 and the width. Zoom is linear in axis x, so a
 * break keeps its place among the pieces and widens with the zoom like everything else.
 */
export interface TimeScale {
  readonly axis: TimeAxis;
  /** The window actually shown, after clamping. */
  readonly window: DayWindow;
  readonly width: number;
  /** px per day outside breaks, at this zoom. */
  readonly pxPerDay: number;
  /** The breaks that can be seen in the window, px. */
  readonly breaks: readonly AxisBreak[];
  /** x in px of a (continuous) day number. */
  x(day: number): number;
  /** x in px of a place on the axis at the full view (toAxisX of a day): x without refitting the day. */
  xOfAxis(axisX: number): number;
  /** xOfAxis as numbers, for loops over thousands of events: xOfAxis(a) = (a - axisFrom) * zoom. */
  readonly axisFrom: number;
  readonly zoom: number;
  /** The day number at x px. */
  day(x: number): number;
}

/** A squeezed stretch of empty time, as drawn in the window. */
export interface AxisBreak {
  readonly fromDay: number;
  readonly toDay: number;
  readonly x: number;
  readonly x2: number;
}

/** The narrowest window, in days at the axis rate: zooming further shows nothing more. */
export const MIN_WINDOW_DAYS = 1;
/** How far past the whole range one may zoom out or pan, as a share of the full view on each side. */
export const ZOOM_OUT_MARGIN = 0.05;

/**
 * The nearest window the timeline can show: no narrower than a day, no wider than the whole range plus the
 * margin, inside that range. A window that is already allowed comes back unchanged; a missing or nonsensical one
 * (NaN, from ≥ to) becomes the full view.
 */
export function clampWindow(axis: TimeAxis, window?: DayWindow): DayWindow {
  const full = axis.domain;
  if (window === undefined) return full;
  let x0 = toAxisX(axis, window.from);
  let x1 = toAxisX(axis, window.to);
  if (!Number.isFinite(x0) || !Number.isFinite(x1) || x1 <= x0) return full;

  const low = -ZOOM_OUT_MARGIN * axis.width;
  const high = (1 + ZOOM_OUT_MARGIN) * axis.width;
  const narrowest = MIN_WINDOW_DAYS * axis.pxPerDay;
  let changed = false;
  if (x1 - x0 < narrowest) {
    const centre = (x0 + x1) / 2;
    [x0, x1] = [centre - narrowest / 2, centre + narrowest / 2];
    changed = true;
  }
  if (x1 - x0 >= high - low) {
    [x0, x1] = [low, high];
    changed = true;
  }
  if (x0 < low) {
    [x0, x1] = [low, x1 + low - x0];
    changed = true;
  }
  if (x1 > high) {
    [x0, x1] = [x0 - (x1 - high), high];
    changed = true;
  }
  return changed ? { from: fromAxisX(axis, x0), to: fromAxisX(axis, x1) } : window;
}

/** The scale for a window (clamped first); without one, the full view. */
export function createTimeScale(axis: TimeAxis, window?: DayWindow): TimeScale {
  const shown = clampWindow(axis, window);
  const x0 = toAxisX(axis, shown.from);
  const k = axis.width / (toAxisX(axis, shown.to) - x0);
  const width = axis.width;
  const xOfAxis = (axisX: number) => (axisX - x0) * k;
  const x = (day: number) => xOfAxis(toAxisX(axis, day));
  const breaks: AxisBreak[] = [];
  for (const piece of axis.pieces) {
    if (!piece.isBreak) continue;
    const from = (piece.fromX - x0) * k;
    const to = (piece.toX - x0) * k;
    if (to > 0 && from < width) breaks.push({ fromDay: piece.fromDay, toDay: piece.toDay, x: from, x2: to });
  }
  return {
    axis,
    window: shown,
    width,
    pxPerDay: axis.pxPerDay * k,
    breaks,
    x,
    xOfAxis,
    axisFrom: x0,
    zoom: k,
    day: (px) => fromAxisX(axis, x0 + px / k),
  };
}
