import { geoPath } from 'd3-geo';
import { createCharWidthMeasure, type TextMeasure } from '../layout/text-measure.ts';
import type { GeoPoint, Place, PlaceId, PlaceKind, ShapeGeometry } from '../timeline-model.ts';
import { fitProjection, type MapSize } from './fit-projection.ts';
import { toGeoProjection, type ProjectionSpec } from './projection-spec.ts';
import { placeMapLabels, type PlacedMapLabel } from './place-map-labels.ts';
import { spreadMarks } from './spread-marks.ts';
import { regionGeometry, type CountriesTopology, type RegionGeometry } from './region-geometry.ts';

/**
 * What a map is for. An overview shows the places of many events, sized by how many, each named where its name
 * fits; a locator is the small map beside one event: the event's places marked and named, the others only dotted.
 */
export type PlaceMapKind = 'overview' | 'locator';

export interface PlaceMapInput {
  /** The places to draw: the view's framed places (see chooseMapView). */
  readonly places: readonly Place[];
  /** Events per place; a place missing from the map counts none. */
  readonly counts: ReadonlyMap<PlaceId, number>;
  readonly size: MapSize;
  readonly kind: PlaceMapKind;
  /** Places drawn on top and marked `is-highlighted` (a locator's event's places); a locator highlights all without it. */
  readonly highlight?: readonly PlaceId[] | undefined;
  /** The countries to draw, or a function that picks them for the fitted projection (see countriesForProjection). */
  readonly countries: CountriesTopology | ((projection: ProjectionSpec) => CountriesTopology);
  /** The labels' measure at MAP_LABEL_FONT_SIZE px: the width table by default. */
  readonly measure?: TextMeasure;
}

/** The shape a place's mark takes: settlements a dot, crossings a square, areas a ring, routes a diamond. */
export type MarkShape = 'dot' | 'square' | 'ring' | 'diamond';

/** A place where the map draws it. */
export interface PlacedMapMark {
  readonly place: Place;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly shape: MarkShape;
  readonly count: number;
  readonly highlighted: boolean;
  /** Its name beside it, where the name fits. */
  readonly label?: PlacedMapLabel;
}

/** A place's area or route as drawn (from `shapes/<place-id>.geojson`), under the marks. */
export interface PlacedMapShape {
  readonly place: Place;
  /** An area is filled, a route stroked. */
  readonly type: 'area' | 'line';
  /** SVG path data in the map's pixels. */
  readonly d: string;
  readonly highlighted: boolean;
}

/** A map laid out: its projection, its geometry and its marks in drawing order. */
export interface PlaceMapLayout {
  readonly size: MapSize;
  readonly kind: PlaceMapKind;
  readonly projection: ProjectionSpec;
  readonly geometry: RegionGeometry;
  /** The places' areas and routes, areas first so that routes cross them. */
  readonly shapes: readonly PlacedMapShape[];
  readonly marks: readonly PlacedMapMark[];
}

/** The size of the map's labels, in px. */
export const MAP_LABEL_FONT_SIZE = 12;

/** How far, at least, a locator spans around its places: enough to see the region they are in. */
const LOCATOR_MIN_SPAN_KM = 300;

const SHAPES: Readonly<Record<PlaceKind, MarkShape>> = {
  city: 'dot',
  town: 'dot',
  village: 'dot',
  checkpoint: 'square',
  bridge: 'square',
  site: 'square',
  district: 'ring',
  region: 'ring',
  country: 'ring',
  route: 'diamond',
};

/**
 * Lays a map out: fits the projection to the places, draws the countries for that view, sizes each place's mark by
 * its events (area grows with the count) and places the names that fit.
 */
export function layoutPlaceMap(input: PlaceMapInput): PlaceMapLayout {
  const { size, kind } = input;
  const highlighted = new Set<string>(input.highlight ?? (kind === 'locator' ? input.places.map((p) => p.id) : []));
  const projection = fitProjection(
    // A place with a shape is framed whole: its mark's point and every corner of its outline or route.
    input.places.flatMap((place) => [place.point, ...shapeCorners(place.shape?.geometry)]),
    size,
    kind === 'locator' ? { minSpanKm: LOCATOR_MIN_SPAN_KM, padding: 20 } : {},
  );
  const project = toGeoProjection(projection);
  const projected = input.places.map((place) => {
    const [x = 0, y = 0] = project([place.point.longitude, place.point.latitude]) ?? [];
    const count = input.counts.get(place.id) ?? 0;
    const isHighlighted = highlighted.has(place.id);
    return {
      place,
      x: round(x),
      y: round(y),
      radius: markRadius(kind, count, isHighlighted),
      shape: SHAPES[place.kind],
      count,
      highlighted: isHighlighted,
    };
  });
  // Places a few km apart would share a pixel: they are drawn just apart, so each is seen and can be reached.
  const marks = spreadMarks(
    projected.map((mark) => ({ ...mark, id: mark.place.id })),
    size,
  ).map(({ id: _id, ...mark }) => mark);
  const labels = placeMapLabels(
    marks.map((mark) => ({
      id: mark.place.id,
      x: mark.x,
      y: mark.y,
      radius: mark.radius,
      // A locator names its event's places only: the others are there to be found, not read.
      label: kind === 'overview' || mark.highlighted ? mark.place.name : undefined,
      weight: (mark.highlighted ? 1e6 : 0) + mark.count,
    })),
    size,
    input.measure ?? createCharWidthMeasure(MAP_LABEL_FONT_SIZE),
    { fontSize: MAP_LABEL_FONT_SIZE },
  );
  const labelOf = new Map(labels.map((label) => [label.id, label]));
  const placed: PlacedMapMark[] = marks.map((mark) => {
    const label = labelOf.get(mark.place.id);
    return label === undefined ? mark : { ...mark, label };
  });
  // Big marks first so that small ones stay visible on top of them; highlighted ones last, on top of all.
  placed.sort(
    (a, b) =>
      Number(a.highlighted) - Number(b.highlighted) ||
      b.radius - a.radius ||
      (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0),
  );
  const countries = typeof input.countries === 'function' ? input.countries(projection) : input.countries;
  const path = geoPath(project).digits(1);
  const shapes = input.places
    .flatMap((place) => {
      if (place.shape === undefined) return [];
      const { geometry } = place.shape;
      const type: PlacedMapShape['type'] = geometry.type.endsWith('LineString') ? 'line' : 'area';
      const d = path(geometry as unknown as Parameters<typeof path>[0]) ?? '';
      return d === '' ? [] : [{ place, type, d, highlighted: highlighted.has(place.id) }];
    })
    .sort((a, b) => Number(a.type === 'line') - Number(b.type === 'line'));
  return { size, kind, projection, geometry: regionGeometry(countries, projection, size), shapes, marks: placed };
}

// The corners of a shape's bounding box in degrees: enough to fit the view around it.
function shapeCorners(geometry: ShapeGeometry | undefined): GeoPoint[] {
  if (geometry === undefined) return [];
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === 'number') {
      const [longitude, latitude] = node as [number, number];
      [west, east] = [Math.min(west, longitude), Math.max(east, longitude)];
      [south, north] = [Math.min(south, latitude), Math.max(north, latitude)];
    } else node.forEach(visit);
  };
  visit(geometry.coordinates);
  return [
    { longitude: west, latitude: south },
    { longitude: east, latitude: north },
  ];
}

/** A mark's half-width in px: its area grows with its events, from 3 px for none to 10 px for about 30. */
function markRadius(kind: PlaceMapKind, count: number, highlighted: boolean): number {
  if (kind === 'locator') return highlighted ? 5 : 3;
  return round(Math.min(10, 3 + 1.3 * Math.sqrt(count)));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
