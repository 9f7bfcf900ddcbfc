import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';

// The check itself (src/lib/markup) has its own tests; these show that the loader hands it each summary, note and
// about.md with the site's policy, and reports what it finds under the right field. (No module mock: the unit tier
// runs without isolation between files, where a mock would leak.)
const ABBR = '<abbr title="North Atlantic Treaty Organization">NATO</abbr>';
const rawHtml = (markup: string) =>
  `raw HTML is not allowed: "${markup}" (write Markdown; see allowHtml in the README)`;

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
    const events = {
      e: event("note: 'A <kbd>K</kbd> note'\n", `An ${ABBR} summary with <b>bold</b>.`),
      f: event('', `Fine: ${ABBR}.`),
    };
    expect(problems(withAllow, events, 'About <i>this</i>.')).toEqual([
      'c/about.md: HTML element <i> is not allowed: "<i>this</i>" (allowHtml allows abbr, sub)',
      'c/events/e.md: summary: HTML element <b> is not allowed: "<b>bold</b>" (allowHtml allows abbr, sub)',
      'c/events/e.md: note: HTML element <kbd> is not allowed: "<kbd>K</kbd>" (allowHtml allows abbr, sub)',
    ]);
  });

  it('uses the default policy (no HTML) when the setting is invalid', () => {
    expect(problems(`${config}allowHtml: [script]\n`, { e: event('', `An ${ABBR}.`) })).toEqual([
      `c/events/e.md: summary: ${rawHtml(ABBR)}`,
      'c/timeline.yaml: allowHtml[0]: must be one of "abbr", "bdi", "br", "cite", "del", "dfn", "ins", "kbd", "mark", "q", "s", "small", "sub", "sup", "time", "wbr", not "script"',
    ]);
  });

  it('passes safe text through', () => {
    expect(problems(config, { e: event('note: A note\n', 'Safe.') }, 'About.')).toEqual([]);
  });
});
