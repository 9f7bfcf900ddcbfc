import { describe, expect, it } from 'vitest';
import { ContentError, loadTimeline, formatContentProblem } from '../../../src/lib/load/index.ts';
import { BROKEN_SITE_PROBLEMS } from '../../fixtures/broken-site/expected-problems.ts';

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
  it('reports every problem in one run, each naming the file, the field and the reason, grouped by file', async () => {
    expect(await problemsOf(broken)).toEqual(BROKEN_SITE_PROBLEMS.map((line) => `${broken}/${line}`));
  });

  it('puts the count and every problem in the error message, one per line', async () => {
    const error = await loadTimeline(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe(`The timeline content has ${BROKEN_SITE_PROBLEMS.length} problems:`);
    expect(lines).toHaveLength(BROKEN_SITE_PROBLEMS.length + 1);
  });
});

describe('loadTimeline() on valid content', () => {
  it('returns events in chronological order with citations resolved to paragraphs', async () => {
    const timeline = await loadTimeline(small);
    expect(timeline.events.map((e) => e.id)).toEqual([
      'ferry-closed',
      'works-period',
      'mayor-statement',
      'council-vote',
      'bridge-opens',
    ]);
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
