import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { INFERRED_DATE_NOTE, toArticleCsl, toEventCsl, type CslItem } from '../../../src/lib/cite/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { ACCESSED, SITE_URL, citationItems, loadSmallSite } from './cite-fixtures.ts';

// The official CSL-JSON schema, v1.0 (see schema/README.md).
const schema = JSON.parse(readFileSync(new URL('schema/csl-data.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

function expectValidCsl(items: readonly CslItem[]): void {
  const valid = validate(items);
  expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
  expect(valid).toBe(true);
}

let small: Timeline;
let layoutSite: Timeline;
beforeAll(async () => {
  [small, layoutSite] = await Promise.all([loadSmallSite(), loadTimeline('tests/fixtures/layout-site')]);
});

describe('CSL-JSON against the CSL data schema', () => {
  it('is valid for every fixture event and article', () => {
    const { events, articles } = citationItems(small);
    expectValidCsl(events);
    expectValidCsl(articles);
  });

  it('is a schema that rejects what CSL does not allow', () => {
    expect(validate([{ id: 'x', type: 'webpage', issued: { 'date-parts': [[2020, 1, 1, 1]] } }])).toBe(false);
    expect(validate([{ id: 'x', type: 'webpage', site: 'no such variable' }])).toBe(false);
  });

  it('is valid for every event and article of the layout fixture', () => {
    const { events, articles } = citationItems(layoutSite);
    expectValidCsl([...events, ...articles]);
  });
});

describe('toEventCsl()', () => {
  it('describes the event page: webpage, title with the event’s date, site, publisher, the page’s own date, URL, access date', () => {
    const event = small.events.find((e) => e.id === 'council-vote')!;
    expect(
      toEventCsl(event, {
        siteName: 'Fixture timeline',
        publisher: 'Fixture editors',
        language: 'en',
        siteUrl: SITE_URL,
        published: { year: 2026, month: 11, day: 1 },
        accessed: ACCESSED,
      }),
    ).toEqual({
      id: 'council-vote',
      type: 'webpage',
      'citation-key': 'council_vote',
      title: 'Council approves the bridge (2 March 2021)',
      'container-title': 'Fixture timeline',
      publisher: 'Fixture editors',
      issued: { 'date-parts': [[2026, 11, 1]] },
      accessed: { 'date-parts': [[2026, 11, 23]] },
      URL: 'https://example.org/timeline/events/council-vote/',
      language: 'en',
    });
  });

  it('never names a person: an event page has no author, and the publisher stays an organisation', () => {
    for (const item of citationItems(layoutSite).events) {
      expect(item).not.toHaveProperty('author');
      expect(item.publisher).toBe('Layout fixture editors');
    }
  });

  it('takes the access date it is given and builds URLs under the site’s base path', () => {
    const event = small.events[0]!;
    const item = toEventCsl(event, {
      siteName: 'S',
      siteUrl: 'http://localhost:4321',
      published: ACCESSED,
      accessed: { year: 1999, month: 12, day: 31 },
    });
    expect(item.accessed).toEqual({ 'date-parts': [[1999, 12, 31]] });
    expect(item.URL).toBe(`http://localhost:4321/events/${event.id}/`);
    expect(item).not.toHaveProperty('publisher');
    expect(() =>
      toEventCsl(event, { siteName: 'S', siteUrl: '/timeline/', published: ACCESSED, accessed: ACCESSED }),
    ).toThrow(TypeError);
  });
});

describe('toArticleCsl()', () => {
  it('describes a source article: article-newspaper, headline, outlet kept as spelt, date at its precision', () => {
    const article = small.articles.find((a) => a.id === 'gazette-2021-03-04')!;
    expect(toArticleCsl(article, { accessed: ACCESSED })).toEqual({
      id: 'gazette-2021-03-04',
      type: 'article-newspaper',
      'citation-key': 'gazette_2021_03_04',
      title: 'Council approves “new” harbour bridge',
      'container-title': 'The Fixture Gazette',
      issued: { 'date-parts': [[2021, 3, 4]] },
      URL: 'https://example.org/gazette/harbour-bridge',
      accessed: { 'date-parts': [[2026, 11, 23]] },
      language: 'en',
    });
  });

  it('gives no URL or access date when the original address is unknown, and notes an inferred date', () => {
    const article = small.articles.find((a) => a.id === 'gazette-2022-06')!;
    const item = toArticleCsl(article, { accessed: ACCESSED });
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('accessed');
    expect(item.note).toBe(INFERRED_DATE_NOTE);
    expect(item.issued).toEqual({ 'date-parts': [[2022, 6]], circa: true });
  });

  it('never makes an outlet an author', () => {
    for (const item of citationItems(layoutSite).articles) expect(item).not.toHaveProperty('author');
  });
});
