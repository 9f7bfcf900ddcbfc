// Shared set-up for the cite tests: the small fixture site and the options every citation is built with.
import { toArticleCsl, toEventCsl, type CslItem } from '../../../src/lib/cite/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

export const ACCESSED = { year: 2026, month: 11, day: 23 } as const;
/** The edition's date: the site passes its build date both as the page's publication date and as the access date. */
export const PUBLISHED = ACCESSED;
/** A site served below a base path, so that URLs are checked with one. */
export const SITE_URL = 'https://example.org/timeline/';

export async function loadSmallSite(): Promise<Timeline> {
  return loadTimeline('tests/fixtures/small-site');
}

/** The CSL-JSON of every event and article of a timeline, as the site builds it. */
export function citationItems(timeline: Timeline): { events: CslItem[]; articles: CslItem[] } {
  const { title, publisher, language } = timeline.config;
  return {
    events: timeline.events.map((event) =>
      toEventCsl(event, {
        siteName: title,
        publisher,
        language,
        siteUrl: SITE_URL,
        published: PUBLISHED,
        accessed: ACCESSED,
      }),
    ),
    articles: timeline.articles.map((article) => toArticleCsl(article, { accessed: ACCESSED })),
  };
}
