import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { formatTimelineDate } from '../../../src/lib/dates/index.ts';
import { DEFAULT_VIEW_PARAMS } from '../../../src/lib/embed/view-params.ts';
import { OVERVIEW_UNITS, overviewExtentOf } from '../../../src/lib/layout/overview-axis.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { TimelineController } from '../../../src/lib/timeline-controller.ts';
import { toClientTimeline, type ClientTimeline } from '../../../src/lib/timeline-payload.ts';
import { sameViewChange, viewChangeOf } from '../../../src/lib/view/view-change.ts';

// A fixture of five events in two lanes (works, council), 1994 and 2019–2022: not the live edition.
let client: ClientTimeline;
let controller: TimelineController;
beforeAll(async () => {
  const timeline = await loadTimeline('tests/fixtures/small-site');
  client = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate);
});
beforeEach(() => {
  controller = new TimelineController(client, { width: 1000 });
});
const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
const mouse = (at: number) => ({ at, grip: 8, touch: false });

describe('TimelineController: drags on the overview strip', () => {
  it('draws a new window where the reader drags over the strip', () => {
    controller.startOverviewDrag(mouse(700));
    controller.dragOverviewTo(900);
    const [u0, u1] = overviewExtentOf(controller.overviewAxis, controller.window);
    expect(u0).toBeCloseTo(700, 6);
    expect(u1).toBeCloseTo(900, 6);
    expect(controller.endOverviewDrag(900)).toBeUndefined();
    expect(controller.draggingOverview).toBe(false);
  });

  it('moves the window, keeping its width, when dragged from inside', () => {
    controller.setWindow({ from: day(2020), to: day(2021) });
    const [u0, u1] = controller.overviewExtent;
    controller.startOverviewDrag(mouse((u0 + u1) / 2));
    expect(controller.draggingOverview).toBe(true);
    controller.dragOverviewTo((u0 + u1) / 2 - 50);
    const [v0, v1] = controller.overviewExtent;
    expect(v0).toBeCloseTo(u0 - 50, 6);
    expect(v1 - v0).toBeCloseTo(u1 - u0, 6);
  });

  it('resizes the window from the edge pressed', () => {
    controller.setWindow({ from: day(2020), to: day(2021) });
    const [u0, u1] = controller.overviewExtent;
    expect(controller.overviewDragModeAt(mouse(u1 + 2))).toBe('end');
    controller.startOverviewDrag(mouse(u1 + 2));
    controller.dragOverviewTo(u1 + 40);
    const [v0, v1] = controller.overviewExtent;
    expect(v0).toBeCloseTo(u0, 6);
    expect(v1).toBeCloseTo(u1 + 40, 6);
  });

  it('asks for the window centred on a click outside it, and leaves the window alone until then', () => {
    controller.setWindow({ from: day(2020), to: day(2021) });
    const before = controller.window;
    const [u0, u1] = controller.overviewExtent;
    const at = u0 > OVERVIEW_UNITS / 2 ? u0 / 2 : (u1 + OVERVIEW_UNITS) / 2;
    controller.startOverviewDrag(mouse(at));
    const target = controller.endOverviewDrag(at);
    expect(controller.window).toEqual(before);
    expect(target).toBeDefined();
    const [t0, t1] = overviewExtentOf(controller.overviewAxis, target!);
    expect((t0 + t1) / 2).toBeCloseTo(at, 3);
    // A cancelled press asks for nothing.
    controller.startOverviewDrag(mouse(at));
    expect(controller.endOverviewDrag(undefined)).toBeUndefined();
  });

  it('ignores a drag that never started', () => {
    const before = controller.window;
    controller.dragOverviewTo(500);
    expect(controller.window).toEqual(before);
  });
});

describe('TimelineController: one filter for lanes and actors', () => {
  it('agrees everywhere: shown events, selection, stepping and the URL', () => {
    controller.setActor('Town council');
    const shown = controller.shownEvents();
    expect(shown.every((event) => event.actors.includes('Town council'))).toBe(true);
    expect(shown.every((event) => controller.isShown(event))).toBe(true);
    controller.setLaneVisible('works', false);
    expect(controller.shownEvents().map((event) => event.lane)).toEqual(['council']);
    // An event the filters hide cannot be selected, from a click or from a URL.
    const hidden = client.events.find((event) => event.lane === 'works')!;
    expect(controller.select(hidden.id)).toBe(false);
    controller.applyViewParams({ ...DEFAULT_VIEW_PARAMS, event: hidden.id, lanes: ['council'] });
    expect(controller.state.selectedId).toBeUndefined();
  });

  it('clears the selection when a filter hides the selected event', () => {
    const mayor = client.events.find((event) => event.actors.includes('Mayor'))!;
    expect(controller.select(mayor.id)).toBe(true);
    controller.setActor('Town council');
    expect(controller.state.selectedId).toBeUndefined();
  });
});

describe('viewChangeOf(): the detail of tl-viewchange', () => {
  it('gives the window as ISO days, the selection, the lanes shown and the query the URL carries', () => {
    const selected = client.events.find((event) => event.lane === 'council')!;
    controller.select(selected.id);
    controller.setLaneVisible('works', false);
    controller.setWindow({ from: day(2020, 3, 1), to: day(2021, 3, 1) });
    const detail = viewChangeOf(controller, controller.toViewParams(DEFAULT_VIEW_PARAMS));
    expect(detail.from).toBe('2020-03-01');
    expect(detail.to).toBe('2021-02-28');
    expect(detail.event).toBe(selected.id);
    expect(detail.lanes).toEqual(client.lanes.map((lane) => lane.id).filter((id) => id !== 'works'));
    expect(detail.actor).toBeNull();
    expect(detail.query).toContain(`event=${selected.id}`);
    expect(detail.query).toContain('lanes=');
  });

  it('says nothing is selected with null, and gives an empty query for the default view', () => {
    const detail = viewChangeOf(controller, controller.toViewParams(DEFAULT_VIEW_PARAMS));
    expect(detail.event).toBeNull();
    expect(detail.query).toBe('');
    expect(sameViewChange(detail, viewChangeOf(controller, controller.toViewParams(DEFAULT_VIEW_PARAMS)))).toBe(true);
    controller.zoomBy(2);
    expect(sameViewChange(detail, viewChangeOf(controller, controller.toViewParams(DEFAULT_VIEW_PARAMS)))).toBe(false);
  });
});
