import { beforeAll, describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../../src/lib/dates/index.ts';
import { toTimelineJs, type TimelineJsDate } from '../../../src/lib/export/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const SITE_URL = 'https://example.org/timeline/';

function isValidDate({ year, month, day }: TimelineJsDate): boolean {
  if (!Number.isInteger(year)) return false;
  if (month === undefined) return day === undefined;
  if (day === undefined) return Number.isInteger(month) && month >= 1 && month <= 12;
  return isCalendarDay(year, month, day);
}

const order = ({ year, month, day }: TimelineJsDate) => [year, month ?? 1, day ?? 1];
const notAfter = (a: TimelineJsDate, b: TimelineJsDate) => {
  const [x, y] = [order(a), order(b)];
  return x[0]! < y[0]! || (x[0] === y[0] && (x[1]! < y[1]! || (x[1] === y[1] && x[2]! <= y[2]!)));
};

let small: Timeline;
let layoutSite: Timeline;
beforeAll(async () => {
  [small, layoutSite] = await Promise.all([
    loadTimeline('tests/fixtures/small-site'),
    loadTimeline('tests/fixtures/layout-site'),
  ]);
});

describe('toTimelineJs()', () => {
  it('gives every event a valid start date, and intervals an end date no earlier, for both fixtures', () => {
    for (const timeline of [small, layoutSite]) {
      const data = toTimelineJs(timeline, { siteUrl: SITE_URL });
      expect(data.events).toHaveLength(timeline.events.length);
      for (const slide of data.events) {
        expect(isValidDate(slide.start_date), slide.unique_id).toBe(true);
        if (slide.end_date !== undefined) {
          expect(isValidDate(slide.end_date), slide.unique_id).toBe(true);
          expect(notAfter(slide.start_date, slide.end_date), slide.unique_id).toBe(true);
        }
      }
    }
  });

  it('keeps dates at their precision, groups by lane label and uses event ids as unique ids', () => {
    const data = toTimelineJs(small, { siteUrl: SITE_URL });
    const byId = new Map(data.events.map((slide) => [slide.unique_id, slide]));
    expect(byId.size).toBe(small.events.length);
    expect(byId.get('ferry-closed')).toMatchObject({
      start_date: { year: 1994 },
      display_date: '1994',
      group: 'Works',
    });
    expect(byId.get('mayor-statement')).toMatchObject({
      start_date: { year: 2021, month: 3 },
      display_date: 'about March 2021',
      group: 'Council',
    });
    expect(byId.get('works-period')).toMatchObject({
      start_date: { year: 2019, month: 3, day: 2 },
      end_date: { year: 2022, month: 6, day: 10 },
    });
    expect(byId.get('ferry-closed')).not.toHaveProperty('end_date');
  });

  it('writes each slide’s text as HTML with the summary, every cited passage linked to its source, and the event page', () => {
    const data = toTimelineJs(small, { siteUrl: SITE_URL, summaryHtml: () => '<p>rendered</p>' });
    const vote = data.events.find((slide) => slide.unique_id === 'council-vote')!;
    expect(vote.text.headline).toBe('Council approves the bridge');
    expect(vote.text.text).toContain('<p>rendered</p>');
    expect(vote.text.text).toContain('“The town council on Tuesday approved the “new” harbour bridge”');
    expect(vote.text.text).toContain('<a href="https://example.org/timeline/sources/gazette-2021-03-04/#');
    expect(vote.text.text).toContain('The Fixture Gazette, “Council approves “new” harbour bridge”, 4 March 2021</a>');
    expect(vote.text.text).toContain('<a href="https://example.org/timeline/events/council-vote/">Event page</a>');
    const opens = data.events.find((slide) => slide.unique_id === 'bridge-opens')!;
    expect(opens.text.text).toContain('(a claim by Opponents of the bridge)');
  });

  it('escapes the Markdown summary when no HTML is given', () => {
    const data = toTimelineJs(small, { siteUrl: SITE_URL });
    const vote = data.events.find((slide) => slide.unique_id === 'council-vote')!;
    expect(vote.text.text).toContain('<p>The town council approved the **new** harbour bridge');
    const quoted = toTimelineJs(
      { ...small, events: [{ ...small.events[0]!, title: 'A <b> & "c"' }] },
      { siteUrl: SITE_URL },
    );
    expect(quoted.events[0]!.text.headline).toBe('A &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('marks each correction before the summary, linking its wording on the event page', () => {
    const vote = toTimelineJs(small, { siteUrl: SITE_URL }).events.find((slide) => slide.unique_id === 'council-vote')!;
    expect(vote.text.text.startsWith('<p><strong>Corrected 20 November 2026</strong>: ')).toBe(true);
    expect(vote.text.text).toContain(
      '<a href="https://example.org/timeline/events/council-vote/#correction-2026-11-30">what was corrected</a>',
    );
  });

  it('has a title slide and the eras', () => {
    const data = toTimelineJs(small, { siteUrl: SITE_URL });
    expect(data.title.text.headline).toBe('Harbour Bridge: a fixture timeline');
    expect(data.eras).toEqual([
      { start_date: { year: 1990 }, end_date: { year: 1999 }, text: { headline: 'Early years' } },
    ]);
  });
});
