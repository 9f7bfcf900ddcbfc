import { describe, expect, it } from 'vitest';
import { ContentError, loadTimeline, formatContentProblem } from '../../../src/lib/load/index.ts';

const broken = 'tests/fixtures/broken-site';
const small = 'tests/fixtures/small-site';

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadTimeline(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatContentProblem);
    throw error;
  }
  throw new Error(`expected ${dir} to be invalid`);
}

describe('loadTimeline() on broken content', () => {
  it('reports every problem in one run, each naming the file, the field and the reason', async () => {
    const problems = await problemsOf(broken);
    const events = `${broken}/events`;
    expect(problems.sort()).toEqual(
      [
        `${events}/missing-title.md: title: required field is missing`,
        `${events}/impossible-date.md: date: impossible date: "2023-02-30" (February 2023 has 28 days)`,
        `${events}/end-before-start.md: date: interval ends (2023-09-18) before it starts (2023-09-19)`,
        `${events}/unknown-lane.md: lane: unknown lane "weather" (lanes declared in the site config: works, council)`,
        `${events}/unknown-article.md: citations[0].article: unknown article "gazette-1999-01-01" (known articles: gazette-2021-03-04)`,
        `${events}/quote-not-found.md: citations[1].quote: not found in article "gazette-2021-03-04"`,
        `${events}/spans-paragraphs.md: citations[0].quote: spans more than one paragraph of article "gazette-2021-03-04": quote from a single paragraph`,
        `${events}/more/duplicate.md: duplicate event id "duplicate" (also ${events}/duplicate.md)`,
        `${events}/claim-without-claimant.md: citations[0].claimant: required when stance is "claim": who makes the claim`,
        `${events}/misspelt-field.md: nte: unknown field (check the spelling against the README)`,
      ].sort(),
    );
  });

  it('puts the count and every problem in the error message, one per line', async () => {
    const error = await loadTimeline(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('The timeline content has 10 problems:');
    expect(lines).toHaveLength(11);
  });
});

describe('loadTimeline() on valid content', () => {
  it('returns events in chronological order with citations resolved to paragraphs', async () => {
    const timeline = await loadTimeline(small);
    expect(timeline.events.map((e) => e.id)).toEqual(['ferry-closed', 'works-period', 'mayor-statement', 'council-vote', 'bridge-opens']);
    const vote = timeline.events.find((e) => e.id === 'council-vote')!;
    expect(vote.citations[0]).toMatchObject({
      article: 'gazette-2021-03-04',
      paragraphId: 'p1',
      // The quote used straight quotes; the passage keeps the article's own typographic ones.
      passage: 'The town council on Tuesday approved the “new” harbour bridge',
      stance: 'fact',
    });
    expect(vote.note).toContain('Tuesday');
  });

  it('reads articles into numbered blocks, headings and the seam of stitched articles included', async () => {
    const timeline = await loadTimeline(small);
    const article = timeline.articles.find((a) => a.id === 'gazette-2021-03-04')!;
    expect(article.blocks.map((b) => `${b.kind}:${b.id ?? ''}`)).toEqual([
      'paragraph:p1',
      'heading:p2',
      'paragraph:p3',
      'paragraph:p4',
      'break:',
      'heading:p5',
      'paragraph:p6',
    ]);
    expect(article.published).toMatchObject({ precision: 'day', year: 2021, month: 3, day: 4 });
    expect(article.url).toBe('https://example.org/gazette/harbour-bridge');
  });

  it('reads the site config with its lanes, eras and about text', async () => {
    const timeline = await loadTimeline(small);
    expect(timeline.config.lanes.map((l) => l.id)).toEqual(['works', 'council']);
    expect(timeline.config.eras[0]).toMatchObject({ id: 'early', from: { year: 1990 }, to: { year: 1999 } });
    expect(timeline.about).toContain('exercise the build');
  });
});
