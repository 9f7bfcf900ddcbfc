import { beforeAll, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { layoutTimeline, type DayWindow, type TimelineLayout } from '../../../src/lib/layout/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { LAYOUT_SITE } from '../layout-site.ts';
import type { EventId, Timeline } from '../../../src/lib/timeline-model.ts';
import { appearancesOf, boxesOf, expectedIdsOf, overlapsOf } from './layout-invariants.ts';

const day = (year: number, month: number, dayOfMonth: number) => toDayNumber({ year, month, day: dayOfMonth });
const WIDTHS = [320, 390, 1280, 2560];
const WINDOWS: Record<string, DayWindow | undefined> = {
  'the default view': undefined,
  '2020–2023': { from: day(2020, 1, 1), to: day(2024, 1, 1) },
  'June 2023': { from: day(2023, 6, 1), to: day(2023, 7, 1) },
};

let timeline: Timeline;
beforeAll(async () => {
  timeline = await loadTimeline(LAYOUT_SITE);
});

const layoutAt = (width: number, window?: DayWindow): TimelineLayout =>
  layoutTimeline(timeline.events, timeline.config.lanes, { width, ...(window === undefined ? {} : { window }) });

describe(`layoutTimeline() on the layout fixture (37 events in the first edition's shape) [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  for (const [name, window] of Object.entries(WINDOWS)) {
    for (const width of WIDTHS) {
      it(`never lets a label overlap another label or mark, in ${name} at ${width} px`, () => {
        expect(overlapsOf(boxesOf(layoutAt(width, window)))).toEqual([]);
      });

      it(`shows every event in ${name} at ${width} px once, labelled or in a cluster`, () => {
        const layout = layoutAt(width, window);
        const counts = appearancesOf(layout);
        expect([...counts.keys()].sort()).toEqual(expectedIdsOf(timeline.events, layout));
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
      });

      it(`keeps every label inside the width and every mark inside its lane, in ${name} at ${width} px`, () => {
        const layout = layoutAt(width, window);
        for (const mark of layout.marks) {
          expect(mark.label.x).toBeGreaterThanOrEqual(0);
          expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width);
          const lane = layout.lanes.find((band) => band.id === mark.laneId);
          expect(lane).toBeDefined();
          expect(mark.label.y).toBeGreaterThanOrEqual(lane?.y ?? NaN);
          expect(mark.label.y + mark.label.height).toBeLessThanOrEqual((lane?.y ?? NaN) + (lane?.height ?? NaN));
        }
        expect(layout.height).toBe(layout.lanes.reduce((sum, lane) => sum + lane.height, layout.axis.height));
      });
    }
  }

  for (const width of [1280, 390]) {
    it(`gives each of the ${37} events its own label in the default view at ${width} px`, () => {
      const layout = layoutAt(width);
      expect(layout.marks.filter((mark) => mark.kind === 'cluster')).toEqual([]);
      expect(layout.marks).toHaveLength(timeline.events.length);
      expect(timeline.events).toHaveLength(37);
    });
  }

  it('shows whole titles at 1280 px, and at 390 px shortens only those wider than the screen', () => {
    expect(layoutAt(1280).marks.filter((mark) => mark.label.truncated)).toEqual([]);
    for (const mark of layoutAt(390).marks) {
      if (mark.kind === 'cluster') continue;
      if (mark.label.truncated) expect(mark.label.width).toBeGreaterThan(200);
      else expect(mark.label.text).toBe(mark.title);
    }
  });

  it('draws dated events as points and spans as bars, a bar from its first day to the end of its last', () => {
    const layout = layoutAt(1280, WINDOWS['2020–2023']);
    const war = layout.marks.find((mark) => mark.kind !== 'cluster' && mark.eventId === 'e06-military-2020-09-27');
    const ceasefire = layout.marks.find(
      (mark) => mark.kind !== 'cluster' && mark.eventId === 'e10-diplomacy-2020-11-10',
    );
    expect(war?.kind).toBe('bar');
    expect(ceasefire?.kind).toBe('point');
    if (war?.kind !== 'bar' || ceasefire?.kind !== 'point') return;
    // 27 September to the end of 10 November: 45 days; the ceasefire's dot is in the middle of 10 November.
    expect((war.x2 - war.x) / layout.pxPerDay).toBeCloseTo(45, 6);
    expect(ceasefire.x).toBeCloseTo(war.x2 - layout.pxPerDay / 2, 6);
  });

  it('lists marks in time order, which is the reading and tab order', () => {
    const starts = layoutAt(1280).marks.map((mark) => mark.days[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('leaves hidden lanes out but keeps the axis, so filtering does not move time', () => {
    const all = layoutAt(1280);
    const some = layoutTimeline(timeline.events, timeline.config.lanes, {
      width: 1280,
      hiddenLanes: ['military', 'politics'],
    });
    expect(some.lanes.map((lane) => lane.id)).toEqual(['diplomacy', 'humanitarian']);
    expect(some.marks.every((mark) => mark.laneId === 'diplomacy' || mark.laneId === 'humanitarian')).toBe(true);
    expect(some.breaks).toEqual(all.breaks);
    expect(some.ticks).toEqual(all.ticks);
  });

  it('clusters what does not fit in the rows allowed, each cluster opening onto a narrower window', () => {
    const layout = layoutTimeline(timeline.events, timeline.config.lanes, { width: 390, maxRowsPerLane: 2 });
    const clusters = layout.marks.filter((mark) => mark.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    expect(overlapsOf(boxesOf(layout))).toEqual([]);
    for (const cluster of clusters) {
      expect(cluster.label.text).toBe(`+${cluster.eventIds.length}`);
      const expanded = layoutTimeline(timeline.events, timeline.config.lanes, {
        width: 390,
        maxRowsPerLane: 2,
        window: cluster.expandWindow,
      });
      expect(expanded.window.to - expanded.window.from).toBeLessThan(layout.window.to - layout.window.from);
    }
  });

  it('labels pinned events first, so a selected event is not lost in a cluster', () => {
    const crowded = { width: 390, maxRowsPerLane: 1 } as const;
    const id = 'e36-diplomacy-2023-11-06';
    const inCluster = (layout: TimelineLayout) =>
      layout.marks.some((m) => m.kind === 'cluster' && m.eventIds.includes(id as EventId));
    expect(inCluster(layoutTimeline(timeline.events, timeline.config.lanes, crowded))).toBe(true);
    const pinned = layoutTimeline(timeline.events, timeline.config.lanes, { ...crowded, pinnedEventIds: [id] });
    expect(inCluster(pinned)).toBe(false);
    expect(pinned.marks.find((mark) => mark.kind !== 'cluster' && mark.eventId === id)?.label.text).toMatch(
      /^Budget talks south summer/,
    );
  });

  it('would notice an overlap: the check finds a label moved onto another', () => {
    const layout = layoutAt(1280);
    const [first, second] = layout.marks;
    if (first === undefined || second === undefined) throw new Error('expected marks');
    const moved = { ...second, label: { ...second.label, x: first.label.x + 5, y: first.label.y + 3 } };
    expect(overlapsOf(boxesOf({ ...layout, marks: [first, moved] }))).not.toEqual([]);
  });

  it('is deterministic: the same input gives the same layout', () => {
    expect(layoutAt(390)).toEqual(layoutAt(390));
  });

  it('lays out the fixture site, whose lanes and dates differ', async () => {
    const small = await loadTimeline('tests/fixtures/small-site');
    const layout = layoutTimeline(small.events, small.config.lanes, { width: 390 });
    expect(layout.lanes.map((lane) => lane.id)).toEqual(['works', 'council']);
    expect(appearancesOf(layout).size).toBe(small.events.length);
    expect(overlapsOf(boxesOf(layout))).toEqual([]);
  });

  it('raises a zero or nonsensical width to the narrowest layout instead of failing', () => {
    expect(layoutTimeline(timeline.events, timeline.config.lanes, { width: 0 }).width).toBe(240);
    expect(layoutTimeline(timeline.events, timeline.config.lanes, { width: Number.NaN }).width).toBe(240);
  });
});

describe('layoutTimeline() caches', () => {
  it('gives the same layout with warm caches as with cold ones, through zooms and pins', async () => {
    const { events, config } = await loadTimeline(LAYOUT_SITE);
    const windows: (DayWindow | undefined)[] = [
      undefined,
      { from: day(2020, 1, 1), to: day(2024, 1, 1) },
      { from: day(2023, 6, 1), to: day(2023, 7, 1) },
    ];
    for (const window of windows) {
      for (const width of [390, 1280]) {
        const options = {
          width,
          pinnedEventIds: ['e36-diplomacy-2023-11-06'],
          ...(window === undefined ? {} : { window }),
        };
        const warm = layoutTimeline(events, config.lanes, options);
        expect(layoutTimeline(events, config.lanes, options)).toEqual(warm);
        expect(layoutTimeline([...events], config.lanes, options)).toEqual(warm);
      }
    }
  });
});

// Right to left: time still runs left to right (README, "Right-to-left languages"), so the layout is the same
// function of the titles' widths; these cases lay out Arabic titles, some with digits, at a phone's and a desk's width.
describe('layoutTimeline() on the Arabic fixture (a right-to-left edition)', () => {
  let arabic: Timeline;
  beforeAll(async () => {
    arabic = await loadTimeline('tests/fixtures/arabic-site');
  });
  const arabicAt = (width: number, window?: DayWindow) =>
    layoutTimeline(arabic.events, arabic.config.lanes, {
      width,
      textDirection: 'rtl',
      ...(window === undefined ? {} : { window }),
    });
  const ARABIC_WINDOWS: Record<string, DayWindow | undefined> = {
    'the default view': undefined,
    '2021–2022': { from: day(2021, 1, 1), to: day(2023, 1, 1) },
    'June 2022': { from: day(2022, 6, 1), to: day(2022, 7, 1) },
  };
  for (const [name, window] of Object.entries(ARABIC_WINDOWS)) {
    for (const width of [320, 390, 1280]) {
      it(`never lets a label overlap another label or mark, and shows each event once, in ${name} at ${width} px`, () => {
        const layout = arabicAt(width, window);
        expect(overlapsOf(boxesOf(layout))).toEqual([]);
        const counts = appearancesOf(layout);
        expect([...counts.keys()].sort()).toEqual(expectedIdsOf(arabic.events, layout));
        expect([...counts.values()].every((count) => count === 1)).toBe(true);
        for (const mark of layout.marks) {
          expect(mark.label.x).toBeGreaterThanOrEqual(0);
          expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  it('labels a right-to-left title on the left of its dot where both sides have room, so that it starts there', () => {
    const side = (direction: 'ltr' | 'rtl') => {
      const layout = layoutTimeline(arabic.events, arabic.config.lanes, { width: 1280, textDirection: direction });
      const mark = layout.marks.find((candidate) => candidate.kind === 'point' && candidate.eventId === 'council-vote');
      if (mark?.kind !== 'point') throw new Error('council-vote is not a labelled point at 1280 px');
      return mark.label.x + mark.label.width <= mark.x - mark.r
        ? 'left'
        : mark.label.x >= mark.x + mark.r
          ? 'right'
          : '?';
    };
    expect(side('rtl')).toBe('left');
    expect(side('ltr')).toBe('right');
    for (const direction of ['ltr', 'rtl'] as const) {
      const layout = layoutTimeline(arabic.events, arabic.config.lanes, { width: 390, textDirection: direction });
      expect(overlapsOf(boxesOf(layout))).toEqual([]);
    }
  });

  it('puts earlier events to the left of later ones, as in a left-to-right edition', () => {
    const marks = arabicAt(1280).marks.filter((mark) => mark.kind === 'point');
    const x = (id: string) => marks.find((mark) => mark.kind === 'point' && mark.eventId === id)?.x ?? NaN;
    expect(x('works-begin')).toBeLessThan(x('council-vote'));
    expect(x('council-vote')).toBeLessThan(x('bridge-opens'));
  });
});
