import type { GeoPoint } from '../timeline-model.ts';

/** The eight points of the compass, as the catalogue's `map.direction.*` keys name them. */
export const COMPASS_POINTS = [
  'north',
  'northEast',
  'east',
  'southEast',
  'south',
  'southWest',
  'west',
  'northWest',
] as const;
export type CompassPoint = (typeof COMPASS_POINTS)[number];

/**
 * Which way `to` lies from `from`, to the nearest of eight compass points, along the rhumb line: the constant
 * bearing a flat map shows. (The great circle from the Caucasus to Washington sets off north-west, yet on the map,
 * and to a reader, Washington lies west.)
 * @example compassDirection({ latitude: 39.8, longitude: 46.75 }, { latitude: 53.9, longitude: 27.57 }) // 'northWest'
 */
export function compassDirection(from: GeoPoint, to: GeoPoint): CompassPoint {
  const radians = Math.PI / 180;
  let deltaLongitude = (to.longitude - from.longitude) * radians;
  // The short way round: 170° E to 170° W is 20° east, not 340° west.
  if (deltaLongitude > Math.PI) deltaLongitude -= 2 * Math.PI;
  if (deltaLongitude < -Math.PI) deltaLongitude += 2 * Math.PI;
  const stretched = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (clampLatitude(latitude) * radians) / 2));
  const deltaStretched = stretched(to.latitude) - stretched(from.latitude);
  const bearing = (Math.atan2(deltaLongitude, deltaStretched) / radians + 360) % 360;
  return COMPASS_POINTS[Math.round(bearing / 45) % 8] ?? 'north';
}

// Mercator's stretch is infinite at the poles; 89.9° is as far north as any place of ours.
function clampLatitude(latitude: number): number {
  return Math.max(-89.9, Math.min(89.9, latitude));
}
