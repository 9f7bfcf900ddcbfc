import { createSitePaths, type SitePaths } from '../site-paths.ts';

/**
 * The site's URLs as absolute addresses, for citations and open data that leave the site. `siteUrl` is where the
 * site is served, base path included (`https://example.org/timelines/karabakh/`); throws a TypeError if it is not
 * an absolute URL. With `edition`, the URLs of that language's edition (see createSitePaths).
 * @example createSiteUrls('http://localhost:4321/').event('bridge-opens') // "http://localhost:4321/events/bridge-opens/"
 */
export function createSiteUrls(siteUrl: string, edition?: string): SitePaths {
  const url = new URL(siteUrl);
  const paths = createSitePaths(url.pathname, edition);
  const absolute = (path: string) => `${url.origin}${path}`;
  return {
    home: () => absolute(paths.home()),
    asset: (file) => absolute(paths.asset(file)),
    event: (id) => absolute(paths.event(id)),
    eventHistory: (id) => absolute(paths.eventHistory(id)),
    eventVersion: (id, versionId) => absolute(paths.eventVersion(id, versionId)),
    source: (id) => absolute(paths.source(id)),
    sources: () => absolute(paths.sources()),
    place: (id) => absolute(paths.place(id)),
    places: () => absolute(paths.places()),
    about: () => absolute(paths.about()),
    search: () => absolute(paths.search()),
    corrections: () => absolute(paths.corrections()),
    feed: () => absolute(paths.feed()),
    data: (file) => absolute(paths.data(file)),
    passage: (citation) => absolute(paths.passage(citation)),
  };
}
