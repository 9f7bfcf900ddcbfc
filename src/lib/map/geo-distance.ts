import { geoDistance } from 'd3-geo';
import type { GeoPoint } from '../timeline-model.ts';

/** The Earth's mean radius (IUGG), in km: great-circle distances are this times the angle. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * The great-circle distance between two points, in km.
 * @example distanceKm({ latitude: 53.9, longitude: 27.57 }, { latitude: 50.45, longitude: 30.52 }) // ≈ 434
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return geoDistance([a.longitude, a.latitude], [b.longitude, b.latitude]) * EARTH_RADIUS_KM;
}
