import { fromAxisX, toAxisX, type DayWindow } from './time-axis.ts';
import { clampWindow, type TimeScale } from './time-scale.ts';

/**
 * The window after zooming by `factor` (2 = twice as close) about the point at `anchorX` px, which stays put:
 * what the + / − keys and buttons do (anchor in the middle) and what a wheel does (anchor at the pointer).
 * @example zoomWindow(scale, 2).to - zoomWindow(scale, 2).from // about half the days, where there is no break
 */
export function zoomWindow(scale: TimeScale, factor: number, anchorX = scale.width / 2): DayWindow {
  const { axis, window } = scale;
  if (!Number.isFinite(factor) || factor <= 0) return window;
  const x0 = toAxisX(axis, window.from);
  const x1 = toAxisX(axis, window.to);
  const anchor = x0 + (anchorX / scale.width) * (x1 - x0);
  return clampWindow(axis, {
    from: fromAxisX(axis, anchor - (anchor - x0) / factor),
    to: fromAxisX(axis, anchor + (x1 - anchor) / factor),
  });
}

/** The window moved by `dx` screen px towards later time (negative: earlier), stopping at the ends. */
export function panWindow(scale: TimeScale, dx: number): DayWindow {
  const { axis, window } = scale;
  if (!Number.isFinite(dx)) return window;
  const x0 = toAxisX(axis, window.from);
  const x1 = toAxisX(axis, window.to);
  const shift = (dx / scale.width) * (x1 - x0);
  return clampWindow(axis, { from: fromAxisX(axis, x0 + shift), to: fromAxisX(axis, x1 + shift) });
}
