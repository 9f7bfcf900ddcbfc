import { getIssues } from '@placemarkio/check-geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPlacesGeoJson } from '../../../src/lib/export/index.ts';
import type { PlaceFeature } from '../../../src/lib/export/places-geojson.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';

let small: Timeline;
let layoutSite: Timeline;
let hostile: Timeline;
beforeAll(async () => {
  [small, layoutSite, hostile] = await Promise.all([
    loadTimeline('tests/fixtures/small-site'),
    loadTimeline('tests/fixtures/layout-site'),
    loadTimeline('tests/fixtures/hostile-site'),
  ]);
});

/** The points of the collection: one per place (shapes follow them). */
const pointsOf = (timeline: Timeline): PlaceFeature[] =>
  toPlacesGeoJson(timeline, { siteUrl: SITE_URL }).features.filter(
    (feature): feature is PlaceFeature => feature.properties.feature === 'place',
  );

const text = (timeline: Timeline) => JSON.stringify(toPlacesGeoJson(timeline, { siteUrl: SITE_URL }), null, 2);

describe('toPlacesGeoJson()', () => {
  it('is valid GeoJSON (RFC 7946) by @placemarkio/check-geojson, for every fixture with places', () => {
    for (const timeline of [small, layoutSite, hostile]) expect(getIssues(text(timeline))).toEqual([]);
  });

  it('is a checker that would catch a broken point (the test is not vacuous)', () => {
    const broken = JSON.parse(text(small)) as { features: { geometry: { coordinates: unknown } }[] };
    broken.features[0]!.geometry.coordinates = [13.4];
    expect(getIssues(JSON.stringify(broken)).length).toBeGreaterThan(0);
  });

  it('writes longitude before latitude, as RFC 7946 orders a position', () => {
    const data = toPlacesGeoJson(layoutSite, { siteUrl: SITE_URL });
    expect(data.features).toHaveLength(layoutSite.places.length);
    for (const [i, place] of layoutSite.places.entries()) {
      expect(data.features[i]!.geometry).toEqual({
        type: 'Point',
        coordinates: [place.point.longitude, place.point.latitude],
      });
    }
    // small-site's Portville: latitude 46.35, longitude 13.4.
    const portville = toPlacesGeoJson(small, { siteUrl: SITE_URL }).features.find((f) => f.id === 'portville');
    expect(portville?.geometry).toEqual({ type: 'Point', coordinates: [13.4, 46.35] });
  });

  it("gives each place's id, name, kind, reference, page and events, and null where a value is absent", () => {
    const portville = pointsOf(small).find((f) => f.id === 'portville');
    expect(portville).toEqual({
      type: 'Feature',
      id: 'portville',
      geometry: { type: 'Point', coordinates: [13.4, 46.35] },
      properties: {
        feature: 'place',
        id: 'portville',
        name: 'Portville',
        kind: 'town',
        reference: 'Invented for this test fixture',
        referenceUrl: null,
        note: null,
        url: 'https://example.org/timeline/places/portville/',
        events: small.events.filter((e) => e.places.includes(portville!.properties.id as never)).map((e) => e.id),
      },
    });
    expect(portville!.properties.events.length).toBeGreaterThan(1);
  });

  it('adds each area’s or route’s shape after the points, with the source it was drawn from', () => {
    const { features } = toPlacesGeoJson(small, { siteUrl: SITE_URL });
    expect(features.map((f) => f.id)).toEqual([
      'harbour-road',
      'north-district',
      'portville',
      'harbour-road/shape',
      'north-district/shape',
    ]);
    expect(features[4]).toEqual({
      type: 'Feature',
      id: 'north-district/shape',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [13.3, 46.4],
            [13.46, 46.4],
            [13.46, 46.5],
            [13.3, 46.5],
            [13.3, 46.4],
          ],
        ],
      },
      properties: {
        feature: 'shape',
        id: 'north-district',
        name: 'North district',
        kind: 'district',
        source: 'Invented for this test fixture',
        sourceUrl: 'https://example.org/atlas',
        url: 'https://example.org/timeline/places/north-district/',
      },
    });
  });

  it('lists the events of a place in chronological order, and a place without events with none', () => {
    const order: string[] = layoutSite.events.map((e) => e.id);
    for (const feature of pointsOf(layoutSite)) {
      const positions = feature.properties.events.map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(positions.every((p) => p >= 0)).toBe(true);
    }
    const named = new Set(layoutSite.events.flatMap((e) => e.places));
    for (const feature of pointsOf(layoutSite).filter((f) => !named.has(f.id as never))) {
      expect(feature.properties.events).toEqual([]);
    }
  });

  it('carries hostile names, references and addresses as text, and the note as plain text without its Markdown', () => {
    const data = toPlacesGeoJson(hostile, { siteUrl: SITE_URL });
    const script = pointsOf(hostile).find((f) => f.id === 'portville-script-alert')!.properties;
    const original = hostile.places.find((p) => p.id === 'portville-script-alert')!;
    // JSON is data: the text is kept exactly, and JSON.parse gives it back; no reader is asked to render it.
    expect(script.name).toBe(original.name);
    expect(script.reference).toBe(original.reference.title);
    expect(script.referenceUrl).toBe(original.reference.url);
    expect(script.note).toBe('Invented for this test fixture, with emphasis and a link');
    const parsed = JSON.parse(text(hostile)) as typeof data;
    expect(parsed.features.map((f) => f.properties.name)).toEqual(data.features.map((f) => f.properties.name));
  });
});
