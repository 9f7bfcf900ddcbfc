import type { ArticleId, Citation, EventId, PlaceId } from './timeline-model.ts';

/** The site's URLs, below a base path (`/` or `/timelines/karabakh/`). One place, so no page spells a route. */
export interface SitePaths {
  /** The edition's home: the site's root, or `/ru/` for the Russian edition of a site in another language. */
  home(): string;
  /** A file every edition shares (scripts, icons, the search index): always below the site's root. */
  asset(file: string): string;
  event(id: EventId | string): string;
  /** An event's list of versions. */
  eventHistory(id: EventId | string): string;
  /** The permanent page of one version of an event (see src/lib/history/content-version.ts for the id). */
  eventVersion(id: EventId | string, versionId: string): string;
  source(id: ArticleId | string): string;
  sources(): string;
  /** A place of the gazetteer: where it is, and its events. */
  place(id: PlaceId | string): string;
  /** Every place, on a map and in a list. */
  places(): string;
  about(): string;
  search(): string;
  /** The corrections log. */
  corrections(): string;
  /** The Atom feed of new events and corrections. */
  feed(): string;
  /** The open-data page; its files are `data(file)`. */
  data(file?: string): string;
  /** The source page scrolled to the cited paragraph, with a text fragment that highlights the exact words. */
  passage(citation: Pick<Citation, 'article' | 'paragraphId' | 'passage'>): string;
}

/**
 * Paths for a site served from `base`; with `edition`, the paths of that language's edition (`/ru/events/…`),
 * whose shared files stay at the root.
 */
export function createSitePaths(base: string, edition?: string): SitePaths {
  const siteRoot = base.endsWith('/') ? base : `${base}/`;
  const root = edition === undefined ? siteRoot : `${siteRoot}${edition}/`;
  const source = (id: string) => `${root}sources/${id}/`;
  return {
    home: () => root,
    asset: (file) => `${siteRoot}${file}`,
    event: (id) => `${root}events/${id}/`,
    eventHistory: (id) => `${root}events/${id}/history/`,
    eventVersion: (id, versionId) => `${root}events/${id}/versions/${versionId}/`,
    source,
    sources: () => `${root}sources/`,
    place: (id) => `${root}places/${id}/`,
    places: () => `${root}places/`,
    about: () => `${root}about/`,
    search: () => `${root}search/`,
    corrections: () => `${root}corrections/`,
    feed: () => `${root}feed.xml`,
    data: (file) => `${root}data/${file ?? ''}`,
    passage: (citation) =>
      `${source(citation.article)}#${citation.paragraphId}:~:text=${toTextFragment(citation.passage)}`,
  };
}

const WORDS_AT_EACH_END = 5;
const LONGEST_EXACT = 120;

/**
 * The `text=` value of a URL text fragment for a passage: the passage itself when short, else its first and last
 * words as `start,end` (browsers match those across the passage). `-`, `,` and `&` are syntax in text fragments,
 * so they are percent-encoded along with everything encodeURIComponent encodes.
 * @example toTextFragment('on the night of November 10') // "on%20the%20night%20of%20November%2010"
 */
export function toTextFragment(passage: string): string {
  const words = passage.trim().split(/\s+/);
  if (passage.length <= LONGEST_EXACT || words.length <= WORDS_AT_EACH_END * 2)
    return encodeFragmentText(words.join(' '));
  const start = words.slice(0, WORDS_AT_EACH_END).join(' ');
  const end = words.slice(-WORDS_AT_EACH_END).join(' ');
  return `${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
