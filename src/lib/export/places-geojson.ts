import { createSiteUrls } from '../cite/site-urls.ts';
import { eventsByPlace } from '../events-by-place.ts';
import { markdownPlainText } from '../markup/markdown-plain-text.ts';
import type { PlaceKind, ShapeGeometry, Timeline } from '../timeline-model.ts';
import type { ExportOptions } from './events-json.ts';

/**
 * `places.geojson`: the gazetteer as a GeoJSON FeatureCollection (RFC 7946), one Point per place, so that any GIS
 * program or map library opens it, then one Feature per area or route that has a shape (`shapes/`). Each point
 * carries the reference its coordinates come from, each shape the source it was drawn from, as the editors gave
 * them. Every property is always present, `null` where a value is absent; `feature` tells the two apart.
 */
export interface PlacesGeoJson {
  readonly type: 'FeatureCollection';
  readonly features: readonly (PlaceFeature | ShapeFeature)[];
}

/** A place's outline (an area) or line (a route), after every point. */
export interface ShapeFeature {
  readonly type: 'Feature';
  /** `<place id>/shape`: a feature id is unique in the collection. */
  readonly id: string;
  readonly geometry: ShapeGeometry;
  readonly properties: {
    readonly feature: 'shape';
    /** The place it is the shape of (a Point feature of the same `properties.id`). */
    readonly id: string;
    readonly name: string;
    readonly kind: PlaceKind;
    /** What the shape was drawn from. */
    readonly source: string;
    readonly sourceUrl: string | null;
    readonly url: string;
  };
}

/** One place as a GeoJSON Feature. */
export interface PlaceFeature {
  readonly type: 'Feature';
  /** The place's permanent id, also in `properties.id` for programs that ignore a feature's id. */
  readonly id: string;
  readonly geometry: {
    readonly type: 'Point';
    /** RFC 7946 §3.1.1: longitude first, then latitude, in decimal degrees (WGS 84). */
    readonly coordinates: readonly [longitude: number, latitude: number];
  };
  readonly properties: PlaceProperties;
}

/** What is known of a place besides its point. */
export interface PlaceProperties {
  readonly feature: 'place';
  readonly id: string;
  /** The name in the file's language, both forms where the name is political. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Where the coordinates come from: a gazetteer, an encyclopaedia, an official page. */
  readonly reference: string;
  /** The reference's address; null when it has none. */
  readonly referenceUrl: string | null;
  /** The editors' note on the place, as plain text (its Markdown dropped); null when there is none. */
  readonly note: string | null;
  /** The place's page on this site, absolute. */
  readonly url: string;
  /** The ids of the events that happened there (see events.json), in chronological order. */
  readonly events: readonly string[];
}

/**
 * The timeline's places as `places.geojson` data (serialise with JSON.stringify), in the gazetteer's order (by id).
 * @example toPlacesGeoJson(timeline, { siteUrl }).features[0]?.geometry // { type: 'Point', coordinates: [46.7519, 39.8153] }
 */
export function toPlacesGeoJson(timeline: Timeline, { siteUrl }: ExportOptions): PlacesGeoJson {
  const urls = createSiteUrls(siteUrl);
  const eventsAt = eventsByPlace(timeline.events);
  const points = timeline.places.map((place): PlaceFeature => ({
    type: 'Feature',
    id: place.id,
    geometry: { type: 'Point', coordinates: [place.point.longitude, place.point.latitude] },
    properties: {
      feature: 'place',
      id: place.id,
      name: place.name,
      kind: place.kind,
      reference: place.reference.title,
      referenceUrl: place.reference.url ?? null,
      note: place.note === undefined ? null : markdownPlainText(place.note),
      url: urls.place(place.id),
      events: (eventsAt.get(place.id) ?? []).map((event) => event.id),
    },
  }));
  const shapes = timeline.places.flatMap((place): ShapeFeature[] =>
    place.shape === undefined
      ? []
      : [
          {
            type: 'Feature',
            id: `${place.id}/shape`,
            geometry: place.shape.geometry,
            properties: {
              feature: 'shape',
              id: place.id,
              name: place.name,
              kind: place.kind,
              source: place.shape.source.title,
              sourceUrl: place.shape.source.url ?? null,
              url: urls.place(place.id),
            },
          },
        ],
  );
  return { type: 'FeatureCollection', features: [...points, ...shapes] };
}
