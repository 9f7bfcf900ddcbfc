import { describe, expect, it, vi } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';

// The real check lives in src/lib/markup and has its own tests; here a fake proves that the loader hands it each
// summary, note and about.md with the site's policy, and reports what it returns under the right field.
vi.mock('../../../src/lib/markup/markdown-problems.ts', async (original) => ({
  ...(await original<typeof import('../../../src/lib/markup/markdown-problems.ts')>()),
  markdownProblems: (markdown: string, policy: { allowHtml: readonly string[] }) =>
    markdown.includes('UNSAFE') ? [`unsafe markup (allowed: ${policy.allowHtml.join(', ') || 'none'})`] : [],
}));

const config = `title: T\nshortTitle: T\ndescription: D\nlanguage: en\npublisher: P\ncredit: C\nlanes:\n  - { id: a, label: A, colour: "#112233" }\n`;
const article = `---\ntitle: H\noutlet: O\noutletNote: N\nperspective: P\npublished: "2020-01-02"\npublishedBasis: stated\npublishedNote: S.\nlanguage: en\nseed: s.txt\n---\nFirst paragraph says 10 November.\n`;
const event = (note: string, summary: string) =>
  `---\ntitle: E\ndate: "2020"\nlane: a\n${note}citations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact }\n---\n${summary}\n`;

function problems(configText: string, events: Record<string, string>, about?: string): string[] {
  const sources: ContentSources = {
    config: { path: 'c/timeline.yaml', text: configText },
    articles: [{ path: 'c/articles/art.md', text: article }],
    events: Object.entries(events).map(([id, text]) => ({ path: `c/events/${id}.md`, text })),
    ...(about === undefined ? {} : { about: { path: 'c/about.md', text: about } }),
  };
  try {
    buildTimeline(sources);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map(formatContentProblem);
  }
}

describe('buildTimeline() and the Markdown safety check', () => {
  it('checks each summary, note and about.md with the site policy, one problem per reason', () => {
    const withAllow = `${config}allowHtml: [abbr, sub]\n`;
    expect(
      problems(
        withAllow,
        { e: event('note: An UNSAFE note\n', 'An UNSAFE summary.'), f: event('', 'Fine.') },
        'UNSAFE about',
      ),
    ).toEqual([
      'c/about.md: unsafe markup (allowed: abbr, sub)',
      'c/events/e.md: summary: unsafe markup (allowed: abbr, sub)',
      'c/events/e.md: note: unsafe markup (allowed: abbr, sub)',
    ]);
  });

  it('uses the default policy (no HTML) when the setting is invalid', () => {
    expect(problems(`${config}allowHtml: [script]\n`, { e: event('', 'UNSAFE') })).toEqual([
      'c/events/e.md: summary: unsafe markup (allowed: none)',
      'c/timeline.yaml: allowHtml[0]: must be one of "abbr", "bdi", "br", "cite", "del", "dfn", "ins", "kbd", "mark", "q", "s", "small", "sub", "sup", "time", "wbr", not "script"',
    ]);
  });

  it('passes safe text through', () => {
    expect(problems(config, { e: event('note: A note\n', 'Safe.') }, 'About.')).toEqual([]);
  });
});
