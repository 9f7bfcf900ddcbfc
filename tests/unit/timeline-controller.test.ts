import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/lib/dates/calendar-day.ts';
import { formatTimelineDate } from '../../src/lib/dates/index.ts';
import { DEFAULT_VIEW_PARAMS, parseViewParams, serializeViewParams } from '../../src/lib/embed/view-params.ts';
import { MIN_WINDOW_DAYS, toAxisX, ZOOM_OUT_MARGIN } from '../../src/lib/layout/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { LAYOUT_SITE } from './layout-site.ts';
import { TimelineController, type TimelineChange } from '../../src/lib/timeline-controller.ts';
import { toClientTimeline, type ClientTimeline } from '../../src/lib/timeline-payload.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
let client: ClientTimeline;
let controller: TimelineController;
let changes: TimelineChange[];

beforeAll(async () => {
  const timeline = await loadTimeline(LAYOUT_SITE);
  client = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate);
});
beforeEach(() => {
  controller = new TimelineController(client, { width: 1000 });
  changes = [];
  controller.subscribe((change) => changes.push(change));
});

const allowed = () => ({
  eventIds: new Set(client.events.map((event) => event.id)),
  laneIds: client.lanes.map((lane) => lane.id),
  domain: controller.axis.domain,
});
const days = () => controller.window.to - controller.window.from;

describe('TimelineController: the window', () => {
  it('opens on the full view and lays out every event', () => {
    expect(controller.state.window).toBeUndefined();
    expect(controller.window).toEqual(controller.axis.domain);
    expect(controller.layout.marks).toHaveLength(client.events.length);
  });

  it('lays out another window without showing it', () => {
    const window = { from: day(2020), to: day(2021) };
    const layout = controller.layoutOf(window);
    expect(controller.state.window).toBeUndefined();
    expect(changes).toEqual([]);
    controller.setWindow(window);
    expect(controller.layout).toEqual(layout);
  });

  it('zooms in and out about a point that stays put, and resets', () => {
    // Inside one piece of the axis, where days and px are in proportion.
    controller.setWindow({ from: day(2021), to: day(2023) });
    const before = days();
    controller.zoomBy(2);
    expect(days()).toBeCloseTo(before / 2, 6);
    const anchorDay = controller.scale.day(250);
    controller.zoomBy(2, 250);
    expect(controller.scale.day(250)).toBeCloseTo(anchorDay, 6);
    controller.resetZoom();
    expect(controller.state.window).toBeUndefined();
    expect(changes.every((change) => change.window && !change.selection && !change.filters)).toBe(true);
  });

  it('never zooms in further than a day, nor out further than the whole range plus its margin', () => {
    for (let i = 0; i < 40; i += 1) controller.zoomBy(4);
    expect(days()).toBeGreaterThanOrEqual(MIN_WINDOW_DAYS - 1e-6);
    expect(days()).toBeLessThan(MIN_WINDOW_DAYS + 1e-6);
    controller.resetZoom();
    controller.zoomBy(0.25);
    controller.zoomBy(0.25);
    // Zoomed out: the whole range plus the margin each side, and no further.
    const { window } = controller;
    expect(window.from).toBeLessThan(controller.axis.domain.from);
    expect(controller.scale.x(controller.axis.domain.from)).toBeCloseTo(
      (ZOOM_OUT_MARGIN / (1 + 2 * ZOOM_OUT_MARGIN)) * 1000,
      3,
    );
  });

  it('pans towards later and earlier time, stopping at the ends', () => {
    controller.setWindow({ from: day(2021), to: day(2022) });
    const from = controller.window.from;
    controller.panBy(100);
    expect(controller.window.from).toBeGreaterThan(from);
    for (let i = 0; i < 200; i += 1) controller.panBy(-1000);
    // At the left end: the window starts the margin before the whole range, and no earlier.
    expect(toAxisX(controller.axis, controller.window.from)).toBeCloseTo(-ZOOM_OUT_MARGIN * 1000, 6);
    expect(days()).toBeCloseTo(365, 0);
  });

  it('keeps the window in days when the width changes', () => {
    controller.setWindow({ from: day(2021), to: day(2022) });
    const before = controller.window;
    controller.setWidth(390);
    expect(controller.width).toBe(390);
    expect(controller.window.from).toBeCloseTo(before.from, 6);
    expect(controller.window.to).toBeCloseTo(before.to, 6);
  });

  it('ignores nonsensical windows and widths', () => {
    controller.setWindow({ from: Number.NaN, to: 5 });
    expect(controller.state.window).toBeUndefined();
    controller.setWidth(Number.NaN);
    expect(controller.width).toBe(240);
  });
});

describe('TimelineController: selection', () => {
  it('selects an event, pins it and steps through events in time order', () => {
    expect(controller.select('e10-diplomacy-2020-11-10')).toBe(true);
    expect(controller.state.selectedId).toBe('e10-diplomacy-2020-11-10');
    const index = client.events.findIndex((event) => event.id === 'e10-diplomacy-2020-11-10');
    expect(controller.positionOf()).toEqual({ index: index + 1, count: client.events.length });
    expect(controller.step(1)).toBe(true);
    expect(controller.state.selectedId).toBe(client.events[index + 1]?.id);
    expect(controller.step(-1)).toBe(true);
    expect(controller.step(-1)).toBe(true);
    expect(controller.state.selectedId).toBe(client.events[index - 1]?.id);
    expect(changes.filter((change) => change.selection)).toHaveLength(4);
  });

  it('stops at the first and last event', () => {
    controller.select(client.events[0]!.id);
    expect(controller.step(-1)).toBe(false);
    controller.select(client.events.at(-1)!.id);
    expect(controller.step(1)).toBe(false);
    expect(controller.neighbour(1)).toBeUndefined();
  });

  it('brings a selected event into a zoomed window, and leaves the full view alone', () => {
    controller.select('e01-politics-1988');
    expect(controller.state.window).toBeUndefined();
    controller.setWindow({ from: day(2023, 6), to: day(2023, 7) });
    controller.select('e10-diplomacy-2020-11-10');
    const x = controller.scale.x(day(2020, 11, 10) + 0.5);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(controller.width);
    expect(days()).toBeCloseTo(30, 0);
  });

  it('refuses unknown events and clears with undefined', () => {
    expect(controller.select('no-such-event')).toBe(false);
    controller.select('e10-diplomacy-2020-11-10');
    controller.select(undefined);
    expect(controller.state.selectedId).toBeUndefined();
  });
});

describe('TimelineController: filters', () => {
  it('hides lanes from layout and from previous/next, but not from the axis', () => {
    const ticks = controller.layout.ticks;
    controller.setLaneVisible('military', false);
    expect(controller.layout.lanes.map((lane) => lane.id)).not.toContain('military');
    expect(controller.layout.ticks).toEqual(ticks);
    expect(controller.shownEvents().every((event) => event.lane !== 'military')).toBe(true);
    expect(changes.at(-1)).toEqual({ window: false, selection: false, filters: true });
  });

  it('filters by actor, and clears a selection the filters hide', () => {
    controller.select('e10-diplomacy-2020-11-10');
    controller.setActor('Actor I');
    expect(controller.shownEvents().every((event) => event.actors.includes('Actor I'))).toBe(true);
    expect(controller.state.selectedId).toBe('e10-diplomacy-2020-11-10');
    controller.setLaneVisible('diplomacy', false);
    expect(controller.state.selectedId).toBeUndefined();
    expect(changes.at(-1)).toEqual({ window: false, selection: true, filters: true });
    controller.setActor('Nobody at all');
    expect(controller.state.actor).toBeUndefined();
  });

  it('steps only through events the filters show', () => {
    controller.setLaneVisible('diplomacy', false);
    controller.select(controller.shownEvents()[0]!.id);
    while (controller.step(1)) expect(controller.event(controller.state.selectedId!)?.lane).not.toBe('diplomacy');
  });
});

describe('TimelineController: the view in the URL', () => {
  it('opens the view a URL asks for', () => {
    const view = parseViewParams(
      '?from=2020-01&to=2023-12&event=e10-diplomacy-2020-11-10&lanes=military,diplomacy',
      allowed(),
    );
    controller.applyViewParams(view);
    expect(controller.state.selectedId).toBe('e10-diplomacy-2020-11-10');
    expect([...controller.state.hiddenLanes].sort()).toEqual(['humanitarian', 'politics']);
    expect(controller.window.from).toBe(day(2020, 1, 1));
    expect(controller.window.to).toBe(day(2024, 1, 1));
  });

  it('writes a view that reads back to the same view', () => {
    controller.setWindow({ from: day(2021, 3, 10), to: day(2022, 8, 2) });
    controller.setLaneVisible('politics', false);
    controller.select('e14-diplomacy-2021-10-14');
    const query = serializeViewParams(controller.toViewParams(DEFAULT_VIEW_PARAMS));
    expect(query).toBe('from=2021-03&to=2022-08&event=e14-diplomacy-2021-10-14&lanes=military,diplomacy,humanitarian');
    const other = new TimelineController(client, { width: 1000 });
    other.applyViewParams(parseViewParams(query, allowed()));
    expect(serializeViewParams(other.toViewParams(DEFAULT_VIEW_PARAMS))).toBe(query);
  });

  it('shows the default view for a hostile URL', () => {
    controller.applyViewParams(
      parseViewParams('?from=<script>alert(1)</script>&to=99999999&lanes=nope&event=../../x', allowed()),
    );
    expect(controller.state).toEqual({
      window: undefined,
      selectedId: undefined,
      hiddenLanes: new Set(),
      actor: undefined,
    });
    expect(serializeViewParams(controller.toViewParams(DEFAULT_VIEW_PARAMS))).toBe('');
  });

  it('keeps what the page does not change (theme, title)', () => {
    const base = parseViewParams('?theme=dark&title=0', allowed());
    expect(serializeViewParams(controller.toViewParams(base))).toBe('theme=dark&title=0');
  });

  it('reports nothing when the URL asks for the view already shown', () => {
    controller.applyViewParams(parseViewParams('', allowed()));
    expect(changes).toEqual([]);
  });
});

describe('TimelineController: a mirror (the canvas worker’s copy)', () => {
  it('lays out exactly what the controller it mirrors lays out, without telling its listeners', () => {
    controller.setWidth(720);
    controller.setLaneVisible(client.lanes[0]?.id ?? '', false);
    controller.zoomBy(3, 200);
    controller.select(controller.shownEvents()[2]?.id);
    const mirror = new TimelineController(client, { width: 1000 });
    const heard: TimelineChange[] = [];
    mirror.subscribe((change) => heard.push(change));
    // What the worker receives: the width and a structured clone of the state.
    mirror.mirror(controller.width, structuredClone(controller.state));
    expect(mirror.width).toBe(720);
    expect(mirror.axis).toEqual(controller.axis);
    expect(mirror.layout).toEqual(controller.layout);
    expect(heard).toEqual([]);
  });
});
