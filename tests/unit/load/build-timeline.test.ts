import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';
import { MIN_QUOTE_WORDS } from '../../../src/lib/load/content-schemas.ts';

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
const citation = `citations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact }`;

describe('buildTimeline()', () => {
  it('keeps unquoted YAML dates as calendar text instead of midnight-UTC instants', () => {
    const timeline = buildTimeline(sources({ e: event(`title: E\ndate: 2020-11-10\nlane: a\n${citation}`) }));
    expect(timeline.events[0]?.date).toMatchObject({ kind: 'date', year: 2020, month: 11, day: 10 });
  });

  it('names a language that is not a language tag, in the config and in an article', () => {
    const input = sources(
      { e: event(`title: E\ndate: "2020"\nlane: a\n${citation}`) },
      article.replace('language: en', 'language: English language'),
    );
    const withBadConfig = {
      ...input,
      config: { path: 'content/timeline.yaml', text: config.replace('language: en', 'language: Arabic') },
    };
    expect(problems(withBadConfig).filter((line) => line.includes('language'))).toEqual([
      'content/articles/art.md: language: must be a BCP 47 language tag such as "en", "ar" or "az-Latn"',
      'content/timeline.yaml: language: must be a BCP 47 language tag such as "en", "ar" or "az-Latn"',
    ]);
  });

  it('accepts an unquoted year', () => {
    const timeline = buildTimeline(sources({ e: event(`title: E\ndate: 1991\nlane: a\n${citation}`) }));
    expect(timeline.events[0]?.date).toMatchObject({ precision: 'year', year: 1991 });
  });

  it('requires at least one citation and a summary', () => {
    expect(problems(sources({ e: event('title: E\ndate: "2020"\nlane: a\ncitations: []', '') }))).toEqual([
      'content/events/e.md: citations: every event needs at least one citation (or "status: draft" until it has one)',
      'content/events/e.md: has no summary: write one below the frontmatter',
    ]);
  });

  it('keeps drafts apart from the published events, and lets a draft have no citation yet', () => {
    const timeline = buildTimeline(
      sources({
        published: event(`title: P\ndate: "2020"\nlane: a\n${citation}`),
        unsourced: event('title: D\ndate: "2021"\nlane: a\nstatus: draft'),
        sourced: event(`title: S\ndate: "2019"\nlane: a\nstatus: draft\n${citation}`),
      }),
    );
    expect(timeline.events.map((e) => e.id)).toEqual(['published']);
    expect(timeline.events[0]).not.toHaveProperty('draft');
    expect(timeline.drafts.map((e) => [e.id, e.draft, e.citations.length])).toEqual([
      ['sourced', true, 1],
      ['unsourced', true, 0],
    ]);
  });

  it('checks a draft like any event: its date, lane, summary and any citation it has', () => {
    const bad = `citations:\n  - { article: art, quote: "words that are not there", stance: fact }`;
    expect(problems(sources({ d: event(`title: D\ndate: "2021-02-30"\nlane: b\nstatus: draft\n${bad}`, '') }))).toEqual(
      [
        'content/events/d.md: has no summary: write one below the frontmatter',
        'content/events/d.md: date: impossible date: "2021-02-30" (February 2021 has 28 days)',
        'content/events/d.md: lane: unknown lane "b" (lanes declared in the site config: a)',
        'content/events/d.md: citations[0].quote: not found in article "art"',
      ],
    );
  });

  it('names the allowed statuses', () => {
    expect(problems(sources({ d: event(`title: D\ndate: "2021"\nlane: a\nstatus: drafted\n${citation}`) }))).toEqual([
      'content/events/d.md: status: must be one of "published", "draft", not "drafted"',
    ]);
  });

  it('reports broken YAML with the file name, not a stack trace', () => {
    expect(problems(sources({ e: '---\ntitle: [unclosed\n---\nx' }))).toEqual([
      'content/events/e.md: frontmatter: unexpected end of the stream within a flow collection (line 2, column 17)',
    ]);
  });

  it('rejects file names that cannot be permanent ids', () => {
    expect(problems(sources({ 'Cease Fire': event(`title: E\ndate: "2020"\nlane: a\n${citation}`) }))).toEqual([
      'content/events/Cease Fire.md: file name "Cease Fire" cannot be a permanent id: use lowercase letters, digits and single hyphens',
    ]);
  });

  it('names the allowed values of an enumerated field', () => {
    const bad = `citations:\n  - { article: art, quote: "paragraph says 10 November", stance: opinion }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${bad}`) }))).toEqual([
      'content/events/e.md: citations[0].stance: must be one of "fact", "claim", not "opinion"',
    ]);
  });

  it('checks article metadata: invalid dates, bad URLs, an empty text', () => {
    const badArticle = article
      .replace('"2020-01-02"', '"2020-02-31"')
      .replace('seed: s.txt', 'seed: s.txt\nurl: not-a-url')
      .replace(/---\nFirst[\s\S]*$/, '---\n');
    expect(problems(sources({}, badArticle))).toEqual([
      'content/articles/art.md: url: must be an http(s) address',
      'content/articles/art.md: published: impossible date: "2020-02-31" (February 2020 has 29 days)',
      'content/articles/art.md: has no text: the article body is empty',
    ]);
    const noText = article.replace(/---\nFirst[\s\S]*$/, '---\n');
    expect(problems(sources({}, noText))).toEqual(['content/articles/art.md: has no text: the article body is empty']);
    expect(problems(sources({}, article.replace('"2020-01-02"', '"2020-02-31"')))).toEqual([
      'content/articles/art.md: published: impossible date: "2020-02-31" (February 2020 has 29 days)',
    ]);
  });

  it('rejects a claimant on a fact, and duplicate lanes in the config', () => {
    const fact = `citations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact, claimant: Someone }`;
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
    const withList = (value: string) => ({
      ...sources({}),
      config: { path: 'content/timeline.yaml', text: `${config}readerList: ${value}\n` },
    });
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
      'content/events/e.md: title: must be text, not a list',
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

describe('buildTimeline() messages in words', () => {
  const valid = `title: E\ndate: "2020"\nlane: a\n${citation}`;

  it('says a required date or published is missing, not "Invalid input"', () => {
    expect(problems(sources({ e: event(valid.replace('date: "2020"\n', '')) }))).toEqual([
      'content/events/e.md: date: required field is missing',
    ]);
    expect(problems(sources({}, article.replace('published: "2020-01-02"\n', '')))).toEqual([
      'content/articles/art.md: published: required field is missing',
    ]);
  });

  it('names an unclosed frontmatter and a file without one', () => {
    expect(problems(sources({ e: `---\n${valid}\nSummary.\n` }))).toEqual([
      'content/events/e.md: frontmatter: no closing "---" line',
    ]);
    expect(problems(sources({ e: '---' }))).toEqual(['content/events/e.md: frontmatter: no closing "---" line']);
    expect(problems(sources({ e: 'Just a summary.' }))).toEqual([
      'content/events/e.md: frontmatter: missing: the file must start with a "---" line',
    ]);
  });

  it('names the type a field needs and the type it got', () => {
    expect(problems(sources({ e: event(valid.replace('date: "2020"', 'date: [1, 2]')) }))).toEqual([
      'content/events/e.md: date: must be a date such as "2020-11-10", "2023-06" or "1991"',
    ]);
    expect(problems(sources({ e: event('title: E\ndate: "2020"\nlane: a\ncitations: {}') }))).toEqual([
      'content/events/e.md: citations: must be a list, not a set of fields',
    ]);
    expect(problems(sources({ e: event(`${valid}\nnote:`) }))).toEqual([
      'content/events/e.md: note: must be text, not empty',
    ]);
    expect(problems(sources({ e: event(valid.replace('"2020"', '123456789012345678901234567890')) }))).toEqual([
      'content/events/e.md: date: not a valid EDTF date: "1.2345678901234568e+29"',
    ]);
    expect(problems(sources({ e: event(valid.replace('"2020"', '990')) }))).toEqual([]);
    expect(problems(sources({ e: event(valid.replace('"2020"', '12345')) }))).toEqual([
      'content/events/e.md: date: years after 9999 are not supported: "12345"',
    ]);
  });

  it('says what a frontmatter that is a list or a single value should be', () => {
    expect(problems(sources({ e: event('- title\n- date') }))).toEqual([
      'content/events/e.md: frontmatter: must be a set of fields ("name: value" lines), not a list',
    ]);
    expect(problems(sources({ e: event('just words') }))).toEqual([
      'content/events/e.md: frontmatter: must be a set of fields ("name: value" lines), not "just words"',
    ]);
  });

  it('refuses years before 1 CE and the year 0', () => {
    expect(problems(sources({ e: event(valid.replace('"2020"', '"-0500"')) }))).toEqual([
      'content/events/e.md: date: years before 1 CE are not supported: "-0500"',
    ]);
    expect(problems(sources({ e: event(valid.replace('"2020"', '0000')) }))).toEqual([
      'content/events/e.md: date: years before 1 CE are not supported: "0000"',
    ]);
  });
});

describe('buildTimeline() bounded parsing', () => {
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    .concat(
      Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`,
      ),
    )
    .join('\n');

  it('refuses YAML aliases, so an alias bomb is one quick problem', () => {
    expect(problems(sources({ e: event(bomb) }))).toEqual([
      'content/events/e.md: frontmatter: aliases ("*name") are not allowed: write the value out in full (line 3, column 9)',
    ]);
    const input = sources({});
    expect(problems({ ...input, config: { path: 'content/timeline.yaml', text: `${config}${bomb}\n` } })).toEqual([
      'content/timeline.yaml: is not valid YAML: aliases ("*name") are not allowed: write the value out in full (line 10, column 9)',
    ]);
  });

  it('refuses YAML nested deeper than any content needs', () => {
    expect(problems(sources({ e: event(`title: ${'['.repeat(50)}${']'.repeat(50)}`) }))).toEqual([
      'content/events/e.md: frontmatter: nested more than 20 levels deep (line 2, column 27)',
    ]);
  });

  it('turns any input into problem lines, never an exception', () => {
    const junk = [
      '',
      '---',
      '---\n---\n',
      '\u0000\u0001\u00ff binary junk \uFFFD',
      '\uFEFF---\r\ntitle: E\r\n---\r\n',
      '---\n: : :\n---\n',
      '---\n? [a]\n: b\n---\n',
      '---\ntitle: !!binary aGk=\n---\n',
      '---\n__proto__: { polluted: true }\n---\nx',
      '---\ndate: 1e999\n---\nx',
      '---\ncitations: [{ article: art, quote: [1], stance: fact }]\n---\nx',
    ];
    for (const text of junk) {
      const lines = problems(sources({ e: text }));
      expect(lines.length, JSON.stringify(text)).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(/^content\/events\/e\.md: \S/);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('turns mangled copies of a valid event into problem lines, never an exception (seeded fuzz)', () => {
    const valid = event(`title: E\ndate: "2020"\nlane: a\nactors: [A, B]\nnote: N\n${citation}`);
    const pieces = [
      '---',
      '\n',
      ':',
      '[',
      ']',
      '{',
      '}',
      '&a',
      '*a',
      '!!str',
      '"',
      "'",
      '- ',
      '  ',
      '\t',
      '#',
      '|',
      '>',
      '\u0000',
      '\uFFFF',
      '1e400',
      '-0500',
      '?',
    ];
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      let text = valid;
      for (let edits = 1 + random(4); edits > 0; edits--) {
        const at = random(text.length + 1);
        const cut = random(3) === 0 ? random(8) : 0;
        text = text.slice(0, at) + (pieces[random(pieces.length)] as string) + text.slice(at + cut);
      }
      for (const line of problems(sources({ e: text })))
        expect(line, JSON.stringify(text)).toMatch(/^content\/events\/e\.md: \S/);
    }
  });

  it('reads a file with a byte order mark and CRLF line ends', () => {
    const crlf = `\uFEFF${event(`title: E\ndate: "2020"\nlane: a\n${citation}`)}`.replace(/\n/g, '\r\n');
    expect(buildTimeline(sources({ e: crlf })).events[0]).toMatchObject({ title: 'E', summary: 'Summary.' });
  });
});

describe('buildTimeline() every problem in one run', () => {
  it('checks the date, lane and citations of an event whose other fields are wrong', () => {
    const front = `title: [a]\ndate: "2020-02-30"\nlane: b\ncolour: red\ncitations:\n  - { article: art, quote: "not in the article at all", stance: fact }\n  - { article: art, stance: fact }`;
    expect(problems(sources({ e: event(front) }))).toEqual([
      'content/events/e.md: colour: unknown field (check the spelling against the README)',
      'content/events/e.md: title: must be text, not a list',
      'content/events/e.md: citations[1].quote: required field is missing',
      'content/events/e.md: date: impossible date: "2020-02-30" (February 2020 has 29 days)',
      'content/events/e.md: lane: unknown lane "b" (lanes declared in the site config: a)',
      'content/events/e.md: citations[0].quote: not found in article "art"',
    ]);
  });

  it('checks lanes against a config that is invalid elsewhere', () => {
    const input = sources({ e: event(`title: E\ndate: "2020"\nlane: b\n${citation}`) });
    const text = config.replace('title: T\n', '').replace('"#112233"', 'blue');
    expect(problems({ ...input, config: { path: 'content/timeline.yaml', text } })).toEqual([
      'content/events/e.md: lane: unknown lane "b" (lanes declared in the site config: a)',
      'content/timeline.yaml: title: required field is missing',
      'content/timeline.yaml: lanes[0].colour: must be a colour such as "#2f6db3"',
    ]);
  });

  it('reports a broken article once, as its own problem, not as "unknown article" in each citation', () => {
    const broken = article.replace('outlet: Outlet\n', '');
    const input = sources(
      {
        e: event(`title: E\ndate: "2020"\nlane: a\n${citation}`),
        f: event(`title: F\ndate: "2020"\nlane: a\n${citation}`),
      },
      broken,
    );
    expect(problems(input)).toEqual(['content/articles/art.md: outlet: required field is missing']);
  });

  it('still checks quotes against a broken article whose text can be read', () => {
    const broken = article.replace('outlet: Outlet\n', '');
    const wrong = `citations:\n  - { article: art, quote: "paragraph says 11 November", stance: fact }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${wrong}`) }, broken))).toEqual([
      'content/articles/art.md: outlet: required field is missing',
      'content/events/e.md: citations[0].quote: not found in article "art"',
    ]);
  });

  it('skips the citations of an article whose frontmatter cannot be read', () => {
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${citation}`) }, '---\ntitle: x\n'))).toEqual([
      'content/articles/art.md: frontmatter: no closing "---" line',
    ]);
  });

  it('lists the problems of reading the files with the others', () => {
    const input = {
      ...sources({ e: event('title: E') }),
      problems: [{ file: 'content/events/x.txt', field: '', message: 'not a content file' }],
    };
    expect(problems(input)).toEqual([
      'content/events/e.md: date: required field is missing',
      'content/events/e.md: lane: required field is missing',
      'content/events/e.md: citations: every event needs at least one citation (or "status: draft" until it has one)',
      'content/events/x.txt: not a content file',
    ]);
  });
});

describe('buildTimeline() quotes', () => {
  it(`requires quotes of at least ${MIN_QUOTE_WORDS} words`, () => {
    const short = `citations:\n  - { article: art, quote: "First", stance: fact }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${short}`) }))).toEqual([
      'content/events/e.md: citations[0].quote: too short to identify a passage: quote at least 4 words (this has 1)',
    ]);
  });

  it('matches quotes at word boundaries', () => {
    const cut = `citations:\n  - { article: art, quote: "irst paragraph says 10", stance: fact }`;
    expect(problems(sources({ e: event(`title: E\ndate: "2020"\nlane: a\n${cut}`) }))).toEqual([
      'content/events/e.md: citations[0].quote: not found in article "art"',
    ]);
  });
});

describe('buildTimeline() eras', () => {
  const withEras = (eras: string) => ({
    ...sources({}),
    config: { path: 'content/timeline.yaml', text: `${config}eras:\n${eras}` },
  });

  it('reads eras with valid, ordered dates and unique ids', () => {
    expect(
      buildTimeline(withEras('  - { id: early, label: Early, from: 1990, to: "1999-06" }\n')).config.eras,
    ).toMatchObject([{ id: 'early', from: { year: 1990 }, to: { year: 1999, month: 6 } }]);
  });

  it('rejects an era that ends before it starts, a repeated id and an impossible date', () => {
    const eras = [
      '  - { id: early, label: Early, from: 1999, to: 1990 }',
      '  - { id: early, label: Again, from: 2000, to: 2001 }',
      '  - { id: late, label: Late, from: "2001-02-29", to: "-0500" }',
    ].join('\n');
    expect(problems(withEras(`${eras}\n`))).toEqual([
      'content/timeline.yaml: eras[0].to: the era ends (1990) before it starts (1999)',
      'content/timeline.yaml: eras[2].from: impossible date: "2001-02-29" (February 2001 has 28 days)',
      'content/timeline.yaml: eras[2].to: years before 1 CE are not supported: "-0500"',
      'content/timeline.yaml: eras[1].id: duplicate era id "early" (also eras[0].id)',
    ]);
  });
});
