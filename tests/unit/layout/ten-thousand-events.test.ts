import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate, type PartialDate, type TimelineDate } from '../../../src/lib/dates/partial-date.ts';
import {
  createCharWidthMeasure,
  createTimeScale,
  layoutTimeAxis,
  layoutTimeline,
  placeEvents,
  type DayWindow,
  type LayoutEvent,
} from '../../../src/lib/layout/index.ts';
import type { EventId, Lane } from '../../../src/lib/timeline-model.ts';
import { appearancesOf, boxesOf, expectedIdsOf, overlapsOf, seededRandom } from './layout-invariants.ts';

const LANES: Lane[] = ['military', 'diplomacy', 'politics', 'humanitarian'].map((id) => ({
  id,
  label: id,
  colour: '#333',
}));

function partial(year: number, month?: number, dayOfMonth?: number): PartialDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  const edtf = [
    String(year),
    ...(month === undefined ? [] : [pad(month)]),
    ...(dayOfMonth === undefined ? [] : [pad(dayOfMonth)]),
  ].join('-');
  const precision = dayOfMonth !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    kind: 'date',
    edtf,
    precision,
    year,
    ...(month === undefined ? {} : { month }),
    ...(dayOfMonth === undefined ? {} : { day: dayOfMonth }),
    approximate: false,
    uncertain: false,
  };
}

// 10,000 events over 1900–2024 in four lanes: mostly days, some months and years, a fifth of them spans of up to
// three years, titles of 10 to 90 characters; several events share days, as real ones do.
function syntheticEvents(count: number): LayoutEvent[] {
  const random = seededRandom(20240101);
  const words = [
    'ceasefire',
    'talks',
    'offensive',
    'statement',
    'convoy',
    'summit',
    'resolution',
    'border',
    'road',
    'agreement',
  ];
  const events: LayoutEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = 1900 + Math.floor(random() * 125);
    const month = 1 + Math.floor(random() * 12);
    const dayOfMonth = 1 + Math.floor(random() * 28);
    const precision = random();
    const start =
      precision < 0.8 ? partial(year, month, dayOfMonth) : precision < 0.95 ? partial(year, month) : partial(year);
    let date: TimelineDate = start;
    if (random() < 0.2) {
      const end = partial(year + Math.floor(random() * 3), 12, 31);
      date = { kind: 'interval', edtf: `${start.edtf}/${end.edtf}`, start, end };
    }
    let title = `Event ${i}`;
    const length = 10 + Math.floor(random() * 80);
    while (title.length < length) title += ` ${words[Math.floor(random() * words.length)] ?? 'x'}`;
    events.push({ id: `synthetic-${i}` as EventId, title, date, lane: LANES[i % LANES.length]?.id ?? 'military' });
  }
  return events;
}

const events = syntheticEvents(10_000);
const day = (year: number, month: number, dayOfMonth: number) => toDayNumber({ year, month, day: dayOfMonth });
const WINDOWS: Record<string, DayWindow | undefined> = {
  'the default view': undefined,
  '1990–1999': { from: day(1990, 1, 1), to: day(2000, 1, 1) },
  'March 1950': { from: day(1950, 3, 1), to: day(1950, 4, 1) },
};

describe('layoutTimeline() with 10,000 synthetic events', () => {
  for (const [name, window] of Object.entries(WINDOWS)) {
    for (const width of [320, 1280, 2560]) {
      it(`never lets labels or marks overlap, and shows every event once, in ${name} at ${width} px`, () => {
        const layout = layoutTimeline(events, LANES, { width, ...(window === undefined ? {} : { window }) });
        expect(overlapsOf(boxesOf(layout))).toEqual([]);
        const counts = appearancesOf(layout);
        expect([...counts.keys()].sort()).toEqual(expectedIdsOf(events, layout));
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
        for (const mark of layout.marks) {
          expect(mark.label.x).toBeGreaterThanOrEqual(0);
          expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  it('clusters the events it cannot label into "+N" bins, not one long pill', () => {
    const layout = layoutTimeline(events, LANES, { width: 1280, maxRowsPerLane: 4 });
    const clusters = layout.marks.filter((mark) => mark.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(4 * 10);
    for (const cluster of clusters) expect(cluster.x2 - cluster.x).toBeLessThanOrEqual(80);
    expect(overlapsOf(boxesOf(layout))).toEqual([]);
  });

  it('never lets labels or marks overlap with right-to-left titles either (labelled from the left of their dots)', () => {
    for (const width of [320, 1280]) {
      const layout = layoutTimeline(events, LANES, { width, textDirection: 'rtl' });
      expect(overlapsOf(boxesOf(layout))).toEqual([]);
      expect([...appearancesOf(layout).values()].every((count) => count === 1)).toBe(true);
    }
  });

  it('never uses more rows per lane than allowed', () => {
    const layout = layoutTimeline(events, LANES, { width: 1280, maxRowsPerLane: 5 });
    // Five rows of labelled events and one of clusters.
    for (const lane of layout.lanes) expect(lane.rows).toBeLessThanOrEqual(6);
  });

  it('places every event the same with and without the quick per-pixel checks, for titles of either direction', () => {
    const dated = events.map((event) => ({ event, days: dayRangeOfDate(event.date) }));
    const measureText = createCharWidthMeasure();
    for (const width of [320, 1280]) {
      const axis = layoutTimeAxis(
        dated.map(({ days }) => days),
        { width },
      );
      for (const window of Object.values(WINDOWS)) {
        const scale = createTimeScale(axis, window);
        for (const textDirection of ['ltr', 'rtl'] as const) {
          const place = (quickChecks: boolean) =>
            placeEvents(dated, LANES, scale, {
              measureText,
              maxRowsPerLane: 6,
              maxLabelWidth: 560,
              quickChecks,
              textDirection,
            });
          expect(place(true)).toEqual(place(false));
        }
      }
    }
  });

  it('lays out the same from one frame to the next as from scratch, though it reuses its rows and lists', () => {
    // The browser lays out one events array every frame; the lane's rows and cluster lists are kept between calls.
    const sequence = [...Object.values(WINDOWS), WINDOWS['1990–1999'], undefined];
    const reused = sequence.map((window) =>
      layoutTimeline(events, LANES, { width: 1280, ...(window === undefined ? {} : { window }) }),
    );
    const fresh = sequence.map((window) =>
      layoutTimeline([...events], LANES, { width: 1280, ...(window === undefined ? {} : { window }) }),
    );
    expect(reused).toEqual(fresh);
  });
});
