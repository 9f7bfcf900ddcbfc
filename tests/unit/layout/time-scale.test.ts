import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate } from '../../../src/lib/dates/partial-date.ts';
import {
  clampWindow,
  createTimeScale,
  layoutTimeAxis,
  panWindow,
  toAxisX,
  zoomWindow,
  MIN_WINDOW_DAYS,
  ZOOM_OUT_MARGIN,
  type TimeAxis,
} from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let axis: TimeAxis;
beforeAll(async () => {
  const { events } = await loadTimeline(LAYOUT_SITE);
  axis = layoutTimeAxis(
    events.map((event) => dayRangeOfDate(event.date)),
    { width: 1280 },
  );
});

describe('createTimeScale()', () => {
  it('maps the window ends to 0 and the width', () => {
    for (const window of [
      undefined,
      { from: day(2020), to: day(2024) },
      { from: day(1990), to: day(2021, 6, 1) },
      { from: day(2023, 6, 1), to: day(2023, 7, 1) },
    ]) {
      const scale = createTimeScale(axis, window);
      expect(scale.x(scale.window.from)).toBeCloseTo(0, 6);
      expect(scale.x(scale.window.to)).toBeCloseTo(1280, 6);
      expect(scale.day(0)).toBeCloseTo(scale.window.from, 6);
      expect(scale.day(1280)).toBeCloseTo(scale.window.to, 6);
    }
  });

  it('shows the whole domain without a window', () => {
    expect(createTimeScale(axis).window).toEqual(axis.domain);
  });

  it('zooms linearly in axis x: a window of 2020–2023 scales px per day by the zoom', () => {
    const scale = createTimeScale(axis, { from: day(2020, 9, 27), to: day(2024) });
    const zoom = 1280 / (toAxisX(axis, day(2024)) - toAxisX(axis, day(2020, 9, 27)));
    expect(scale.pxPerDay).toBeCloseTo(axis.pxPerDay * zoom, 9);
  });

  it('reports the breaks in view, in px', () => {
    expect(createTimeScale(axis).breaks).toHaveLength(2);
    expect(createTimeScale(axis, { from: day(2020), to: day(2024) }).breaks).toHaveLength(1);
    expect(createTimeScale(axis, { from: day(2021), to: day(2024) }).breaks).toHaveLength(0);
  });
});

describe('clampWindow()', () => {
  it('leaves an allowed window exactly as it is', () => {
    const window = { from: day(2020, 1, 1), to: day(2023, 12, 31) + 1 };
    expect(clampWindow(axis, window)).toBe(window);
  });

  it('never zooms in further than a day', () => {
    const window = clampWindow(axis, { from: day(2023, 6, 22) + 0.4, to: day(2023, 6, 22) + 0.5 });
    expect(window.to - window.from).toBeCloseTo(MIN_WINDOW_DAYS, 6);
    expect((window.from + window.to) / 2).toBeCloseTo(day(2023, 6, 22) + 0.45, 6);
  });

  it('never zooms out further than the whole range plus the margin, and keeps the window over it', () => {
    const wide = clampWindow(axis, { from: day(1000), to: day(3000) });
    expect(toAxisX(axis, wide.from)).toBeCloseTo(-ZOOM_OUT_MARGIN * 1280, 6);
    expect(toAxisX(axis, wide.to)).toBeCloseTo((1 + ZOOM_OUT_MARGIN) * 1280, 6);
    const late = clampWindow(axis, { from: day(2030), to: day(2031) });
    expect(toAxisX(axis, late.to)).toBeCloseTo((1 + ZOOM_OUT_MARGIN) * 1280, 6);
    expect(late.to - late.from).toBeCloseTo(day(2031) - day(2030), 6);
  });

  it('turns a nonsensical window into the full view', () => {
    expect(clampWindow(axis, { from: Number.NaN, to: day(2020) })).toEqual(axis.domain);
    expect(clampWindow(axis, { from: day(2021), to: day(2020) })).toEqual(axis.domain);
    expect(clampWindow(axis, { from: -Infinity, to: Infinity })).toEqual(axis.domain);
  });
});

describe('zoomWindow() and panWindow()', () => {
  it('zoom about an anchor that stays put', () => {
    const scale = createTimeScale(axis, { from: day(2020), to: day(2024) });
    const anchorDay = scale.day(300);
    const zoomed = createTimeScale(axis, zoomWindow(scale, 2, 300));
    expect(zoomed.x(anchorDay)).toBeCloseTo(300, 6);
    expect(zoomed.pxPerDay).toBeCloseTo(scale.pxPerDay * 2, 6);
  });

  it('zoom out and back in to the same window', () => {
    const scale = createTimeScale(axis, { from: day(2021), to: day(2022) });
    const back = zoomWindow(createTimeScale(axis, zoomWindow(scale, 0.5)), 2);
    expect(back.from).toBeCloseTo(day(2021), 6);
    expect(back.to).toBeCloseTo(day(2022), 6);
  });

  it('ignore a nonsensical factor or shift', () => {
    const scale = createTimeScale(axis, { from: day(2021), to: day(2022) });
    expect(zoomWindow(scale, 0)).toBe(scale.window);
    expect(zoomWindow(scale, Number.NaN)).toBe(scale.window);
    expect(panWindow(scale, Number.POSITIVE_INFINITY)).toBe(scale.window);
  });

  it('pan by screen px, and stop at the ends without changing the zoom', () => {
    const scale = createTimeScale(axis, { from: day(2021), to: day(2022) });
    const moved = createTimeScale(axis, panWindow(scale, 128));
    expect(moved.x(scale.day(128))).toBeCloseTo(0, 6);
    const far = createTimeScale(axis, panWindow(scale, 1e9));
    expect(far.pxPerDay).toBeCloseTo(scale.pxPerDay, 6);
    expect(toAxisX(axis, far.window.to)).toBeCloseTo((1 + ZOOM_OUT_MARGIN) * 1280, 6);
  });
});
