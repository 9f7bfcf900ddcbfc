import { describe, expect, it } from 'vitest';
import { chooseMapView } from '../../../src/lib/map/choose-map-view.ts';
import { countriesForProjection } from '../../../src/lib/map/load-countries.ts';
import { layoutPlaceMap } from '../../../src/lib/map/layout-place-map.ts';
import { renderPlaceMap, type RenderPlaceMapInput } from '../../../src/lib/map/render-place-map.ts';
import type { Place } from '../../../src/lib/timeline-model.ts';
import { TWO_COUNTRIES } from './fixture-topology.ts';
import {
  corridor,
  hakari,
  HISTORY_COUNTS,
  HISTORY_PLACES,
  kalbajar,
  lachin,
  shusha,
  stepanakert,
  testPlace,
} from './map-test-places.ts';

const base: RenderPlaceMapInput = {
  places: [stepanakert, shusha, lachin, hakari, corridor, kalbajar],
  counts: HISTORY_COUNTS,
  size: { width: 640, height: 480 },
  kind: 'overview',
  countries: TWO_COUNTRIES,
  href: (place) => `/places/${place.id}/`,
  labels: { map: 'Map of the places of the events', place: (name, count) => `${name}: ${count} events` },
};

/** The attributes of every element with the class, in document order. */
function elements(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe('renderPlaceMap()', () => {
  it('writes the markup contract: an svg group with its projection, land, borders and a link per place', () => {
    const markup = renderPlaceMap(base);
    const [root] = elements(markup, 'svg');
    expect(root).toMatchObject({
      class: 'place-map__svg place-map__svg--overview',
      viewBox: '0 0 640 480',
      width: '640',
      height: '480',
      role: 'group',
      'aria-label': 'Map of the places of the events',
    });
    const projection = JSON.parse((root?.['data-projection'] ?? '').replace(/&quot;/g, '"'));
    expect(projection).toEqual(layoutPlaceMap(base).projection);
    expect(markup).toContain('<g class="place-map__land" aria-hidden="true"><path class="place-map__country" d="M');
    expect(markup).toContain('<path class="place-map__borders" d="M');
    const links = elements(markup, 'a');
    expect(links.map((link) => link['data-place']).sort()).toEqual(base.places.map((place) => place.id).sort());
    for (const link of links) {
      expect(link.class).toBe('place-map__place');
      expect(link.href).toBe(`/places/${link['data-place']}/`);
    }
    expect(links.find((link) => link['data-place'] === 'stepanakert-khankendi')).toMatchObject({
      'data-kind': 'city',
      'aria-label': 'Stepanakert/Khankendi: 14 events',
    });
  });

  it('draws a shape per kind: settlements a dot, crossings a square, areas a ring, routes a diamond', () => {
    const markup = renderPlaceMap(base);
    const shapeOf = (id: string) =>
      markup.match(
        new RegExp(`data-place="${id}"[^>]*>(<circle [^>]*>)<(\\w+) class="place-map__mark place-map__mark--(\\w+)"`),
      )?.[3];
    expect(shapeOf('stepanakert-khankendi')).toBe('dot');
    expect(shapeOf('hakari-bridge')).toBe('square');
    expect(shapeOf('kalbajar')).toBe('ring');
    expect(shapeOf('lachin-corridor')).toBe('diamond');
  });

  it('gives every mark a target of 24 px a pointer can hit, unseen with or without a stylesheet', () => {
    const markup = renderPlaceMap(base);
    const hits = elements(markup, 'circle').filter((circle) => circle.class === 'place-map__hit');
    expect(hits).toHaveLength(base.places.length);
    for (const hit of hits) expect(hit).toMatchObject({ r: '12', fill: 'transparent' });
  });

  it('names places beside their marks, each name once', () => {
    const markup = renderPlaceMap(base);
    const labels = [...markup.matchAll(/<text [^>]*class="place-map__label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toContain('Stepanakert/Khankendi');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('escapes editor text: a name with markup and quotes stays text', () => {
    const hostile = testPlace('hostile', '<script>alert("x")</script> & "Q" \'s', 39.7, 46.6);
    const markup = renderPlaceMap({
      ...base,
      places: [hostile],
      counts: new Map([[hostile.id, 2]]),
      href: () => '/places/"><script>alert(1)</script>/',
      labels: { map: 'Map "of" <places>', place: (name, count) => `${name}: ${count}` },
    });
    expect(markup).not.toContain('<script');
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Q&quot;');
    expect(markup).toContain('aria-label="Map &quot;of&quot; &lt;places&gt;"');
    expect(markup).toContain('href="/places/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;/"');
    // The label's text is escaped too.
    expect(markup).toMatch(/>&lt;script&gt;alert\("x"\)&lt;\/script&gt; &amp; "Q" 's<\/text>/);
  });

  it('is the same markup on every run', () => {
    expect(renderPlaceMap(base)).toBe(renderPlaceMap({ ...base, places: [...base.places].reverse() }));
  });

  it('marks highlighted places and draws them last, on top', () => {
    const markup = renderPlaceMap({ ...base, highlight: [lachin.id] });
    const links = elements(markup, 'a');
    expect(
      links.filter((link) => link.class === 'place-map__place is-highlighted').map((l) => l['data-place']),
    ).toEqual(['lachin-berdzor']);
    expect(links.at(-1)?.['data-place']).toBe('lachin-berdzor');
  });

  it('as a locator, highlights and names its event’s places and only dots the others', () => {
    const markup = renderPlaceMap({
      ...base,
      kind: 'locator',
      size: { width: 320, height: 220 },
      highlight: [hakari.id],
    });
    expect(markup).toContain('class="place-map__svg place-map__svg--locator"');
    const labels = [...markup.matchAll(/class="place-map__label"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual(['Hakari bridge']);
  });

  it('draws the home page’s overview of the Karabakh core from Natural Earth in under 25 KB', () => {
    const weight = (place: Place) => HISTORY_COUNTS.get(place.id) ?? 0;
    const view = chooseMapView(HISTORY_PLACES, weight);
    const markup = renderPlaceMap({ ...base, places: view.framed, countries: countriesForProjection });
    // 20.3 KB when written (the Caucasus, 9 places, 640×480, Natural Earth 10m at 2 px²).
    expect(markup.length).toBeLessThan(25_000);
    expect(markup).toContain('data-place="baku"');
  });

  it('draws a map of places far apart (Washington to Baku) from Natural Earth 50m in under 70 KB', () => {
    const markup = renderPlaceMap({ ...base, places: HISTORY_PLACES, countries: countriesForProjection });
    // 62.2 KB when written: only when no places cluster does a map frame half the world.
    expect(markup.length).toBeLessThan(70_000);
    expect(elements(markup, 'a')).toHaveLength(HISTORY_PLACES.length);
  });

  it('draws a locator of one place from Natural Earth in under 12 KB (10.9 KB when written)', () => {
    const markup = renderPlaceMap({
      ...base,
      places: [lachin],
      kind: 'locator',
      size: { width: 320, height: 220 },
      countries: countriesForProjection,
    });
    expect(markup.length).toBeLessThan(12_000);
  });
});
