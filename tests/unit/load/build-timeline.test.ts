import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';

const config = `title: T\nshortTitle: T\ndescription: D\nlanguage: en\npublisher: P\ncredit: C\nlanes:\n  - { id: a, label: A, colour: "#112233" }\n`;
const article = `---\ntitle: Headline\noutlet: Outlet\noutletNote: Note\nperspective: P\npublished: "2020-01-02"\npublishedBasis: stated\npublishedNote: Stated.\nlanguage: en\nseed: s.txt\n---\nFirst paragraph says 10 November.\n\nSecond paragraph.\n`;

function sources(events: Record<string, string>, articleText = article): ContentSources {
  return {
    config: { path: 'content/timeline.yaml', text: config },
    articles: [{ path: 'content/articles/art.md', text: articleText }],
    events: Object.entries(events).map(([id, text]) => ({ path: `content/events/${id}.md`, text })),
  };
}

function problems(input: ContentSources): string[] {
  try {
    buildTimeline(input);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatContentProblem);
  }
}

const event = (front: string, body = 'Summary.') => `---\n${front}\n---\n${body}\n`;
const citation = `citations:\n  - { article: art, quote: "says 10 November", stance: fact }`;

describe('buildTimeline()', () => {
  it('keeps unquoted YAML dates as calendar text instead of midnight-UTC instants', () => {
    const timeline = buildTimeline(sources({ e: event(`title: E\ndate: 2020-11-10\nlane: a\n${citation}`) }));
    expect(timeline.events[0]?.date).toMatchObject({ kind: 'date', year: 2020, month: 11, day: 10 });
  });

  it('accepts an unquoted year', () => {
    const timeline = buildTimeline(sources({ e: event(`title: E\ndate: 1991\nlane: a\n${citation}`) }));
    expect(timeline.events[0]?.date).toMatchObject({ precision: 'year', year: 1991 });
  });

  it('requires at least one citation and a summary', () => {
    expect(problems(sources({ e: event('title: E\ndate: "2020"\nlane: a\ncitations: []', '') }))).toEqual([
      'content/events/e.md: citations: every event needs at least one citation',
      'content/events/e.md: has no summary: write one below the frontmatter',
    ]);
  });

  it('reports broken YAML with the file name, not a stack trace', () => {
    expect(problems(sources({ e: '---\ntitle: [unclosed\n---\nx' }))[0]).toMatch(/^content\/events\/e\.md: frontmatter is not valid YAML: /);
  });

  it('rejects file names that cannot be permanent ids', () => {
    expect(problems(sources({ 'Cease Fire': event(`title: E\ndate: "2020"\nlane: a\n${citation}`) }))).toEqual([
      'content/events/Cease Fire.md: file name "Cease Fire" cannot be a permanent id: use lowercase letters, digits and single hyphens',
    ]);
  });

  it('names the allowed values of an enumerated field', () => {
    const bad = `citations:\n  - { article: art, quote: "says 10 November", stance: opinion }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${bad}`) }))).toEqual([
      'content/events/e.md: citations[0].stance: must be one of "fact", "claim", not "opinion"',
    ]);
  });

  it('checks article metadata: invalid dates, bad URLs, an empty text', () => {
    const badArticle = article.replace('"2020-01-02"', '"2020-02-31"').replace('seed: s.txt', 'seed: s.txt\nurl: not-a-url').replace(/---\nFirst[\s\S]*$/, '---\n');
    expect(problems(sources({}, badArticle))).toEqual([
      'content/articles/art.md: url: must be an http(s) address',
    ]);
    const noText = article.replace(/---\nFirst[\s\S]*$/, '---\n');
    expect(problems(sources({}, noText))).toEqual(['content/articles/art.md: has no text: the article body is empty']);
    expect(problems(sources({}, article.replace('"2020-01-02"', '"2020-02-31"')))).toEqual([
      'content/articles/art.md: published: impossible date: "2020-02-31" (February 2020 has 29 days)',
    ]);
  });

  it('rejects a claimant on a fact, and duplicate lanes in the config', () => {
    const fact = `citations:\n  - { article: art, quote: "says 10 November", stance: fact, claimant: Someone }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${fact}`) }))).toEqual([
      'content/events/e.md: citations[0].claimant: only for stance "claim"',
    ]);
    const input = sources({});
    const twoLanes = config + `  - { id: a, label: Again, colour: "#445566" }\n`;
    expect(problems({ ...input, config: { path: 'content/timeline.yaml', text: twoLanes } })).toEqual([
      'content/timeline.yaml: lanes[1].id: duplicate lane id "a" (also lanes[0].id)',
    ]);
  });
});

describe('buildTimeline() reader list setting', () => {
  it('defaults to auto, takes cards or titles, and names the allowed values of anything else', () => {
    const withList = (value: string) => ({ ...sources({}), config: { path: 'content/timeline.yaml', text: `${config}readerList: ${value}\n` } });
    expect(buildTimeline(sources({})).config.readerList).toBe('auto');
    expect(buildTimeline(withList('titles')).config.readerList).toBe('titles');
    expect(problems(withList('compact'))).toEqual([
      'content/timeline.yaml: readerList: must be one of "auto", "cards", "titles", not "compact"',
    ]);
  });
});

describe('buildTimeline() field types', () => {
  it('tells a wrong type from a missing field', () => {
    expect(problems(sources({ e: event(`title: [a, b]\ndate: "2020"\nlane: a\n${citation}`) }))).toEqual([
      'content/events/e.md: title: Invalid input: expected string, received array',
    ]);
  });
});

describe('buildTimeline() ids', () => {
  it('rejects an event whose id is also an article id (they share /cite/<id>.bib)', () => {
    expect(problems(sources({ art: event(`title: E\ndate: "2020"\nlane: a\n${citation}`) }))).toEqual([
      'content/events/art.md: id "art" is also an article\'s (content/articles/art.md): rename one of them',
    ]);
  });
});
