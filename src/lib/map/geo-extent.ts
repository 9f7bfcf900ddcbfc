import type { GeoPoint } from '../timeline-model.ts';

/**
 * The middle of the points' latitude and longitude extent (0, 0 for none): the centre a map is fitted around and
 * directions are taken from. Longitudes are not wrapped: the places of a history that crosses the antimeridian would
 * need a wrapped extent.
 */
export function extentCentre(points: readonly GeoPoint[]): GeoPoint {
  if (points.length === 0) return { latitude: 0, longitude: 0 };
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  return {
    latitude: (Math.min(...latitudes) + Math.max(...latitudes)) / 2,
    longitude: (Math.min(...longitudes) + Math.max(...longitudes)) / 2,
  };
}
