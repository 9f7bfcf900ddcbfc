import { geoMercator, type GeoProjection } from 'd3-geo';

/**
 * A fitted projection as plain data: what the SVG's `data-projection` carries, so the browser can place marks with
 * `geoMercator().rotate(rotate).scale(scale).translate(translate)` without loading any geometry.
 */
export interface ProjectionSpec {
  readonly type: 'mercator';
  /** px per radian at the equator. */
  readonly scale: number;
  readonly translate: readonly [number, number];
  /** [λ, φ, γ] in degrees: the map is centred on its view's longitude. */
  readonly rotate: readonly [number, number, number];
}

/** The d3 projection a spec stands for. */
export function toGeoProjection(spec: ProjectionSpec): GeoProjection {
  return geoMercator()
    .rotate([...spec.rotate])
    .scale(spec.scale)
    .translate([...spec.translate]);
}

/**
 * A spec read back from an SVG's `data-projection` (the browser's side), or undefined when the text is not one: the
 * attribute is the page's, but a page can be old, hand-edited or another site's embed.
 * @example parseProjectionSpec('{"type":"mercator","scale":6242.67,"translate":[320,5000],"rotate":[-47.19,0,0]}')
 */
export function parseProjectionSpec(text: string): ProjectionSpec | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, scale, translate, rotate } = value as Record<string, unknown>;
  const numbers = (list: unknown, length: number): list is number[] =>
    Array.isArray(list) && list.length === length && list.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (type !== 'mercator' || typeof scale !== 'number' || !(scale > 0) || !Number.isFinite(scale)) return undefined;
  if (!numbers(translate, 2) || !numbers(rotate, 3)) return undefined;
  return {
    type,
    scale,
    translate: [translate[0] ?? 0, translate[1] ?? 0],
    rotate: [rotate[0] ?? 0, rotate[1] ?? 0, rotate[2] ?? 0],
  };
}
