import { fromAxisX, toAxisX, type DayWindow, type TimeAxis } from '../layout/time-axis.ts';

/**
 * The windows between two windows, for an animated zoom or pan: the window's middle moves in a straight line on
 * the axis and the log of its width changes evenly, so zooming in twice as close feels the same at every scale.
 */

/** Cubic ease in and out: slow at both ends, 0 at 0 and 1 at 1. */
export function easeCubicInOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}

/**
 * The window at `t` (0 to 1, already eased) of the way from `start` to `end`; exactly `end` at 1.
 * @example tweenWindow(axis, { from: 0, to: 400 }, { from: 100, to: 200 })(1) // { from: 100, to: 200 }
 */
export function tweenWindow(axis: TimeAxis, start: DayWindow, end: DayWindow): (t: number) => DayWindow {
  const a0 = toAxisX(axis, start.from);
  const a1 = toAxisX(axis, start.to);
  const b0 = toAxisX(axis, end.from);
  const b1 = toAxisX(axis, end.to);
  const middleA = (a0 + a1) / 2;
  const middleB = (b0 + b1) / 2;
  const logA = Math.log(Math.max(Number.EPSILON, a1 - a0));
  const logB = Math.log(Math.max(Number.EPSILON, b1 - b0));
  return (t) => {
    if (t >= 1) return end;
    const middle = middleA + (middleB - middleA) * t;
    const half = Math.exp(logA + (logB - logA) * t) / 2;
    return { from: fromAxisX(axis, middle - half), to: fromAxisX(axis, middle + half) };
  };
}
