import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';
import type { TranslationSources } from '../../../src/lib/load/build-timeline.ts';

const config = (extra = '') =>
  `title: T\nshortTitle: T\ndescription: D\nlanguage: en-GB\npublisher: P\ncredit: C\n` +
  `lanes:\n  - { id: a, label: A, colour: "#112233" }\n${extra}`;
const article = `---\ntitle: Headline\noutlet: Outlet\noutletNote: Note\nperspective: P\npublished: "2020-01-02"\npublishedBasis: stated\npublishedNote: Stated.\nlanguage: en\nseed: s.txt\n---\nFirst paragraph says 10 November.\n`;
const event = (front: string, body = 'Summary.') => `---\n${front}\n---\n${body}\n`;
const citation = `citations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact }`;

function translation(language: string, parts: Partial<Omit<TranslationSources, 'language' | 'folder'>> = {}) {
  const folder = `content/translations/${language}`;
  return { language, folder, events: [], articles: [], ...parts };
}
const file = (language: string, path: string, text: string) => ({
  path: `content/translations/${language}/${path}`,
  text,
});

function sources(translations: TranslationSources[], configExtra = ''): ContentSources {
  return {
    config: { path: 'content/timeline.yaml', text: config(configExtra) },
    articles: [{ path: 'content/articles/art.md', text: article }],
    events: [
      { path: 'content/events/e.md', text: event(`title: E\ndate: "2020"\nlane: a\n${citation}`) },
      { path: 'content/events/d.md', text: event('title: D\ndate: "2021"\nlane: a\nstatus: draft') },
    ],
    translations,
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

describe('buildTimeline() with translations', () => {
  it('reads each language folder into plain data, sorted by language, drafts’ translations included', () => {
    const timeline = buildTimeline(
      sources([
        translation('ru', {
          events: [file('ru', 'events/d.md', event('title: Черновик', 'Перевод черновика.'))],
        }),
        translation('pt-BR', {
          config: file('pt-BR', 'timeline.yaml', 'title: Título\nlanes: { a: Faixa A }'),
          about: file('pt-BR', 'about.md', '\nSobre.\n'),
          events: [
            file('pt-BR', 'events/e.md', event('title: Evento\ncitations:\n  - translation: diz 10 de novembro')),
          ],
          articles: [file('pt-BR', 'articles/art.md', '---\nperspective: Perspectiva\n---\n')],
        }),
        translation('sr-Latn'),
      ]),
    );
    expect(timeline.translations.map((t) => t.language)).toEqual(['pt-BR', 'ru', 'sr-Latn']);
    expect(timeline.translations[0]).toEqual({
      language: 'pt-BR',
      config: { title: 'Título', lanes: { a: 'Faixa A' }, eras: {} },
      about: 'Sobre.',
      events: [
        {
          id: 'e',
          file: 'content/translations/pt-BR/events/e.md',
          title: 'Evento',
          summary: 'Summary.',
          citations: [{ translation: 'diz 10 de novembro' }],
          corrections: [],
        },
      ],
      articles: [{ id: 'art', file: 'content/translations/pt-BR/articles/art.md', perspective: 'Perspectiva' }],
      places: {},
    });
    expect(timeline.translations[1]?.events.map((e) => e.id)).toEqual(['d']);
  });

  it('refuses a folder name that is no language tag, or no language: the names of site paths among them', () => {
    expect(problems(sources([translation('events'), translation('und'), translation('en_GB')]))).toEqual([
      'content/translations/en_GB: "en_GB" is not a language tag (BCP 47): name the folder for its language, such as "ru", "az" or "pt-BR"',
      'content/translations/events: "events" is not a language: a language tag starts with the language\'s two- or three-letter code (ISO 639)',
      'content/translations/und: "und" is not a language: a language tag starts with the language\'s two- or three-letter code (ISO 639)',
    ]);
  });

  it('refuses the original language, however it is written', () => {
    expect(problems(sources([translation('en-GB')]))).toEqual([
      'content/translations/en-GB: is the original language ("language: en-GB" in timeline.yaml): the original texts live in events/, about.md and timeline.yaml, not in a translation',
    ]);
    // Another variety of the same language is another edition.
    expect(problems(sources([translation('en-US')]))).toEqual([]);
  });

  it('reports two translations of one event', () => {
    const one = event('title: Eins', 'Eins.');
    expect(
      problems(
        sources([translation('de', { events: [file('de', 'events/e.md', one), file('de', 'events/x/e.md', one)] })]),
      ),
    ).toEqual([
      'content/translations/de/events/x/e.md: duplicate translation of event "e" (also content/translations/de/events/e.md)',
    ]);
  });

  it('says how lanes are given when a translation copies the original’s list', () => {
    const yaml = 'lanes:\n  - { id: a, label: Spur A }\n';
    expect(problems(sources([translation('de', { config: file('de', 'timeline.yaml', yaml) })]))).toEqual([
      'content/translations/de/timeline.yaml: lanes: must be a set of "id: label" lines, not a list',
    ]);
  });

  it('names every lane and era id the original does not have, "__proto__" included', () => {
    const yaml = 'lanes:\n  __proto__: X\n  a: Spur A\neras:\n  early: Früh\n';
    expect(problems(sources([translation('de', { config: file('de', 'timeline.yaml', yaml) })]))).toEqual([
      'content/translations/de/timeline.yaml: lanes.__proto__: unknown lane "__proto__" (lanes of the original: a)',
      'content/translations/de/timeline.yaml: eras.early: unknown era "early" (eras of the original: none)',
    ]);
  });

  it('holds a translation to the original’s Markdown policy (allowHtml)', () => {
    const summary = 'Die <abbr title="Vereinte Nationen">UN</abbr> und <b>fett</b>.';
    const input = sources(
      [translation('de', { events: [file('de', 'events/e.md', event('title: E', summary))] })],
      'allowHtml: [abbr]\n',
    );
    expect(problems(input)).toEqual([
      'content/translations/de/events/e.md: summary: HTML element <b> is not allowed: "<b>fett</b>" (allowHtml allows abbr)',
    ]);
  });

  it('requires a title and a summary, and an about page with text', () => {
    const input = sources([
      translation('de', {
        about: file('de', 'about.md', '\n'),
        events: [file('de', 'events/e.md', event('note: Eine Anmerkung', ''))],
      }),
    ]);
    expect(problems(input)).toEqual([
      'content/translations/de/about.md: is empty: translate the about page or delete the file',
      'content/translations/de/events/e.md: title: required field is missing',
      'content/translations/de/events/e.md: has no summary: translate it below the frontmatter',
      'content/translations/de/events/e.md: note: the original (content/events/e.md) has no note: there is nothing to translate',
    ]);
  });

  it('reports a translation’s problems in the same run as the original’s', () => {
    const input = sources([
      translation('de', { events: [file('de', 'events/e.md', event('title: E\ndate: "2020"'))] }),
    ]);
    const broken = { ...input, events: [...input.events, { path: 'content/events/bad.md', text: event('title: B') }] };
    expect(problems(broken)).toEqual([
      'content/events/bad.md: date: required field is missing',
      'content/events/bad.md: lane: required field is missing',
      'content/events/bad.md: citations: every event needs at least one citation (or "status: draft" until it has one)',
      'content/translations/de/events/e.md: date: belongs to the original event content/events/e.md; a translation holds only title, note, citations[].translation, corrections[].text and the summary',
    ]);
  });
});
