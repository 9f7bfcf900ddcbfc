import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import {
  layoutOverviewAxis,
  layoutOverviewLabels,
  OVERVIEW_UNITS,
  overviewExtentOf,
  overviewPositions,
  windowOfOverviewExtent,
} from '../../../src/lib/layout/overview-axis.ts';
import type { TimeAxis } from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let timeline: Timeline;
let axis: TimeAxis;
beforeAll(async () => {
  timeline = await loadTimeline(LAYOUT_SITE);
  axis = layoutOverviewAxis(timeline.events);
});

describe('the overview axis', () => {
  it('is the timeline axis with its breaks, over a fixed number of units', () => {
    expect(axis.width).toBe(OVERVIEW_UNITS);
    expect(axis.pieces.filter((piece) => piece.isBreak)).toHaveLength(2);
  });

  it('places every event inside the strip', () => {
    const positions = overviewPositions(axis, timeline.events);
    expect(positions).toHaveLength(timeline.events.length);
    for (const x of positions) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(OVERVIEW_UNITS);
    }
  });

  it('maps a window to the strip and back', () => {
    const window = { from: day(2021), to: day(2023) };
    const [from, to] = overviewExtentOf(axis, window);
    const back = windowOfOverviewExtent(axis, from, to);
    expect(back.from).toBeCloseTo(window.from, 6);
    expect(back.to).toBeCloseTo(window.to, 6);
    // Dragged right to left is the same window.
    expect(windowOfOverviewExtent(axis, to, from)).toEqual(back);
  });

  it('keeps a window wider than the range inside the strip', () => {
    expect(overviewExtentOf(axis, { from: day(1900), to: day(2100) })).toEqual([0, OVERVIEW_UNITS]);
  });

  it('labels the first year of each stretch between breaks, never two too close', () => {
    const labels = layoutOverviewLabels(axis);
    expect(labels.map((label) => label.text)).toEqual(['1988', '1992', '2021']);
    for (let i = 1; i < labels.length; i += 1) expect(labels[i]!.x - labels[i - 1]!.x).toBeGreaterThanOrEqual(120);
  });
});
