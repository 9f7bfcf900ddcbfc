import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';

interface GeoJsonPoints {
  type: string;
  features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
}

// The small fixture's one (invented) place, Portville at 46.35° N, 13.4° E, named "Portstadt" in its German edition.
describe('where the events happened, in the open data, JSON-LD and share cards of a built site', () => {
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(() => {
    build = buildSite('tests/fixtures/small-site', 'small-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('publishes places.geojson in every edition: valid GeoJSON, longitude first, names in the edition’s language', () => {
    for (const [prefix, name] of [
      ['', 'Portville'],
      ['de/', 'Portstadt'],
    ] as const) {
      const text = read(`${prefix}data/places.geojson`);
      expect(getIssues(text), prefix).toEqual([]);
      const data = JSON.parse(text) as GeoJsonPoints;
      expect(data.type).toBe('FeatureCollection');
      const portville = data.features.find((feature) => feature.id === 'portville');
      expect(portville!.geometry.coordinates).toEqual([13.4, 46.35]);
      // The route's line and the district's outline follow the points, valid too (getIssues above).
      expect(data.features.map((feature) => feature.id).slice(-2)).toEqual([
        'harbour-road/shape',
        'north-district/shape',
      ]);
      expect(portville!.properties).toMatchObject({
        id: 'portville',
        name,
        kind: 'town',
        reference: 'Invented for this test fixture',
        url: `http://localhost:4321/${prefix}places/portville/`,
      });
      expect(portville!.properties['events']).toContain('council-vote');
    }
  });

  it('lists places.geojson on the data page, with its description, in each language', () => {
    for (const [prefix, description] of [
      ['', 'Every place of the gazetteer as a GeoJSON point'],
      ['de/', 'Jeder Ort des Ortsverzeichnisses als GeoJSON-Punkt'],
    ] as const) {
      const { document } = parseHTML(read(`${prefix}data/index.html`));
      const link = document.querySelector(`a[href="/${prefix}data/places.geojson"]`);
      expect(link?.textContent?.trim(), prefix).toBe('places.geojson');
      expect(link?.closest('dt')?.nextElementSibling?.textContent).toContain(description);
    }
  });

  it('gives the places with their coordinates in events.json and events.csv', () => {
    const json = JSON.parse(read('data/events.json')) as {
      version: number;
      events: { id: string; places: unknown[] }[];
    };
    expect(json.version).toBe(3);
    expect(json.events.find((e) => e.id === 'council-vote')!.places).toEqual([
      { id: 'portville', name: 'Portville', kind: 'town', latitude: 46.35, longitude: 13.4 },
    ]);
    const row = csvParse(read('data/events.csv')).find((r) => r['id'] === 'council-vote')!;
    expect([row['places'], row['place_names'], row['coordinates']]).toEqual(['portville', 'Portville', '46.35,13.4']);
    const german = JSON.parse(read('de/data/events.json')) as { events: { id: string; places: { name: string }[] }[] };
    expect(german.events.find((e) => e.id === 'council-vote')!.places[0]!.name).toBe('Portstadt');
  });

  it("puts the event's places into its JSON-LD as Places with GeoCoordinates and their page", () => {
    for (const [prefix, name] of [
      ['', 'Portville'],
      ['de/', 'Portstadt'],
    ] as const) {
      const { document } = parseHTML(read(`${prefix}events/council-vote/index.html`));
      const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as {
        about: { location: unknown[] };
      };
      expect(data.about.location).toEqual([
        {
          '@type': 'Place',
          '@id': `http://localhost:4321/${prefix}places/portville/`,
          name,
          geo: { '@type': 'GeoCoordinates', latitude: 46.35, longitude: 13.4 },
          url: `http://localhost:4321/${prefix}places/portville/`,
        },
      ]);
    }
  });

  it('draws a locator map into the share card of an event with places, and none into one without', () => {
    const card = read('snapshots/events/council-vote.svg');
    expect(card).toContain('class="place-map__svg place-map__svg--locator"');
    expect(card).toContain('data-place="portville"');
    expect(card).toContain('>Borders: Natural Earth 4.1.0, public domain.</text>');
    expect(card).toContain('>Council approves the bridge</text>');
    expect(read('de/snapshots/events/council-vote.svg')).toContain('>Portstadt</text>');
    const without = read('snapshots/events/mayor-statement.svg');
    expect(without).not.toContain('place-map');
    // A PNG of the card's size.
    const png = readFileSync(join(build.outDir, 'snapshots/events/council-vote.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('hostile place names in the open data and share cards', () => {
  let build: BuildResult;
  const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(() => {
    build = buildSite('tests/fixtures/hostile-site', 'hostile-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  });

  it('keeps them as text: valid GeoJSON that gives them back, spreadsheet-safe CSV, escaped SVG', () => {
    const text = read('data/places.geojson');
    expect(getIssues(text)).toEqual([]);
    const names = (JSON.parse(text) as GeoJsonPoints).features.map((f) => f.properties['name']);
    expect(names).toContain('Portville <script>alert("place")</script>');
    for (const file of ['snapshots/events/works-period.svg', 'snapshots/events/ferry-closed.svg']) {
      const card = read(file);
      expect(card, file).toContain('place-map__svg');
      expect(card, file).not.toMatch(/<(script|form|button)[\s>]/);
    }
    expect(read('snapshots/events/works-period.svg')).toContain('Portville &lt;script&gt;');
  });
});
