import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatTimelineDate } from '../../../src/lib/dates/index.ts';
import { DEFAULT_VIEW_PARAMS, parseViewParams, serializeViewParams } from '../../../src/lib/embed/view-params.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { dayRangeOfDate } from '../../../src/lib/dates/partial-date.ts';
import { viewChangeOf } from '../../../src/lib/view/view-change.ts';
import { TimelineController, type TimelineChange } from '../../../src/lib/timeline-controller.ts';
import { toClientTimeline, type ClientTimeline } from '../../../src/lib/timeline-payload.ts';
import { LAYOUT_SITE } from '../layout-site.ts';

let client: ClientTimeline;
let controller: TimelineController;
let changes: TimelineChange[];
// The place most events name, and one event elsewhere.
let place: string;

beforeAll(async () => {
  const timeline = await loadTimeline(LAYOUT_SITE);
  client = toClientTimeline(timeline.events, timeline.config.lanes, formatTimelineDate, timeline.places);
  const counts = new Map<string, number>();
  for (const id of client.events.flatMap((event) => event.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  place = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
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
  placeIds: new Set(client.places.map((known) => known.id)),
});
const atPlace = () => client.events.filter((event) => event.places.some((id) => id === place));

describe('TimelineController: the place filter', () => {
  it('shows only the events at the chosen place, in the layout and in previous/next', () => {
    expect(atPlace().length).toBeGreaterThan(1);
    expect(atPlace().length).toBeLessThan(client.events.length);
    controller.setPlace(place);
    expect(controller.state.place).toBe(place);
    expect(controller.shownEvents().map((event) => event.id)).toEqual(atPlace().map((event) => event.id));
    expect(controller.layout.marks.length).toBeLessThanOrEqual(atPlace().length);
    expect(changes).toEqual([{ window: false, selection: false, filters: true }]);
  });

  it('clears with undefined and ignores a place no event names', () => {
    controller.setPlace(place);
    controller.setPlace(undefined);
    expect(controller.state.place).toBeUndefined();
    expect(controller.shownEvents()).toHaveLength(client.events.length);
    changes = [];
    controller.setPlace('no-such-place');
    expect(controller.state.place).toBeUndefined();
    expect(changes).toEqual([]);
  });

  it('keeps the selection when its event is at the place, and drops it otherwise', () => {
    const here = atPlace()[0]!;
    const elsewhere = client.events.find((event) => !event.places.some((id) => id === place))!;
    controller.select(here.id);
    controller.setPlace(place);
    expect(controller.state.selectedId).toBe(here.id);
    controller.setPlace(undefined);
    controller.select(elsewhere.id);
    controller.setPlace(place);
    expect(controller.state.selectedId).toBeUndefined();
    expect(controller.select(elsewhere.id)).toBe(false);
  });

  it('keeps the window when it shows some of the place’s events, and opens the full range when it shows none', () => {
    const first = atPlace()[0]!;
    const [day] = dayRangeOfDate(first.date);
    controller.setWindow({ from: day - 30, to: day + 30 });
    const around = controller.state.window;
    controller.setPlace(place);
    expect(controller.state.window).toEqual(around);
    controller.setPlace(undefined);
    // A window of days with no event at the place (before its first one).
    controller.setWindow({ from: day - 400, to: day - 300 });
    expect(
      atPlace().some(
        (event) => dayRangeOfDate(event.date)[1] >= day - 400 && dayRangeOfDate(event.date)[0] < day - 300,
      ),
    ).toBe(false);
    controller.setPlace(place);
    expect(controller.state.window).toBeUndefined();
  });

  it('combines with the lane filter: an event must pass both', () => {
    const lane = atPlace()[0]!.lane;
    controller.setPlace(place);
    controller.setLaneVisible(lane, false);
    expect(
      controller.shownEvents().every((event) => event.lane !== lane && event.places.some((id) => id === place)),
    ).toBe(true);
  });

  it('writes the place into the URL and reads it back, round-tripping', () => {
    controller.setPlace(place);
    const query = serializeViewParams(controller.toViewParams(DEFAULT_VIEW_PARAMS));
    expect(query).toBe(`place=${place}`);
    const other = new TimelineController(client, { width: 1000 });
    other.applyViewParams(parseViewParams(query, allowed()));
    expect(other.state.place).toBe(place);
    expect(serializeViewParams(other.toViewParams(DEFAULT_VIEW_PARAMS))).toBe(query);
    // Back to a URL without it: the filter goes.
    other.applyViewParams(parseViewParams('', allowed()));
    expect(other.state.place).toBeUndefined();
  });

  it("keeps the embed's map=1 from the URL it was opened with", () => {
    const base = parseViewParams('map=1&theme=dark', allowed());
    controller.setPlace(place);
    expect(serializeViewParams(controller.toViewParams(base))).toBe(`place=${place}&theme=dark&map=1`);
  });
});

describe('viewChangeOf(): the places in view, for the map', () => {
  const day = (year: number, month = 1) => toDayNumber({ year, month, day: 1 });
  const detail = () => viewChangeOf(controller, controller.toViewParams(DEFAULT_VIEW_PARAMS));
  const placesOfEventsIn = (from: number, to: number) =>
    new Set(
      client.events
        .filter((event) => {
          const [first, last] = dayRangeOfDate(event.date);
          return first < to && last + 1 > from;
        })
        .flatMap((event) => event.places),
    );

  it('names every place of an event on the full view', () => {
    expect(new Set(detail().places)).toEqual(new Set(client.events.flatMap((event) => event.places)));
    expect(detail().place).toBeNull();
    expect(detail().eventPlaces).toEqual([]);
  });

  it('moves with the window: moving through 2023 shows the places of each stretch of 2023, and only those', () => {
    const seen: string[][] = [];
    for (let month = 1; month <= 12; month += 3) {
      const from = day(2023, month);
      const to = month + 3 > 12 ? day(2024) : day(2023, month + 3);
      controller.setWindow({ from, to });
      const window = controller.window;
      expect(new Set(detail().places), `2023-${month}`).toEqual(placesOfEventsIn(window.from, window.to));
      seen.push([...detail().places].sort());
    }
    // The fixture's 2023 is not one place all year: the map's marks change as the window moves.
    expect(new Set(seen.map((places) => places.join())).size).toBeGreaterThan(1);
  });

  it("gives the selected event's places, and the place filter", () => {
    const here = atPlace()[0]!;
    controller.setPlace(place);
    controller.select(here.id);
    expect(detail().eventPlaces).toEqual(here.places);
    expect(detail().place).toBe(place);
    expect(detail().places).toContain(place);
  });
});
