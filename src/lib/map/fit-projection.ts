import { geoMercator } from 'd3-geo';
import type { GeoPoint } from '../timeline-model.ts';
import { EARTH_RADIUS_KM } from './geo-distance.ts';
import { extentCentre } from './geo-extent.ts';
import type { ProjectionSpec } from './projection-spec.ts';

/** A map's size in px: its SVG's viewBox and width and height. */
export interface MapSize {
  readonly width: number;
  readonly height: number;
}

export interface FitOptions {
  /** Room in px between the frame's edge and the outermost place, for its mark and its label. */
  readonly padding?: number;
  /** The least distance in km the map spans each way, so that places close together do not zoom to street level. */
  readonly minSpanKm?: number;
}

export const DEFAULT_PADDING = 28;
/** About the width of a small region: one place alone is shown with its surroundings. */
export const DEFAULT_MIN_SPAN_KM = 150;

/**
 * A conformal projection (Mercator, centred on the view's longitude) fitted to the points with `padding` inside
 * `size`. Mercator keeps shapes and compass directions true at the scale of a region, which is what a reader
 * checks a place against. The scale and the translation are rounded to two decimals, so the server's drawing and
 * the browser's, which rebuilds the projection from the spec, agree to the pixel.
 * @example fitProjection([{ latitude: 39.8, longitude: 46.75 }], { width: 600, height: 400 }).rotate // [-46.75, 0, 0]
 */
export function fitProjection(points: readonly GeoPoint[], size: MapSize, options: FitOptions = {}): ProjectionSpec {
  const padding = Math.min(options.padding ?? DEFAULT_PADDING, size.width / 4, size.height / 4);
  const minSpanKm = options.minSpanKm ?? DEFAULT_MIN_SPAN_KM;
  const centre = extentCentre(points);
  const rotate: [number, number, number] = [round(-centre.longitude), 0, 0];
  const extent = [...points, ...spanPoints(centre, minSpanKm)];
  const projection = geoMercator()
    .rotate(rotate)
    .fitExtent(
      [
        [padding, padding],
        [size.width - padding, size.height - padding],
      ],
      { type: 'MultiPoint', coordinates: extent.map((point) => [point.longitude, point.latitude]) },
    );
  const [x, y] = projection.translate();
  return { type: 'mercator', scale: round(projection.scale()), translate: [round(x), round(y)], rotate };
}

/** The four points `spanKm / 2` north, south, east and west of the centre: the least extent a map frames. */
function spanPoints(centre: GeoPoint, spanKm: number): GeoPoint[] {
  const degrees = (spanKm / 2 / EARTH_RADIUS_KM) * (180 / Math.PI);
  const eastWest = degrees / Math.max(0.01, Math.cos((centre.latitude * Math.PI) / 180));
  return [
    { latitude: Math.min(85, centre.latitude + degrees), longitude: centre.longitude },
    { latitude: Math.max(-85, centre.latitude - degrees), longitude: centre.longitude },
    { latitude: centre.latitude, longitude: centre.longitude + Math.min(179, eastWest) },
    { latitude: centre.latitude, longitude: centre.longitude - Math.min(179, eastWest) },
  ];
}

function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}
