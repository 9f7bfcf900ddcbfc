import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { csvParse } from 'd3-dsv';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventsJson } from '../../src/lib/export/index.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { isEditorPage, readDistPages, type DistPage } from '../support/dist-pages.ts';

const SITE = 'http://localhost:4321';

// The small fixture corrects one event twice (listed out of order) and one source article once.
describe('corrections and the feed, in a build of the small fixture', () => {
  let build: BuildResult;
  let pages: Map<string, DistPage>;
  const page = (path: string) => pages.get(path)!.document;
  const file = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

  beforeAll(() => {
    build = buildSite('tests/fixtures/small-site', 'corrections-site', { TIMELINE_BUILD_DATE: '2026-12-02' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = new Map(readDistPages(build.outDir).map((p) => [p.path, p]));
  });

  it('shows a dated correction block near the top of the event page, oldest first, linking the log', () => {
    const notice = page('/events/council-vote/').querySelector('.event-page .correction-notice')!;
    expect(notice).not.toBeNull();
    // Before the summary: a reader sees that the page was corrected before reading it.
    expect(notice.nextElementSibling?.classList.contains('event-page__summary')).toBe(true);
    const items = [...notice.querySelectorAll('li')];
    expect(items.map((li) => li.id)).toEqual(['correction-2026-11-20', 'correction-2026-11-30']);
    expect(items.map((li) => li.querySelector('time')!.getAttribute('datetime'))).toEqual(['2026-11-20', '2026-11-30']);
    expect(items[1]!.querySelector('.correction-notice__label')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Corrected 30 November 2026:',
    );
    expect(items[1]!.querySelector('.correction-notice__text')!.textContent).toBe(
      'An earlier version said the vote was eight to one; the article gives seven votes to two.',
    );
    expect(items[1]!.querySelector('em')!.textContent).toBe('eight');
    expect(notice.querySelector('a[href="/corrections/"]')).not.toBeNull();
    expect(page('/events/bridge-opens/').querySelector('.correction-notice')).toBeNull();
  });

  it('shows the correction on the source page and on the event card the detail panel copies', () => {
    const source = page('/sources/gazette-2022-06/').querySelector('.correction-notice li')!;
    expect(source.id).toBe('correction-2026-11-25');
    expect(source.textContent).toContain('Corrected 25 November 2026:');
    const card = page('/').querySelector('#event-council-vote .correction-notice')!;
    expect(card.querySelectorAll('li')).toHaveLength(2);
    // A list of cards would repeat the ids: only the page itself has them.
    expect(card.querySelector('[id]')).toBeNull();
  });

  it('lists every correction on /corrections/, newest first, each linked to its place on its page', () => {
    const log = page('/corrections/');
    const items = [...log.querySelectorAll('.corrections-log__item')];
    expect(items.map((item) => item.querySelector('a')!.getAttribute('href'))).toEqual([
      '/events/council-vote/#correction-2026-11-30',
      '/sources/gazette-2022-06/#correction-2026-11-25',
      '/events/council-vote/#correction-2026-11-20',
    ]);
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).toEqual([
      '2026-11-30',
      '2026-11-25',
      '2026-11-20',
    ]);
    expect(items[1]!.textContent).toContain('Source article');
    expect(log.querySelector('.corrections-log__empty')).toBeNull();
    // Reachable from every page's footer and from the about page.
    expect(page('/about/').querySelectorAll('a[href="/corrections/"]').length).toBeGreaterThanOrEqual(2);
  });

  it('carries corrections and dateModified in events.json and events.csv', () => {
    const json = JSON.parse(file('data/events.json')) as EventsJson;
    const vote = json.events.find((event) => event.id === 'council-vote')!;
    expect(json.version).toBe(3);
    expect(vote.corrections.map((c) => [c.date, c.url])).toEqual([
      ['2026-11-20', `${SITE}/events/council-vote/#correction-2026-11-20`],
      ['2026-11-30', `${SITE}/events/council-vote/#correction-2026-11-30`],
    ]);
    expect(vote.dateModified).toBe('2026-11-30');
    expect(json.events.find((event) => event.id === 'bridge-opens')).toMatchObject({
      corrections: [],
      dateModified: null,
    });
    const row = csvParse(file('data/events.csv')).find((r) => r['id'] === 'council-vote')!;
    expect(row).toMatchObject({
      correction_count: '2',
      date_modified: '2026-11-30',
      correction_1_date: '2026-11-20',
      correction_2_text: vote.corrections[1]!.text,
    });
    expect(JSON.parse(file('data/events.schema.json'))).toMatchObject({ $defs: { correction: { type: 'object' } } });
  });

  it('describes the corrections in the event page JSON-LD', () => {
    const script = page('/events/council-vote/').querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as Record<string, unknown>;
    expect(data['dateModified']).toBe('2026-11-30');
    expect(data['correction']).toMatchObject([
      { '@type': 'CorrectionComment', datePublished: '2026-11-20' },
      { '@type': 'CorrectionComment', datePublished: '2026-11-30' },
    ]);
  });

  it('links the Atom feed from the head of every page, the embed included', () => {
    for (const [path, p] of pages) {
      if (isEditorPage(p)) continue;
      const link = p.document.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
      // Each edition links its own feed: /feed.xml, or /de/feed.xml on the German pages.
      const edition = /^\/de\//.test(path) ? '/de' : '';
      expect(link?.getAttribute('href'), path).toMatch(new RegExp(`^(http://localhost:4321)?${edition}/feed\\.xml$`));
    }
  });

  it('writes /feed.xml as well-formed Atom: the corrections newest first (no event has a known publication date)', () => {
    const xml = file('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Harbour Bridge: a fixture timeline');
    expect(feed.self).toBe(`${SITE}/feed.xml`);
    expect(feed.items.map((item) => [item.title, item.url, item.updated?.toISOString()])).toEqual([
      [
        'Correction: Council approves the bridge',
        `${SITE}/events/council-vote/#correction-2026-11-30`,
        '2026-11-30T00:00:00.000Z',
      ],
      [
        'Correction: Bridge opens to traffic',
        `${SITE}/sources/gazette-2022-06/#correction-2026-11-25`,
        '2026-11-25T00:00:00.000Z',
      ],
      [
        'Correction: Council approves the bridge',
        `${SITE}/events/council-vote/#correction-2026-11-20`,
        '2026-11-20T00:00:00.000Z',
      ],
    ]);
    // The build says how many events the feed leaves out rather than dating them by the build.
    expect(build.output).toContain('feed.xml: 5 of 5 events have no known publication date');
  });
});
