import { describe, expect, it } from 'vitest';
import { createSiteUrls } from '../../../src/lib/cite/index.ts';
import type { ArticleId } from '../../../src/lib/timeline-model.ts';

describe('createSiteUrls()', () => {
  it('gives absolute URLs under the base path, with or without a trailing slash', () => {
    for (const site of ['https://example.org/timelines/karabakh/', 'https://example.org/timelines/karabakh']) {
      const urls = createSiteUrls(site);
      expect(urls.home()).toBe('https://example.org/timelines/karabakh/');
      expect(urls.event('bridge-opens')).toBe('https://example.org/timelines/karabakh/events/bridge-opens/');
      expect(urls.source('gazette-2022-06')).toBe('https://example.org/timelines/karabakh/sources/gazette-2022-06/');
      expect(urls.place('hakari-bridge')).toBe('https://example.org/timelines/karabakh/places/hakari-bridge/');
      expect(urls.places()).toBe('https://example.org/timelines/karabakh/places/');
    }
    expect(createSiteUrls('http://localhost:4321').about()).toBe('http://localhost:4321/about/');
  });

  it('keeps the passage link’s text fragment as the site paths write it', () => {
    const url = createSiteUrls('http://localhost:4321/').passage({
      article: 'a' as ArticleId,
      paragraphId: 'p2',
      passage: 'on the night of November 10',
    });
    expect(url).toBe('http://localhost:4321/sources/a/#p2:~:text=on%20the%20night%20of%20November%2010');
  });

  it('refuses a site URL that is not absolute', () => {
    expect(() => createSiteUrls('/timeline/')).toThrow(TypeError);
  });
});
