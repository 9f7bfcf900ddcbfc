import type { PlaceId, TimelineEvent } from './timeline-model.ts';

/**
 * Each place's events, in the order given (the timeline's time order): a place page's list, places.geojson's ids.
 * A place no event names is absent: ask with `?? []`.
 */
export function eventsByPlace<E extends Pick<TimelineEvent, 'places'>>(
  events: readonly E[],
): ReadonlyMap<PlaceId, readonly E[]> {
  const byPlace = new Map<PlaceId, E[]>();
  for (const event of events) {
    // An event that names a place twice is still one event there.
    for (const place of new Set(event.places)) {
      const list = byPlace.get(place);
      if (list === undefined) byPlace.set(place, [event]);
      else list.push(event);
    }
  }
  return byPlace;
}
