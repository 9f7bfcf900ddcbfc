import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate } from '../../../src/lib/dates/partial-date.ts';
import {
  createTimeScale,
  layoutAxisTicks,
  layoutTimeAxis,
  type AxisTick,
  type DayWindow,
  type TimeScale,
} from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let ranges: (readonly [number, number])[];
beforeAll(async () => {
  ranges = (await loadTimeline(LAYOUT_SITE)).events.map((event) => dayRangeOfDate(event.date));
});
const scaleAt = (width: number, window?: DayWindow): TimeScale =>
  createTimeScale(layoutTimeAxis(ranges, { width }), window);

const WINDOWS: Record<string, DayWindow | undefined> = {
  'the default view': undefined,
  '2020–2023': { from: day(2020), to: day(2024) },
  'a year': { from: day(2023), to: day(2024) },
  'June 2023': { from: day(2023, 6, 1), to: day(2023, 7, 1) },
  'a week': { from: day(2023, 9, 17), to: day(2023, 9, 24) },
  'a day': { from: day(2023, 9, 19), to: day(2023, 9, 20) },
  'the years of the second break': { from: day(1994), to: day(2021) },
};

describe(`layoutAxisTicks() [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  for (const [name, window] of Object.entries(WINDOWS)) {
    for (const width of [320, 390, 1280, 2560]) {
      it(`never lets tick labels overlap each other, a break or the edges, in ${name} at ${width} px`, () => {
        const scale = scaleAt(width, window);
        const ticks = layoutAxisTicks(scale);
        expect(ticks.length).toBeGreaterThan(0);
        ticks.slice(1).forEach((tick, i) => {
          const before = ticks[i] as AxisTick;
          expect(before.labelX + before.labelWidth).toBeLessThanOrEqual(tick.labelX);
        });
        for (const tick of ticks) {
          expect(tick.x).toBeGreaterThanOrEqual(0);
          expect(tick.labelX + tick.labelWidth).toBeLessThanOrEqual(width);
          for (const gap of scale.breaks) {
            // Neither the tick nor its label may sit in a break.
            expect(tick.x >= gap.x2 - 1e-9 || tick.labelX + tick.labelWidth <= gap.x + 1e-9).toBe(true);
          }
        }
      });
    }
  }

  it('marks years in the default view, months when zoomed to a few years, days in a month', () => {
    expect(new Set(layoutAxisTicks(scaleAt(1280)).map((tick) => tick.unit))).toEqual(new Set(['month']));
    expect(new Set(layoutAxisTicks(scaleAt(390)).map((tick) => tick.unit))).toEqual(new Set(['year']));
    expect(new Set(layoutAxisTicks(scaleAt(1280, WINDOWS['2020–2023'])).map((tick) => tick.unit))).toEqual(
      new Set(['month']),
    );
    expect(new Set(layoutAxisTicks(scaleAt(390, WINDOWS['June 2023'])).map((tick) => tick.unit))).toEqual(
      new Set(['day']),
    );
  });

  it('labels the first tick after the left edge and each break with its year', () => {
    const labels = layoutAxisTicks(scaleAt(2560)).map((tick) => tick.label);
    expect(labels.slice(0, 3)).toEqual(['Oct 1987', '1988', 'Apr']);
    expect(labels).toContain('Oct 1991');
    expect(labels).toContain('Jul 2020');
  });

  it('puts day ticks on the right calendar day in every time zone', () => {
    const ticks = layoutAxisTicks(scaleAt(1280, { from: day(2020, 11, 8), to: day(2020, 11, 15) }));
    expect(ticks.map((tick) => tick.label)).toEqual(['8 Nov 2020', '9', '10', '11', '12', '13', '14']);
    const tenth = ticks.find((tick) => tick.label === '10');
    expect(tenth?.day).toBe(day(2020, 11, 10));
  });

  it('shortens yearly labels to ’93 rather than skipping years where full years do not fit', () => {
    // At 320 px the default view has about 31 px a year: too little for "1993" but enough for "’93".
    expect(layoutAxisTicks(scaleAt(320)).map((tick) => tick.label)).toEqual(['1988', '1992', '’94', '2021', '’23']);
  });

  it('uses a measure it is given', () => {
    const ticks = layoutAxisTicks(scaleAt(1280), { measureText: (text) => text.length * 100 });
    expect(ticks.every((tick) => tick.labelWidth === tick.label.length * 100)).toBe(true);
  });
});
