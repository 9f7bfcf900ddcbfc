import { beforeAll, describe, expect, it } from 'vitest';
import { toSourcesJson } from '../../../src/lib/export/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';

let small: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
});

describe('toSourcesJson()', () => {
  it('describes each article with its provenance, and null where a value is absent', () => {
    const data = toSourcesJson(small, { siteUrl: SITE_URL });
    expect(data).toMatchObject({ version: 1, url: SITE_URL });
    const later = data.sources.find((s) => s.id === 'gazette-2022-06')!;
    expect(later).toMatchObject({
      url: 'https://example.org/timeline/sources/gazette-2022-06/',
      title: 'Bridge opens to traffic',
      titleNote: null,
      outlet: 'The Fixture Gazette',
      published: { edtf: '2022-06~', precision: 'month', display: 'about June 2022', basis: 'inferred' },
      dateline: null,
      language: 'en',
      originalUrl: null,
    });
    expect(data.sources.find((s) => s.id === 'gazette-2021-03-04')!.originalUrl).toBe(
      'https://example.org/gazette/harbour-bridge',
    );
  });

  it('lists every citation of the article once, with the citing event and the passage link', () => {
    const data = toSourcesJson(small, { siteUrl: SITE_URL });
    const total = small.events.reduce((sum, event) => sum + event.citations.length, 0);
    expect(data.sources.reduce((sum, source) => sum + source.citedBy.length, 0)).toBe(total);
    const later = data.sources.find((s) => s.id === 'gazette-2022-06')!;
    expect(later.citedBy.map((c) => [c.event, c.stance, c.claimant])).toEqual([
      ['works-period', 'fact', null],
      ['bridge-opens', 'fact', null],
      ['bridge-opens', 'claim', 'Opponents of the bridge'],
    ]);
    expect(later.citedBy[0]!.passageUrl).toMatch(
      /^https:\/\/example\.org\/timeline\/sources\/gazette-2022-06\/#p\d+:~:text=/,
    );
  });

  it('leaves out the articles’ text', () => {
    const json = JSON.stringify(toSourcesJson(small, { siteUrl: SITE_URL }));
    expect(json).not.toContain('Decades of delay');
  });
});
