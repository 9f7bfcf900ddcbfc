import { csvFormat, csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEventsCsv } from '../../../src/lib/export/events-csv.ts';
import { toTimelineJs } from '../../../src/lib/export/timelinejs.ts';
import type { ImportRead } from '../../../src/lib/import/imported-event.ts';
import { planImport } from '../../../src/lib/import/plan-import.ts';
import { readEventsCsv } from '../../../src/lib/import/read-events-csv.ts';
import { readTimelineJsJson } from '../../../src/lib/import/read-timelinejs-json.ts';
import { buildTimeline, readContent, type ContentSources } from '../../../src/lib/load/index.ts';
import { DEFAULT_MARKUP_POLICY } from '../../../src/lib/markup/markdown-problems.ts';
import { renderMarkdown } from '../../../src/lib/markup/render-markdown.ts';
import type { Timeline, TimelineEvent } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';

// The site's own exports, imported into the same content folder with its events removed.
function reimport(sources: ContentSources, timeline: Timeline, read: ImportRead): Timeline {
  const plan = planImport(read, {
    sourceName: 'export',
    lanes: timeline.config.lanes,
    existing: new Map(),
    policy: DEFAULT_MARKUP_POLICY,
    overwrite: false,
  });
  expect(plan.problems).toEqual([]);
  const events = plan.files.map((file) => ({ path: `content/events/${file.id}.md`, text: file.text }));
  // The fixture's translations are of the events as written (drafts, corrections), which no export carries.
  return buildTimeline({ ...sources, events, translations: [] });
}

const fields = (event: TimelineEvent) => ({
  title: event.title,
  date: event.date.edtf,
  lane: event.lane,
  summary: event.summary,
  citations: event.citations.map(({ article, passage, stance, claimant }) => ({ article, passage, stance, claimant })),
});

describe("importing the site's own exports", () => {
  let sources: ContentSources;
  let timeline: Timeline;
  beforeAll(async () => {
    sources = await readContent('tests/fixtures/small-site');
    timeline = buildTimeline(sources);
  });

  it('events.csv gives back every event whole: id, title, date, lane, summary, note, actors, places, citations', () => {
    const again = reimport(sources, timeline, readEventsCsv(toEventsCsv(timeline, { siteUrl: SITE_URL })));
    expect(again.events.map((event) => ({ ...event, file: '' }))).toEqual(
      timeline.events.map((event) => ({ ...event, file: '' })),
    );
  });

  it('events.csv with a place id the gazetteer lacks imports, and the build then names the unknown place', () => {
    const csv = toEventsCsv(timeline, { siteUrl: SITE_URL });
    const rows = csvParse(csv);
    const edited = csvFormat(
      rows.map((row) => (row['id'] === 'council-vote' ? { ...row, places: 'portville; atlantis' } : row)),
      rows.columns,
    );
    expect(() => reimport(sources, timeline, readEventsCsv(edited))).toThrow(
      /council-vote\.md: places\[1\]: unknown place "atlantis": add it to .*places\.yaml/,
    );
  });

  it('timelinejs.json gives back ids, titles, dates, lanes, citations, and summaries as the site printed them', () => {
    const json = toTimelineJs(timeline, { siteUrl: SITE_URL, summaryHtml: (event) => renderMarkdown(event.summary) });
    const again = reimport(sources, timeline, readTimelineJsJson(JSON.stringify(json)));
    // TimelineJS has no approximate or uncertain dates, and the site's typography curls quotes and dashes.
    const typographic = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const comparable = (event: TimelineEvent) => {
      const { date, summary, ...rest } = fields(event);
      return { ...rest, date: date.replace(/[~?%]/g, ''), summary: typographic(summary) };
    };
    expect(again.events.map((event) => [event.id, comparable(event)])).toEqual(
      timeline.events.map((event) => [event.id, comparable(event)]),
    );
  });
});
