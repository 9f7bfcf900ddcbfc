import { geoArea, geoPath } from 'd3-geo';
import type { MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapSize } from './fit-projection.ts';
import { toGeoProjection, type ProjectionSpec } from './projection-spec.ts';

/** Countries as world-atlas ships them: one geometry per admin-0 country, its name in `properties.name`. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The land and the borders of one map, as SVG path data in the map's px. */
export interface RegionGeometry {
  /** One path per country that shows in the frame, in the topology's order; empty paths are left out. */
  readonly countries: readonly CountryShape[];
  /** The lines between countries that show in the frame ('' when none does). */
  readonly borders: string;
}

export interface CountryShape {
  /** The country's name in the data (English, as Natural Earth gives it): for tests and debugging, not shown. */
  readonly name: string;
  readonly d: string;
}

export interface RegionGeometryOptions {
  /** The least area in px² a bend of a line must make to be kept: detail smaller than this is not drawn. */
  readonly minArea?: number;
  /** The least area in px² an island (or any polygon) must cover to be drawn. */
  readonly minIsland?: number;
}

/**
 * Two px²: a bend that small cannot be seen, so its coordinates would only cost bytes. (The Caucasus at 640×480 px
 * from Natural Earth's 10m: 20 KB of paths at 1 px², 16 KB at 2 px², with no difference to the eye.)
 */
export const DEFAULT_MIN_AREA = 2;
/** Islands under 2×2 px are dropped. */
export const DEFAULT_MIN_ISLAND = 4;

/** A box of longitudes and latitudes: [west, south, east, north]. */
type Box = readonly [number, number, number, number];

/** Points carry their Visvalingam weight (steradians) as a third value, from presimplify(). */
interface WeightedPolygon {
  readonly rings: readonly (readonly Position[])[];
  readonly box: Box;
}

interface PreparedCountries {
  readonly countries: readonly { readonly name: string; readonly polygons: readonly WeightedPolygon[] }[];
  readonly borders: readonly { readonly line: readonly Position[]; readonly box: Box }[];
  /** Drawn geometry by view, so that maps of the same places (an event page and its embed) are drawn once. */
  readonly drawn: Map<string, RegionGeometry>;
}

const prepared = new WeakMap<CountriesTopology, PreparedCountries>();

/**
 * The countries and borders within a map's frame, simplified for its scale and clipped to it. Only what the frame
 * shows is written: a bend below `minArea` px² is dropped (Visvalingam's effective area, weighed once on the sphere
 * for the whole topology), everything outside the frame is cut off, and coordinates keep one decimal.
 * Shared arcs are simplified once, so neighbours' outlines and the border line between them stay the same line.
 */
export function regionGeometry(
  topology: CountriesTopology,
  spec: ProjectionSpec,
  size: MapSize,
  options: RegionGeometryOptions = {},
): RegionGeometry {
  const data = prepare(topology);
  const minArea = options.minArea ?? DEFAULT_MIN_AREA;
  const key = JSON.stringify([spec, size.width, size.height, minArea, options.minIsland]);
  const known = data.drawn.get(key);
  if (known !== undefined) return known;

  const projection = toGeoProjection(spec).clipExtent([
    [-1, -1],
    [size.width + 1, size.height + 1],
  ]);
  const path = geoPath(projection).digits(1);
  const view = viewBox(spec, size);
  // minArea px² in steradians at the view's middle latitude, where Mercator draws a radian as scale / cos(φ) px.
  const middleLatitude = ((view[1] + view[3]) / 2) * (Math.PI / 180);
  const pxPerRadian = spec.scale / Math.cos(middleLatitude);
  const minWeight = minArea / (pxPerRadian * pxPerRadian);
  const minIsland = options.minIsland ?? DEFAULT_MIN_ISLAND;

  const countries: CountryShape[] = [];
  for (const country of data.countries) {
    const polygons = country.polygons
      .filter((polygon) => overlaps(polygon.box, view))
      .map((polygon) => keepPolygon(polygon.rings, minWeight))
      // A ring that simplification or quantisation turned inside out would cover the whole globe: d3 reads a
      // polygon's winding as which side is inside. Natural Earth's 10m Maldives has three such specks.
      .filter((rings) => rings.length > 0 && geoArea({ type: 'Polygon', coordinates: rings }) < 2 * Math.PI)
      // An island of a few px is a speck at this scale, not worth its bytes.
      .filter((rings) => path.area({ type: 'Polygon', coordinates: rings }) >= minIsland);
    if (polygons.length === 0) continue;
    const d = path({ type: 'MultiPolygon', coordinates: polygons }) ?? '';
    if (d !== '') countries.push({ name: country.name, d });
  }

  const lines = data.borders
    .filter((border) => overlaps(border.box, view))
    .map((border) => keepWeighted(border.line, minWeight))
    .filter((line) => line.length >= 2);
  const borders: MultiLineString = { type: 'MultiLineString', coordinates: lines };
  const geometry: RegionGeometry = { countries, borders: lines.length === 0 ? '' : (path(borders) ?? '') };
  data.drawn.set(key, geometry);
  return geometry;
}

/** The topology weighed for simplification, split into polygons and border lines with their boxes: once per topology. */
function prepare(topology: CountriesTopology): PreparedCountries {
  const known = prepared.get(topology);
  if (known !== undefined) return known;
  const weighed = presimplify(topology, sphericalTriangleArea);
  const countries = feature(weighed, weighed.objects.countries).features.map((country) => {
    const geometry = country.geometry;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    return {
      name: country.properties.name,
      polygons: polygons.map((rings) => ({ rings, box: boxOf(rings[0] ?? []) })),
    };
  });
  const borderLines = mesh(weighed, weighed.objects.countries, (a, b) => a !== b).coordinates;
  const result: PreparedCountries = {
    countries,
    borders: borderLines.map((line) => ({ line, box: boxOf(line) })),
    drawn: new Map(),
  };
  prepared.set(topology, result);
  return result;
}

/**
 * A polygon's rings with the points that reach `minWeight`; none when its outer ring collapses (fewer than four
 * points), and without the holes that collapse, so that a hole never becomes an outer ring.
 */
function keepPolygon(rings: readonly (readonly Position[])[], minWeight: number): Position[][] {
  const [outer, ...holes] = rings.map((ring) => keepWeighted(ring, minWeight));
  if (outer === undefined || outer.length < 4) return [];
  return [outer, ...holes.filter((hole) => hole.length >= 4)];
}

/** The points of a ring or line whose weight reaches `minWeight` (its ends always do), as plain [λ, φ]. */
function keepWeighted(points: readonly Position[], minWeight: number): Position[] {
  const kept: Position[] = [];
  for (const point of points) {
    if ((point[2] ?? Infinity) >= minWeight) kept.push([point[0] ?? 0, point[1] ?? 0]);
  }
  return kept;
}

/** The longitudes and latitudes a frame shows, from its edges projected back, with a degree to spare. */
function viewBox(spec: ProjectionSpec, size: MapSize): Box {
  const projection = toGeoProjection(spec);
  const longitudes: number[] = [];
  const latitudes: number[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i += 1) {
    const x = (size.width * i) / steps;
    const y = (size.height * i) / steps;
    for (const corner of [
      [x, 0],
      [x, size.height],
      [0, y],
      [size.width, y],
    ] as const) {
      const point = projection.invert?.([corner[0], corner[1]]);
      if (point === null || point === undefined) continue;
      longitudes.push(point[0]);
      latitudes.push(point[1]);
    }
  }
  const west = Math.min(...longitudes);
  const east = Math.max(...longitudes);
  // A frame across the antimeridian comes back as longitudes on both sides of it: take every longitude.
  const wraps = east - west > 180;
  return [
    wraps ? -180 : west - 1,
    Math.max(-90, Math.min(...latitudes) - 1),
    wraps ? 180 : east + 1,
    Math.min(90, Math.max(...latitudes) + 1),
  ];
}

/** The smallest box around the points (a line or ring that crosses the antimeridian gets every longitude). */
function boxOf(points: readonly Position[]): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const point of points) {
    const [longitude = 0, latitude = 0] = point;
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  }
  return [west, south, east, north];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
