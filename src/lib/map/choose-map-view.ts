import type { GeoPoint, Place } from '../timeline-model.ts';
import { distanceKm } from './geo-distance.ts';
import { extentCentre } from './geo-extent.ts';

/** What a map frames, and the places it only names. */
export interface MapView {
  /** The places the map draws, in the order given. */
  readonly framed: readonly Place[];
  /** Places too far from the others to draw without shrinking them to a dot: listed with a direction instead. */
  readonly elsewhere: readonly Place[];
  /** The middle of the framed places' extent: where the directions to the others are taken from. */
  readonly centre: GeoPoint;
}

export interface MapViewOptions {
  /** How far from the core's heaviest place a place may lie and still be framed, in km. */
  readonly radiusKm?: number;
}

/** The radius of the core: wide enough for the South Caucasus, narrow enough to leave Minsk out. */
export const CORE_RADIUS_KM = 600;

/**
 * Chooses what a map frames. A history like ours has a dense core and a few far-away cities where talks were held:
 * framing all of them would shrink the core to a dot. So the map frames the core, the place with the most weight
 * (events) within `radiusKm` and every place within `radiusKm` of it, and lists the rest as elsewhere. When no two
 * places lie that close, nothing is a core, and the map frames them all.
 * @example chooseMapView([stepanakert, shusha, minsk], (p) => 1) // { framed: [stepanakert, shusha], elsewhere: [minsk] }
 */
export function chooseMapView(
  places: readonly Place[],
  weight: (place: Place) => number,
  options: MapViewOptions = {},
): MapView {
  const radius = options.radiusKm ?? CORE_RADIUS_KM;
  let best: { readonly place: Place; readonly score: number; readonly members: readonly Place[] } | undefined;
  for (const place of places) {
    const members = places.filter((other) => distanceKm(place.point, other.point) <= radius);
    const score = members.reduce((sum, member) => sum + weight(member), 0);
    // Ties go to the place with more neighbours, then to the smaller id, so the choice is the same on every build.
    if (
      best === undefined ||
      score > best.score ||
      (score === best.score && members.length > best.members.length) ||
      (score === best.score && members.length === best.members.length && place.id < best.place.id)
    ) {
      best = { place, score, members };
    }
  }
  const core = best !== undefined && best.members.length >= 2 ? best.members : undefined;
  const framed = core ?? places;
  const elsewhere = core === undefined ? [] : places.filter((place) => !core.includes(place));
  return { framed, elsewhere, centre: extentCentre(framed.map((place) => place.point)) };
}
