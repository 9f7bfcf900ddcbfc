import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import { readTimelineDate } from '../../../src/lib/dates/partial-date.ts';
import { placesInWindow, type PlacedInTime } from '../../../src/lib/map/places-in-window.ts';
import type { PlaceId } from '../../../src/lib/timeline-model.ts';

const day = (year: number, month = 1, dayOfMonth = 1) => toDayNumber({ year, month, day: dayOfMonth });
const event = (edtf: string, ...places: string[]): PlacedInTime => ({
  date: readTimelineDate(edtf)!,
  places: places as PlaceId[],
});
const events = [
  event('2020-11-10', 'port', 'hill'),
  event('2022-12-12', 'bridge'),
  event('2023-04-23', 'bridge', 'port'),
  event('2023-09', 'hill'),
  event('2023-09-19/2023-09-20', 'hill', 'hill'),
  event('2024-01-01'),
];

describe('placesInWindow()', () => {
  it('counts, per place, the events of the window that happened there', () => {
    const year2023 = placesInWindow(events, { from: day(2023), to: day(2024) });
    expect(Object.fromEntries(year2023)).toEqual({ bridge: 1, port: 1, hill: 2 });
  });

  it('gives every place with an event over the whole range, and none for a window without events', () => {
    expect([...placesInWindow(events, { from: day(2020), to: day(2025) }).keys()].sort()).toEqual([
      'bridge',
      'hill',
      'port',
    ]);
    expect(placesInWindow(events, { from: day(2021), to: day(2022) }).size).toBe(0);
  });

  it('takes an event whose days overlap the window at either edge, and not one that ends the day before', () => {
    // 12 December 2022 is in a window starting that day, and not in one starting the day after.
    expect(placesInWindow(events, { from: day(2022, 12, 12), to: day(2022, 12, 13) }).get('bridge' as PlaceId)).toBe(1);
    expect(placesInWindow(events, { from: day(2022, 12, 13), to: day(2023, 1, 1) }).has('bridge' as PlaceId)).toBe(
      false,
    );
    expect(placesInWindow(events, { from: day(2022, 12, 1), to: day(2022, 12, 12) }).has('bridge' as PlaceId)).toBe(
      false,
    );
    // A month-precise date covers every day of the month.
    expect(placesInWindow(events, { from: day(2023, 9, 30), to: day(2023, 10, 5) }).get('hill' as PlaceId)).toBe(1);
  });

  it('counts an event once per place even when it names a place twice', () => {
    expect(placesInWindow([events[4]!], { from: day(2023), to: day(2024) }).get('hill' as PlaceId)).toBe(1);
  });
});
