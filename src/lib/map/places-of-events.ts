import type { Place, PlaceId, TimelineEvent } from '../timeline-model.ts';

/** The places a set of events happened in, and how many of the events each one has: what a map is drawn from. */
export interface PlacesOfEvents {
  /** The places named by at least one of the events, in the gazetteer's order (by id). */
  readonly places: readonly Place[];
  /** Events per place id. */
  readonly counts: ReadonlyMap<PlaceId, number>;
}

/**
 * The places of the events, with their counts: the home page's map takes all events, a locator one event's, a
 * places page the events of one place. An event that names a place twice counts once.
 * @example placesOfEvents([{ places: ['minsk'] }, { places: ['minsk', 'baku'] }], timeline.places)
 * // { places: [baku, minsk], counts: Map { 'minsk' => 2, 'baku' => 1 } }
 */
export function placesOfEvents(
  events: readonly Pick<TimelineEvent, 'places'>[],
  gazetteer: readonly Place[],
): PlacesOfEvents {
  const counts = new Map<PlaceId, number>();
  for (const event of events) {
    for (const id of new Set(event.places)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return { places: gazetteer.filter((place) => counts.has(place.id)), counts };
}
