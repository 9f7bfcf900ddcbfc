import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';

const config = `title: T\nshortTitle: T\ndescription: D\nlanguage: en\npublisher: P\ncredit: C\nlanes:\n  - { id: a, label: A, colour: "#112233" }\n`;
const article = (extra = '') =>
  `---\ntitle: Headline\noutlet: Outlet\noutletNote: Note\nperspective: P\npublished: "2020-01-02"\npublishedBasis: stated\npublishedNote: Stated.\nlanguage: en\nseed: s.txt\n${extra}---\nFirst paragraph says 10 November.\n`;
const event = (corrections: string) =>
  `---\ntitle: E\ndate: "2020-11-10"\nlane: a\ncitations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact }\n${corrections}---\nSummary.\n`;

function sources(eventText: string, articleText = article()): ContentSources {
  return {
    config: { path: 'content/timeline.yaml', text: config },
    articles: [{ path: 'content/articles/art.md', text: articleText }],
    events: [{ path: 'content/events/e.md', text: eventText }],
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

describe('corrections in frontmatter', () => {
  it('are optional: a page without them has an empty list', () => {
    const timeline = buildTimeline(sources(event('')));
    expect(timeline.events[0]!.corrections).toEqual([]);
    expect(timeline.articles[0]!.corrections).toEqual([]);
  });

  it('are sorted oldest first whatever their order in the file; one day keeps the file order', () => {
    const timeline = buildTimeline(
      sources(
        event(
          'corrections:\n  - { date: "2026-12-02", text: Third. }\n  - { date: 2026-11-02, text: First. }\n  - { date: "2026-12-02", text: Fourth. }\n  - { date: "2026-11-20", text: Second. }\n',
        ),
      ),
    );
    expect(timeline.events[0]!.corrections).toEqual([
      { date: { year: 2026, month: 11, day: 2 }, text: 'First.' },
      { date: { year: 2026, month: 11, day: 20 }, text: 'Second.' },
      { date: { year: 2026, month: 12, day: 2 }, text: 'Third.' },
      { date: { year: 2026, month: 12, day: 2 }, text: 'Fourth.' },
    ]);
  });

  it('are read on articles too', () => {
    const timeline = buildTimeline(
      sources(event(''), article('corrections:\n  - { date: "2026-12-02", text: The outlet was misnamed. }\n')),
    );
    expect(timeline.articles[0]!.corrections).toEqual([
      { date: { year: 2026, month: 12, day: 2 }, text: 'The outlet was misnamed.' },
    ]);
  });

  it.each([
    [
      'a month',
      '{ date: "2026-11", text: T. }',
      'corrections[0].date: must be the day of the correction, such as "2026-12-02"',
    ],
    [
      'a number',
      '{ date: 20261102, text: T. }',
      'corrections[0].date: must be the day of the correction, such as "2026-12-02"',
    ],
    [
      'an approximate day',
      '{ date: "2026-11-02~", text: T. }',
      'corrections[0].date: must be the day of the correction, such as "2026-12-02"',
    ],
    [
      'a list',
      '{ date: [2026], text: T. }',
      'corrections[0].date: must be the day of the correction, such as "2026-12-02"',
    ],
    [
      'a day that does not exist',
      '{ date: "2026-02-29", text: T. }',
      'corrections[0].date: no such day in the calendar: "2026-02-29"',
    ],
    ['no date', '{ text: T. }', 'corrections[0].date: required field is missing'],
    ['empty text', '{ date: "2026-11-02", text: "  " }', 'corrections[0].text: must not be empty'],
    ['no text', '{ date: "2026-11-02" }', 'corrections[0].text: required field is missing'],
    [
      'an unknown field',
      '{ date: "2026-11-02", text: T., author: Ed }',
      'corrections[0].author: unknown field (check the spelling against the README)',
    ],
    [
      'raw HTML',
      '{ date: "2026-11-02", text: "It said <b>x</b>." }',
      'corrections[0].text: raw HTML is not allowed: "<b>x</b>" (write Markdown; see allowHtml in the README)',
    ],
    [
      'an unsafe link',
      '{ date: "2026-11-02", text: "[x](javascript:alert(1))" }',
      'corrections[0].text: unsafe link "javascript:alert(1)": only http(s), mailto and relative links are allowed',
    ],
  ])('reject %s with the file, the field and the reason', (_, item, message) => {
    expect(problems(sources(event(`corrections:\n  - ${item}\n`)))).toEqual([`content/events/e.md: ${message}`]);
  });

  it('must be a list, checked item by item: one bad correction hides no other', () => {
    expect(problems(sources(event('corrections: Fixed.\n')))).toEqual([
      'content/events/e.md: corrections: must be a list, not "Fixed."',
    ]);
    expect(
      problems(
        sources(
          event('corrections:\n  - { date: "2026-13-01", text: T. }\n  - { date: "2026-11-02", text: "<i>x</i>" }\n'),
        ),
      ),
    ).toEqual([
      'content/events/e.md: corrections[0].date: no such day in the calendar: "2026-13-01"',
      'content/events/e.md: corrections[1].text: raw HTML is not allowed: "<i>x</i>" (write Markdown; see allowHtml in the README)',
    ]);
  });

  it('are checked on articles with the same messages', () => {
    expect(problems(sources(event(''), article('corrections:\n  - { date: "2026-11", text: "" }\n')))).toEqual([
      'content/articles/art.md: corrections[0].date: must be the day of the correction, such as "2026-12-02"',
      'content/articles/art.md: corrections[0].text: must not be empty',
    ]);
  });
});
