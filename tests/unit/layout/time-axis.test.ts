import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate } from '../../../src/lib/dates/partial-date.ts';
import { fromAxisX, layoutTimeAxis, toAxisX, type TimeAxis } from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let ranges: (readonly [number, number])[];
beforeAll(async () => {
  ranges = (await loadTimeline(LAYOUT_SITE)).events.map((event) => dayRangeOfDate(event.date));
});

describe('layoutTimeAxis()', () => {
  it('puts a break over each long empty stretch of the fixture timeline: 1989–1991 and 1994–2020', () => {
    for (const width of [320, 390, 1280, 2560]) {
      const axis = layoutTimeAxis(ranges, { width });
      const breaks = axis.pieces.filter((piece) => piece.isBreak);
      expect(breaks).toHaveLength(2);
      // The first squeezes time between the 1988 vote and the Soviet Union's end; the second the years between
      // the 1994 ceasefire and the 2020 war. Padding keeps a little time on either side of the events.
      expect(breaks[0]?.fromDay).toBeGreaterThan(day(1988, 12, 31));
      expect(breaks[0]?.toDay).toBeLessThan(day(1991, 12, 26));
      expect(breaks[1]?.fromDay).toBeGreaterThan(day(1994, 5, 12));
      expect(breaks[1]?.toDay).toBeLessThan(day(2020, 9, 27));
      for (const piece of breaks) expect(piece.toX - piece.fromX).toBeCloseTo(24, 9);
    }
  });

  it('gives the dense years from the 2020 war to 2024 over a third of the width (a linear axis: a tenth)', () => {
    const axis = layoutTimeAxis(ranges, { width: 1280 });
    const [from, to] = [day(2020, 9, 27), day(2024)];
    const share = (toAxisX(axis, to) - toAxisX(axis, from)) / 1280;
    const linearShare = (to - from) / (day(2024) - day(1988));
    expect(linearShare).toBeLessThan(0.1);
    expect(share).toBeGreaterThan(0.35);
  });

  it('keeps one rate, px per day, in every piece that is not a break', () => {
    const axis = layoutTimeAxis(ranges, { width: 1280 });
    for (const piece of axis.pieces.filter((p) => !p.isBreak)) {
      expect((piece.toX - piece.fromX) / (piece.toDay - piece.fromDay)).toBeCloseTo(axis.pxPerDay, 9);
    }
  });

  it('covers the whole width with contiguous pieces', () => {
    const axis = layoutTimeAxis(ranges, { width: 390 });
    expect(axis.pieces[0]?.fromX).toBe(0);
    expect(axis.pieces.at(-1)?.toX).toBe(390);
    axis.pieces.slice(1).forEach((piece, i) => {
      expect(piece.fromDay).toBe(axis.pieces[i]?.toDay);
      expect(piece.fromX).toBeCloseTo(axis.pieces[i]?.toX ?? NaN, 9);
    });
    expect(axis.domain).toEqual({ from: axis.pieces[0]?.fromDay, to: axis.pieces.at(-1)?.toDay });
  });

  it('stays linear where events leave no long gap', () => {
    const evenly = Array.from({ length: 50 }, (_, i) => [day(1950 + i), day(1950 + i) + 10] as const);
    const axis = layoutTimeAxis(evenly, { width: 1280 });
    expect(axis.pieces).toHaveLength(1);
    expect(axis.pieces[0]?.isBreak).toBe(false);
  });

  it('does not draw a break that would save no space', () => {
    // A two-year gap in a span of two centuries is under 5 % of it: not worth a break.
    const axis = layoutTimeAxis(
      [
        [day(1800), day(1800)],
        [day(1900), day(1900)],
        [day(1902), day(2000)],
      ],
      { width: 1280 },
    );
    const gaps = axis.pieces.filter((piece) => piece.isBreak);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.fromDay).toBeLessThan(day(1900));
  });

  it('keeps breaks to a quarter of a narrow width', () => {
    const many = Array.from({ length: 8 }, (_, i) => [day(1900 + 10 * i), day(1900 + 10 * i)] as const);
    const axis = layoutTimeAxis(many, { width: 320 });
    const breakWidth = axis.pieces
      .filter((piece) => piece.isBreak)
      .reduce((sum, piece) => sum + piece.toX - piece.fromX, 0);
    expect(breakWidth).toBeLessThanOrEqual(80 + 1e-9);
  });

  it('still has a domain with no events at all', () => {
    const axis: TimeAxis = layoutTimeAxis([], { width: 320 });
    expect(axis.domain.to).toBeGreaterThan(axis.domain.from);
    expect(toAxisX(axis, axis.domain.to)).toBe(320);
  });
});

describe('toAxisX() and fromAxisX()', () => {
  it('are inverses, inside breaks, inside pieces and beyond the ends', () => {
    const axis = layoutTimeAxis(ranges, { width: 1280 });
    for (const d of [
      day(1980),
      day(1988, 6, 1),
      day(1990),
      day(1993, 4, 30),
      day(2000),
      day(2020, 11, 10),
      day(2030),
    ]) {
      expect(fromAxisX(axis, toAxisX(axis, d))).toBeCloseTo(d, 6);
    }
  });

  it('grow with time', () => {
    const axis = layoutTimeAxis(ranges, { width: 390 });
    let last = -Infinity;
    for (let d = day(1985); d < day(2026); d += 17) {
      const x = toAxisX(axis, d);
      expect(x).toBeGreaterThan(last);
      last = x;
    }
  });
});
