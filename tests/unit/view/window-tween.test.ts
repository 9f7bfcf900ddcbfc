import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { layoutTimeAxis, toAxisX } from '../../../src/lib/layout/time-axis.ts';
import { easeCubicInOut, tweenWindow } from '../../../src/lib/view/window-tween.ts';

const day = (year: number, month = 1) => toDayNumber({ year, month, day: 1 });
const axis = layoutTimeAxis([[day(2020), day(2024)]], { width: 1000 });

describe('easeCubicInOut()', () => {
  it('starts at 0, ends at 1, passes the middle at one half, and is slow at both ends', () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.5)).toBeCloseTo(0.5, 9);
    expect(easeCubicInOut(0.1)).toBeLessThan(0.1);
    expect(easeCubicInOut(0.9)).toBeGreaterThan(0.9);
    expect(easeCubicInOut(-1)).toBe(0);
    expect(easeCubicInOut(2)).toBe(1);
  });

  it('never goes back', () => {
    let before = 0;
    for (let t = 0; t <= 1; t += 0.01) {
      expect(easeCubicInOut(t)).toBeGreaterThanOrEqual(before);
      before = easeCubicInOut(t);
    }
  });
});

describe('tweenWindow()', () => {
  const start = { from: day(2020), to: day(2024) };
  const end = { from: day(2022), to: day(2022, 3) };
  const width = (window: { from: number; to: number }) => toAxisX(axis, window.to) - toAxisX(axis, window.from);

  it('begins at the start window and ends exactly at the end window', () => {
    const tween = tweenWindow(axis, start, end);
    expect(tween(0).from).toBeCloseTo(start.from, 6);
    expect(tween(0).to).toBeCloseTo(start.to, 6);
    expect(tween(1)).toBe(end);
  });

  it('changes the log of the width evenly: halfway, the width is the geometric mean', () => {
    const half = tweenWindow(axis, start, end)(0.5);
    expect(width(half)).toBeCloseTo(Math.sqrt(width(start) * width(end)), 6);
  });

  it('moves the middle in a straight line on the axis', () => {
    const mid = (window: { from: number; to: number }) => (toAxisX(axis, window.from) + toAxisX(axis, window.to)) / 2;
    const quarter = tweenWindow(axis, start, end)(0.25);
    expect(mid(quarter)).toBeCloseTo(mid(start) + (mid(end) - mid(start)) * 0.25, 6);
  });
});
