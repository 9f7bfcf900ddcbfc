import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { fromAxisX, layoutTimeAxis, toAxisX } from '../../../src/lib/layout/time-axis.ts';
import { transformOfWindow, windowOfTransform, zoomLimitsOf } from '../../../src/lib/view/zoom-transform.ts';

const day = (year: number, month = 1) => toDayNumber({ year, month, day: 1 });
// Two busy stretches with a long empty one between: the axis has a break.
const axis = layoutTimeAxis(
  [
    [day(1990), day(1991)],
    [day(2020), day(2023)],
  ],
  { width: 1000 },
);

describe('transformOfWindow() and windowOfTransform()', () => {
  it('gives the identity for the full view', () => {
    const { k, x } = transformOfWindow(axis, 1000, axis.domain);
    expect(k).toBeCloseTo(1, 9);
    expect(x).toBeCloseTo(0, 9);
  });

  it('doubles the scale for a window half as wide on the axis, shifted to its start', () => {
    const x0 = toAxisX(axis, day(2020));
    const window = { from: day(2020), to: fromAxisX(axis, x0 + 500) };
    const transform = transformOfWindow(axis, 1000, window);
    expect(transform.k).toBeCloseTo(2, 9);
    expect(transform.x).toBeCloseTo(-x0 * 2, 9);
  });

  it('round-trips a window through its transform, across a break and inside a piece', () => {
    for (const window of [
      { from: day(1990, 6), to: day(2021, 3) },
      { from: day(2021), to: day(2021, 2) },
    ]) {
      const back = windowOfTransform(axis, 1000, transformOfWindow(axis, 1000, window));
      expect(back.from).toBeCloseTo(window.from, 6);
      expect(back.to).toBeCloseTo(window.to, 6);
    }
  });

  it('never divides by zero for an empty window', () => {
    const { k } = transformOfWindow(axis, 1000, { from: day(2021), to: day(2021) });
    expect(Number.isFinite(k)).toBe(true);
  });
});

describe('zoomLimitsOf()', () => {
  it('lets the reader zoom out to the full view and its margins, and in to a day', () => {
    const { scaleExtent, translateExtent } = zoomLimitsOf(axis, 1000);
    expect(scaleExtent[0]).toBeCloseTo(1 / 1.1, 9);
    // At the closest zoom, one day fills the width.
    expect(scaleExtent[1] * axis.pxPerDay).toBeCloseTo(1000, 6);
    expect(translateExtent).toEqual([-50, 1050]);
  });
});
