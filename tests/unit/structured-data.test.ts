import { beforeAll, describe, expect, it } from 'vitest';
import { createSiteUrls, toEventCsl } from '../../src/lib/cite/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import {
  toEventPageJsonLd,
  toEventVersionJsonLd,
  toPlacePageJsonLd,
  toSourcePageJsonLd,
} from '../../src/lib/structured-data.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';
const BUILT_ON = { year: 2026, month: 11, day: 23 } as const;

let small: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
});

const context = () => ({ config: small.config, urls: createSiteUrls(SITE_URL), builtOn: BUILT_ON });
const articleOf = (id: string) => small.articles.find((a) => a.id === id)!;
const placeOf = (id: string) => small.places.find((p) => p.id === id)!;

describe('toEventPageJsonLd()', () => {
  it('names and dates the page as its citations do, and gives the Event its own dates', () => {
    const event = { ...small.events.find((e) => e.id === 'council-vote')!, corrections: [] };
    const data = toEventPageJsonLd(event, articleOf, placeOf, context());
    const csl = toEventCsl(event, {
      siteName: small.config.title,
      siteUrl: SITE_URL,
      published: BUILT_ON,
      accessed: BUILT_ON,
    });
    expect(data).toMatchObject({
      '@type': 'WebPage',
      name: csl.title,
      datePublished: '2026-11-23',
      dateModified: '2026-11-23',
      about: { '@type': 'Event', name: event.title, startDate: '2021-03-02' },
    });
    expect(csl.title).toBe('Council approves the bridge (2 March 2021)');
  });

  it("gives the Event its places as schema.org Places with the page's name, GeoCoordinates and the place's page", () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    expect(toEventPageJsonLd(event, articleOf, placeOf, context())['about']).toMatchObject({
      location: [
        {
          '@type': 'Place',
          name: 'Portville',
          geo: { '@type': 'GeoCoordinates', latitude: 46.35, longitude: 13.4 },
          url: 'https://example.org/timeline/places/portville/',
        },
      ],
    });
    // A translated edition's name is the one the lookup gives.
    const translated = (id: string) => ({ ...placeOf(id), name: 'Портвиль' });
    const about = toEventPageJsonLd(event, articleOf, translated, context())['about'] as {
      location: { name: string }[];
    };
    expect(about.location[0]!.name).toBe('Портвиль');
    const nowhere = small.events.find((e) => e.places.length === 0)!;
    expect(toEventPageJsonLd(nowhere, articleOf, placeOf, context())['about']).not.toHaveProperty('location');
  });

  it('dates the page by its own publication and update where they are known', () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    const pageDates = {
      published: { year: 2026, month: 11, day: 20 },
      updated: { year: 2026, month: 12, day: 2 },
      basis: 'history',
    } as const;
    expect(toEventPageJsonLd(event, articleOf, placeOf, { ...context(), pageDates })).toMatchObject({
      datePublished: '2026-11-20',
      dateModified: '2026-12-02',
    });
  });
});

describe('toEventVersionJsonLd()', () => {
  it('is a WebPage of the version, dated by its day, with its id as version', () => {
    const url = 'https://example.org/timeline/events/council-vote/versions/2026-11-20-0a1b2c3d/';
    const data = toEventVersionJsonLd(
      { url, id: '2026-11-20-0a1b2c3d', title: 'Council votes (March 2021)', day: { year: 2026, month: 11, day: 20 } },
      context(),
    );
    expect(data).toMatchObject({
      '@id': url,
      name: 'Council votes (March 2021)',
      datePublished: '2026-11-20',
      dateModified: '2026-11-20',
      version: '2026-11-20-0a1b2c3d',
    });
  });
});

describe('corrections in JSON-LD', () => {
  it('gives a corrected page its CorrectionComments and dates it modified on its newest correction', () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    const data = toEventPageJsonLd(event, articleOf, placeOf, context());
    expect(data['dateModified']).toBe('2026-11-30');
    expect(data['correction']).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-20', text: event.corrections[0]!.text },
      { '@type': 'CorrectionComment', datePublished: '2026-11-30', text: event.corrections[1]!.text },
    ]);
  });

  it('takes a later update from the page dates, and leaves an uncorrected page without correction', () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    const updated = { year: 2026, month: 12, day: 2 };
    const data = toEventPageJsonLd(event, articleOf, placeOf, {
      ...context(),
      pageDates: { basis: 'history', updated },
    });
    expect(data['dateModified']).toBe('2026-12-02');
    const plain = toEventPageJsonLd(
      small.events.find((e) => e.id === 'bridge-opens')!,
      articleOf,
      placeOf,
      context(),
    );
    expect(plain).not.toHaveProperty('correction');
    expect(toSourcePageJsonLd(articleOf('gazette-2022-06'), context())).toMatchObject({
      dateModified: '2026-11-25',
      correction: [{ '@type': 'CorrectionComment', datePublished: '2026-11-25' }],
    });
  });
});

describe('toSourcePageJsonLd()', () => {
  it('dates our archived copy by the edition and the original article by its own date', () => {
    const data = toSourcePageJsonLd(articleOf('gazette-2022-06'), context());
    expect(data).toMatchObject({ datePublished: '2026-11-23', citation: [{ datePublished: '2022-06' }] });
  });
});

describe('toPlacePageJsonLd()', () => {
  it('is a WebPage about a Place with its GeoCoordinates and its page as @id', () => {
    const portville = placeOf('portville');
    expect(toPlacePageJsonLd(portville, context())).toMatchObject({
      '@type': 'WebPage',
      url: 'https://example.org/timeline/places/portville/',
      name: 'Portville',
      about: {
        '@type': 'Place',
        '@id': 'https://example.org/timeline/places/portville/',
        name: 'Portville',
        geo: { '@type': 'GeoCoordinates', latitude: 46.35, longitude: 13.4 },
      },
    });
  });

  it('gives an event’s location as the gazetteer’s places, named and placed, never as bare ids', () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    const about = toEventPageJsonLd(event, articleOf, placeOf, context())['about'] as Record<string, unknown>;
    expect(about['location']).toEqual([
      {
        '@type': 'Place',
        '@id': 'https://example.org/timeline/places/portville/',
        name: 'Portville',
        url: 'https://example.org/timeline/places/portville/',
        geo: { '@type': 'GeoCoordinates', latitude: 46.35, longitude: 13.4 },
      },
    ]);
  });
});
