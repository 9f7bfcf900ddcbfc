import { beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { buildSite } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';

// The builds other test files make too (same content, same settings, so built once per run): the small fixture has
// one invented place and a German edition that names it "Portstadt"; the hostile one has places named like attacks.
function builtPages(content: string, name: string): Map<string, DistPage> {
  const build = buildSite(content, name);
  if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
  return new Map(readDistPages(build.outDir).map((page) => [page.path, page]));
}

const page = (byPath: Map<string, DistPage>, path: string): Document => {
  const found = byPath.get(path);
  if (found === undefined) throw new Error(`no page ${path}`);
  return found.document;
};

/** The JSON-LD objects of a page. */
const jsonLdOf = (document: Document): Record<string, unknown>[] =>
  [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>,
  );

describe('the places pages of the small fixture', () => {
  let byPath: Map<string, DistPage>;
  let timeline: Timeline;

  beforeAll(async () => {
    timeline = await loadTimeline('tests/fixtures/small-site');
    byPath = builtPages('tests/fixtures/small-site', 'small-site');
  });

  it('publishes /places/ and a page for every place in every edition', () => {
    expect(timeline.places.length).toBeGreaterThan(0);
    for (const root of ['/', '/de/']) {
      expect(byPath.has(`${root}places/`), `${root}places/`).toBe(true);
      for (const place of timeline.places) expect(byPath.has(`${root}places/${place.id}/`), place.id).toBe(true);
    }
  });

  it('draws an SVG map on the home page, every event page that names places, and the places pages', () => {
    const withPlaces = timeline.events.filter((event) => event.places.length > 0 && event.draft !== true);
    const paths = ['/', '/places/', '/places/portville/', ...withPlaces.map((event) => `/events/${event.id}/`)];
    for (const path of paths) expect(page(byPath, path).querySelector('svg.place-map__svg'), path).not.toBeNull();
    const placeless = timeline.events.find((event) => event.places.length === 0)!;
    expect(page(byPath, `/events/${placeless.id}/`).querySelector('.place-map')).toBeNull();
  });

  it('puts the home page map in #place-map.home-map, after the timeline', () => {
    const home = page(byPath, '/');
    const map = home.getElementById('place-map');
    expect(map?.classList.contains('home-map')).toBe(true);
    expect(map?.querySelector('svg.place-map__svg')).not.toBeNull();
    const beside = [...(map?.parentElement?.children ?? [])].map((child) => child.tagName.toLowerCase());
    expect(beside.indexOf('tl-timeline')).toBeGreaterThanOrEqual(0);
    expect(beside.indexOf('tl-timeline')).toBeLessThan(beside.indexOf('section'));
  });

  it('links every mark and every place name to a place page that exists, in the page’s own edition', () => {
    let links = 0;
    for (const [path, { document }] of byPath) {
      for (const link of document.querySelectorAll('a[data-place]')) {
        const href = link.getAttribute('href') ?? '';
        const id = link.getAttribute('data-place') ?? '';
        const root = path.startsWith('/de/') ? '/de/' : '/';
        expect(href, `${path}: ${id}`).toBe(`${root}places/${id}/`);
        expect(byPath.has(href), `${path} links to missing ${href}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(0);
  });

  it('names an event’s places by the gazetteer, linked, in the edition’s language', () => {
    const link = (path: string) => page(byPath, path).querySelector('.facts a[data-place="portville"]')?.textContent;
    expect(link('/events/bridge-opens/')).toBe('Portville');
    expect(link('/de/events/bridge-opens/')).toBe('Portstadt');
  });

  it('gives a place its kind, its coordinates in the page’s language, their reference and its events in time order', () => {
    const place = page(byPath, '/places/portville/');
    expect(place.querySelector('h1')?.textContent).toBe('Portville');
    expect(place.querySelector('.place-page__point')?.textContent).toBe('46.3500° N, 13.4000° E');
    expect(place.querySelector('.place-page .source-facts__note')?.textContent).toBe(
      'Coordinates: Invented for this test fixture',
    );
    const expected = timeline.events
      .filter((event) => event.places.includes('portville' as never) && event.draft !== true)
      .map((event) => event.id);
    const listed = [...place.querySelectorAll('.place-page__events [data-event-id]')].map((li) =>
      li.getAttribute('data-event-id'),
    );
    expect(listed).toEqual(expected);
    expect(page(byPath, '/de/places/portville/').querySelector('.place-page__point')?.textContent).toBe(
      '46,3500° N, 13,4000° O',
    );
  });

  it('lists every place on /places/ with its number of events', () => {
    const items = [...page(byPath, '/places/').querySelectorAll('.place-list__item')];
    expect(items.map((item) => item.getAttribute('data-place'))).toEqual(timeline.places.map((place) => place.id));
    const portville = items.find((item) => item.getAttribute('data-place') === 'portville');
    expect(portville?.querySelector('.place-list__meta')?.textContent).toMatch(/^town · \d+ events$/);
    const road = items.find((item) => item.getAttribute('data-place') === 'harbour-road');
    expect(road?.querySelector('.place-list__meta')?.textContent).toBe('road or route · 1 event');
  });

  it('offers a place page to the site search as a Place, found by its own text rather than its events’', () => {
    const place = page(byPath, '/places/portville/');
    const body = place.querySelector('[data-pagefind-body]');
    expect(body?.querySelector('[data-pagefind-filter="type"]')?.textContent).toBe('Place');
    expect(body?.querySelector('.place-page__events')?.closest('[data-pagefind-ignore]')).not.toBeNull();
    expect(body?.querySelector('.place-map')?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('describes a place page in JSON-LD as a Place with GeoCoordinates', () => {
    const [data] = jsonLdOf(page(byPath, '/places/portville/'));
    expect(data).toMatchObject({
      '@type': 'WebPage',
      about: {
        '@type': 'Place',
        name: 'Portville',
        geo: { '@type': 'GeoCoordinates', latitude: 46.35, longitude: 13.4 },
      },
    });
  });

  it('links to the places from the header, and to the same place in the other edition (hreflang)', () => {
    const place = page(byPath, '/places/portville/');
    expect(place.querySelector('.site-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/places/');
    const alternates = [...place.querySelectorAll('link[rel="alternate"][hreflang]')].map(
      (link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`,
    );
    expect(alternates).toContain('de /de/places/portville/');
    expect(alternates).toContain('en /places/portville/');
  });
});

describe('the places pages of hostile content', () => {
  let byPath: Map<string, DistPage>;

  beforeAll(() => {
    byPath = builtPages('tests/fixtures/hostile-site', 'hostile-site');
  });

  it('shows hostile place names and references as text, on the map, in lists and on the place page', () => {
    const name = 'Portville <script>alert("place")</script>';
    const place = page(byPath, '/places/portville-script-alert/');
    expect(place.querySelector('h1')?.textContent).toBe(name);
    expect(place.querySelector('.source-facts__note')?.textContent).toBe(
      'Coordinates: Invented atlas <img src=x onerror=alert("reference")>',
    );
    const reference = place.querySelector('.source-facts__note a');
    expect(reference?.getAttribute('href')).toBe('https://example.org/atlas?q="><script>alert(1)</script>');
    expect(reference?.getAttribute('rel')).toBe('noopener');
    expect([...page(byPath, '/places/').querySelectorAll('.place-list__name')].map((a) => a.textContent)).toContain(
      name,
    );
    const marks = [...page(byPath, '/').querySelectorAll('.place-map__place')];
    expect(marks.map((mark) => mark.getAttribute('data-place'))).toContain('portville-script-alert');
    // The raw HTML never holds the attacks as markup (hostile-content.test.ts checks every page's elements too).
    for (const { html, path } of byPath.values()) {
      expect(html, path).not.toContain('<script>alert("place")');
      expect(html, path).not.toContain('<form action="https://evil.example/">');
      expect(html, path).not.toContain('<img src=x onerror=alert("reference")>');
    }
  });

  it('renders a place’s note through the Markdown sanitiser', () => {
    const note = page(byPath, '/places/portville-script-alert/').querySelector('.editor-note');
    expect(note?.querySelector('em')?.textContent).toBe('emphasis');
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/atlas');
  });
});
