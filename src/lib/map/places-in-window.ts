import { dayRangeOfDate, type TimelineDate } from '../dates/partial-date.ts';
import type { DayWindow } from '../layout/time-axis.ts';
import type { PlaceId } from '../timeline-model.ts';

/** What this needs of an event: when it happened and where. */
export interface PlacedInTime {
  readonly date: TimelineDate;
  readonly places: readonly PlaceId[];
}

/**
 * The places of the events that fall in a window of the timeline (any of their days inside it), with how many of
 * those events each has: what the map shows while the reader moves through time. Places in first-named order.
 * @example placesInWindow(events, { from: day(2023, 1, 1), to: day(2024, 1, 1) }) // Map { 'lachin-corridor' => 7, … }
 */
export function placesInWindow(events: readonly PlacedInTime[], window: DayWindow): Map<PlaceId, number> {
  const counts = new Map<PlaceId, number>();
  for (const event of events) {
    if (event.places.length === 0) continue;
    const [first, last] = dayRangeOfDate(event.date);
    // Day numbers name whole days: the event's last day starts at `last` and ends at `last + 1`.
    if (first >= window.to || last + 1 <= window.from) continue;
    for (const place of new Set(event.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}
