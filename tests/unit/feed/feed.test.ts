import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSiteUrls } from '../../../src/lib/cite/site-urls.ts';
import { toAtomFeed } from '../../../src/lib/feed/atom-feed.ts';
import { toFeedEntries, type FeedEntry } from '../../../src/lib/feed/feed-entries.ts';
import type { PageDatesLookup } from '../../../src/lib/history/page-dates.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { renderMarkdown } from '../../../src/lib/markup/render-markdown.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';

const { t } = createTranslator('en');

const SITE_URL = 'https://example.org/timeline/';
const urls = createSiteUrls(SITE_URL);
const BUILT_ON = { year: 2026, month: 12, day: 2 };

let small: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
});

// Two pages with a known publication date; the three other events have none.
const pageDates: PageDatesLookup = (file) =>
  file === 'events/bridge-opens.md'
    ? { basis: 'history', published: { year: 2026, month: 11, day: 25 } }
    : file === 'events/council-vote.md'
      ? { basis: 'frontmatter', published: { year: 2026, month: 11, day: 10 } }
      : { basis: 'unknown' };

// The parser's objects keep their fields behind getters: a plain copy compares with toMatchObject.
const parse = (xml: string) => JSON.parse(JSON.stringify(parseFeed(xml))) as ReturnType<typeof parseFeed>;

const feedOf = (entries: readonly FeedEntry[], timeline = small) =>
  toAtomFeed(entries, {
    config: timeline.config,
    homeUrl: urls.home(),
    feedUrl: urls.feed(),
    builtOn: BUILT_ON,
    renderMarkdown: (markdown) => renderMarkdown(markdown, timeline.config),
  });

describe('toFeedEntries()', () => {
  it('gives new events with a known publication date and every correction, newest first', () => {
    const { entries, undatedEvents } = toFeedEntries(small, pageDates, urls, t);
    expect(entries.map((entry) => [entry.kind, entry.title, entry.published.day])).toEqual([
      ['correction', 'Correction: Council approves the bridge', 30],
      ['correction', 'Correction: Bridge opens to traffic', 25],
      ['event', 'New event: Bridge opens', 25],
      ['correction', 'Correction: Council approves the bridge', 20],
      ['event', 'New event: Council approves the bridge', 10],
    ]);
    expect(undatedEvents).toBe(3);
  });

  it('links each entry to its page (a correction to its anchor) and uses that link as its permanent id', () => {
    const { entries } = toFeedEntries(small, pageDates, urls, t);
    expect(entries.map((entry) => entry.link)).toEqual([
      'https://example.org/timeline/events/council-vote/#correction-2026-11-30',
      'https://example.org/timeline/sources/gazette-2022-06/#correction-2026-11-25',
      'https://example.org/timeline/events/bridge-opens/',
      'https://example.org/timeline/events/council-vote/#correction-2026-11-20',
      'https://example.org/timeline/events/council-vote/',
    ]);
    expect(entries.every((entry) => entry.id === entry.link)).toBe(true);
  });

  it('makes up no date: without page dates there are only corrections, and the left-out events are counted', () => {
    const { entries, undatedEvents } = toFeedEntries(small, () => ({ basis: 'unknown' }), urls, t);
    expect(entries.every((entry) => entry.kind === 'correction')).toBe(true);
    expect(undatedEvents).toBe(small.events.length);
  });

  it('keeps only the newest entries up to the limit', () => {
    const { entries } = toFeedEntries(small, pageDates, urls, t, 2);
    expect(entries.map((entry) => entry.published.day)).toEqual([30, 25]);
  });
});

describe('toAtomFeed()', () => {
  it('writes well-formed Atom that a feed parser reads back: feed metadata, entries, order, links and dates', () => {
    const xml = feedOf(toFeedEntries(small, pageDates, urls, t).entries);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parse(xml);
    expect(feed).toMatchObject({
      meta: { type: 'atom' },
      title: small.config.title,
      description: small.config.description,
      url: 'https://example.org/timeline/',
      self: 'https://example.org/timeline/feed.xml',
      updated: '2026-11-30T00:00:00.000Z',
      authors: [{ name: small.config.publisher }],
    });
    expect(feed.items.map((item) => [item.title, item.url, item.published, item.updated])).toEqual([
      [
        'Correction: Council approves the bridge',
        'https://example.org/timeline/events/council-vote/#correction-2026-11-30',
        '2026-11-30T00:00:00.000Z',
        '2026-11-30T00:00:00.000Z',
      ],
      [
        'Correction: Bridge opens to traffic',
        'https://example.org/timeline/sources/gazette-2022-06/#correction-2026-11-25',
        '2026-11-25T00:00:00.000Z',
        '2026-11-25T00:00:00.000Z',
      ],
      [
        'New event: Bridge opens',
        'https://example.org/timeline/events/bridge-opens/',
        '2026-11-25T00:00:00.000Z',
        '2026-11-25T00:00:00.000Z',
      ],
      [
        'Correction: Council approves the bridge',
        'https://example.org/timeline/events/council-vote/#correction-2026-11-20',
        '2026-11-20T00:00:00.000Z',
        '2026-11-20T00:00:00.000Z',
      ],
      [
        'New event: Council approves the bridge',
        'https://example.org/timeline/events/council-vote/',
        '2026-11-10T00:00:00.000Z',
        '2026-11-10T00:00:00.000Z',
      ],
    ]);
    expect(feed.items[0]!.description).toBe(
      '<p>An earlier version said the vote was <em>eight</em> to one; the article gives seven votes to two.</p>',
    );
    expect(feed.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.url));
  });

  it('is the same for the same content: no build time in it; an empty feed is dated by the edition', () => {
    const entries = toFeedEntries(small, pageDates, urls, t).entries;
    expect(feedOf(entries)).toBe(feedOf(entries));
    const empty = parse(feedOf([]));
    expect(empty.items).toEqual([]);
    expect(empty.updated).toBe('2026-12-02T00:00:00.000Z');
  });

  it('escapes hostile titles and feed text, and sanitises summaries', () => {
    const hostile = 'A <script>alert("t")</script> & ]]> "q"';
    const timeline = {
      ...small,
      config: { ...small.config, title: hostile, description: `${hostile} ]]>`, publisher: '<b>P</b>' },
    };
    const entries: FeedEntry[] = [
      {
        kind: 'correction',
        id: 'https://example.org/timeline/events/x/#correction-2026-12-02',
        link: 'https://example.org/timeline/events/x/#correction-2026-12-02',
        title: hostile,
        published: BUILT_ON,
        summary: 'Said `<script>alert(1)</script>` ]]> and <img src=x onerror=alert(2)> [x](javascript:alert(3))',
      },
    ];
    const xml = feedOf(entries, timeline);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parse(xml);
    expect(feed.title).toBe(hostile);
    expect(feed.authors[0]!.name).toBe('<b>P</b>');
    expect(feed.items[0]!.title).toBe(hostile);
    // The parser decodes the summary's HTML, so the escaping is checked in the XML itself.
    expect(feed.items[0]!.description).toContain('<code><script>alert(1)</script></code>');
    expect(xml).toContain('<code>&#x3C;script>alert(1)&#x3C;/script></code>');
    expect(xml).not.toMatch(/<img|<script|javascript:|onerror/);
  });
});
