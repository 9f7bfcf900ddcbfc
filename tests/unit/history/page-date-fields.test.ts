import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/lib/load/build-timeline.ts';

const CONFIG = `title: T\nshortTitle: T\ndescription: D\nlanguage: en\npublisher: P\ncredit: C\nlanes:\n  - { id: works, label: Works, colour: "#aa5500" }\n`;
const ARTICLE = `---\ntitle: A\noutlet: O\noutletNote: N\nperspective: P\npublished: "2022"\npublishedBasis: stated\npublishedNote: N\nlanguage: en\nseed: s\npageUpdated: 2026-11-30\n---\nThe bridge opened to traffic last week.\n`;
const event = (extra: string) =>
  `---\ntitle: E\ndate: "2022"\nlane: works\ncitations:\n  - { article: a, quote: "opened to traffic last week", stance: fact }\n${extra}---\nText.\n`;
const sources = (extra: string) => ({
  config: { path: 'timeline.yaml', text: CONFIG },
  articles: [{ path: 'articles/a.md', text: ARTICLE }],
  events: [{ path: 'events/e.md', text: event(extra) }],
});

describe('the pagePublished and pageUpdated fields', () => {
  it('are read as calendar days on events and articles', () => {
    const timeline = buildTimeline(sources('pagePublished: 2026-11-23\npageUpdated: "2026-12-02"\n'));
    expect(timeline.events[0]).toMatchObject({
      pagePublished: { year: 2026, month: 11, day: 23 },
      pageUpdated: { year: 2026, month: 12, day: 2 },
    });
    expect(timeline.articles[0]).toMatchObject({ pageUpdated: { year: 2026, month: 11, day: 30 } });
  });

  it('must be real days written YYYY-MM-DD, named in the error', () => {
    expect(() => buildTimeline(sources('pagePublished: 2026-02-30\npageUpdated: 23 November 2026\n'))).toThrow(
      /pagePublished[^]*is not a day of the calendar[^]*pageUpdated[^]*must be a day such as "2026-11-23"/,
    );
  });
});
