import { describe, expect, it } from 'vitest';
import { buildTimeline, ContentError, formatContentProblem, type ContentSources } from '../../../src/lib/load/index.ts';
import { translateTimeline } from '../../../src/lib/i18n/translate-timeline.ts';

const config =
  'title: T\nshortTitle: T\ndescription: D\nlanguage: en\npublisher: P\ncredit: C\n' +
  'lanes:\n  - { id: a, label: A, colour: "#112233" }\n';
const article =
  '---\ntitle: Headline\noutlet: Outlet\noutletNote: Note\nperspective: P\npublished: "2020-01-02"\n' +
  'publishedBasis: stated\npublishedNote: Stated.\nlanguage: en\nseed: s.txt\n---\nFirst paragraph says 10 November.\n';
const event = (places: string) =>
  `---\ntitle: E\ndate: "2020"\nlane: a\nplaces: ${places}\n` +
  'citations:\n  - { article: art, quote: "paragraph says 10 November", stance: fact }\n---\nSummary.\n';

const PORT = `  - id: port
    name: "Port"
    kind: town
    latitude: 46.35
    longitude: 13.4
    reference: "An atlas"
    referenceUrl: "https://example.org/atlas"
`;

function sources(
  places: string | undefined,
  eventPlaces = '[port]',
  extra: Partial<ContentSources> = {},
): ContentSources {
  return {
    config: { path: 'content/timeline.yaml', text: config },
    articles: [{ path: 'content/articles/art.md', text: article }],
    events: [{ path: 'content/events/e.md', text: event(eventPlaces) }],
    ...(places === undefined ? {} : { places: { path: 'content/places.yaml', text: places } }),
    ...extra,
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

describe('the gazetteer (places.yaml)', () => {
  it('gives each place its point and the reference of its coordinates, and events their place ids', () => {
    const timeline = buildTimeline(sources(`places:\n${PORT}`));
    expect(timeline.places).toEqual([
      {
        id: 'port',
        name: 'Port',
        kind: 'town',
        point: { latitude: 46.35, longitude: 13.4 },
        reference: { title: 'An atlas', url: 'https://example.org/atlas' },
      },
    ]);
    expect(timeline.events[0]?.places).toEqual(['port']);
  });

  it('is optional: a folder without one has no places, and its events may name none', () => {
    expect(buildTimeline(sources(undefined, '[]')).places).toEqual([]);
    expect(problems(sources(undefined, '[Portville]'))).toEqual([
      'content/events/e.md: places[0]: unknown place "Portville": the content folder has no places.yaml (add the place there, with its coordinates and their reference)',
    ]);
  });

  it('names the file, the place and the field of every mistake, in one run', () => {
    const broken = `places:
  - { id: a, name: A, kind: pier, latitude: 1, longitude: 1, reference: R }
  - { id: b, name: B, kind: town, latitude: 90.5, longitude: 1, reference: R }
  - { id: c, name: C, kind: town, latitude: "39°N", longitude: 1, reference: R }
  - { id: d, name: D, kind: town, longitude: 1, reference: R }
  - { id: e, name: E, kind: town, latitude: 1, longitude: 1 }
  - { id: f, name: F, kind: town, latitude: 1, longitude: -180.01, reference: R, referenceUrl: "javascript:x" }
  - { id: a, name: A2, kind: town, latitude: 1, longitude: 1, reference: R }
  - { id: "G g", name: G, kind: town, latitude: 1, longitude: 1, reference: R, colour: red }
  - { id: h, name: "", kind: town, latitude: .nan, longitude: .inf, reference: R }
`;
    expect(problems(sources(broken, '[a, zz, a]'))).toEqual([
      'content/events/e.md: places[1]: unknown place "zz": add it to content/places.yaml (known places: a, b, c, d, e, f, h)',
      'content/events/e.md: places[2]: "a" is listed twice',
      'content/places.yaml: places[0].kind: must be one of "city", "town", "village", "checkpoint", "bridge", "site", "district", "region", "country", "route", not "pier"',
      'content/places.yaml: places[1].latitude: must be between -90 and 90 (decimal degrees)',
      'content/places.yaml: places[2].latitude: must be a number, not "39°N"',
      'content/places.yaml: places[3].latitude: required field is missing',
      'content/places.yaml: places[4].reference: required field is missing',
      'content/places.yaml: places[5].longitude: must be between -180 and 180 (decimal degrees)',
      'content/places.yaml: places[5].referenceUrl: must be an http(s) address',
      'content/places.yaml: places[6].id: duplicate place id "a" (also places[0].id)',
      'content/places.yaml: places[7].colour: unknown field (check the spelling against the README)',
      'content/places.yaml: places[7].id: must be lowercase letters, digits and single hyphens',
      'content/places.yaml: places[8].name: must not be empty',
      'content/places.yaml: places[8].latitude: must be a number, not NaN',
      'content/places.yaml: places[8].longitude: must be a number, not Infinity',
    ]);
  });

  it('says what is wrong with the file as a whole', () => {
    expect(problems(sources('- { id: a }', '[]'))).toEqual([
      'content/places.yaml: must be a set of fields ("name: value" lines), not a list',
    ]);
    expect(problems(sources('places: [\n', '[]'))[0]).toMatch(/^content\/places\.yaml: is not valid YAML: /);
    expect(problems(sources('places:\n  - Port\n', '[]'))).toEqual([
      'content/places.yaml: places[0]: must be a set of fields ("name: value" lines), not "Port"',
    ]);
  });

  it('checks a note like any Markdown', () => {
    const noted = `places:\n${PORT}    note: "A <script>x</script> note"\n`;
    expect(problems(sources(noted))).toEqual([
      'content/places.yaml: places[0].note: raw HTML is not allowed: "<script>x</script>" (write Markdown; see allowHtml in the README)',
    ]);
  });
});

describe('translated place names (translations/<language>/places.yaml)', () => {
  const withNames = (text: string) =>
    sources(`places:\n${PORT}`, '[port]', {
      translations: [
        {
          language: 'de',
          folder: 'content/translations/de',
          places: { path: 'content/translations/de/places.yaml', text },
          events: [],
          articles: [],
        },
      ],
    });

  it('names each place in the edition, and marks an untranslated name with the original language', () => {
    const timeline = buildTimeline(withNames('places:\n  port: Hafen\n'));
    expect(translateTimeline(timeline, 'de').places[0]).toMatchObject({ name: 'Hafen' });
    const bare = buildTimeline(withNames('places: {}\n'));
    expect(translateTimeline(bare, 'de').places[0]).toMatchObject({ name: 'Port', textLanguage: 'en' });
  });

  it('refuses a name for a place the original lacks, and an empty name', () => {
    expect(problems(withNames('places:\n  port: ""\n  quay: Kai\n  __proto__: X\n'))).toEqual([
      'content/translations/de/places.yaml: places.port: must not be empty',
      'content/translations/de/places.yaml: places.quay: unknown place "quay": the original places.yaml has no such place (places: port)',
      'content/translations/de/places.yaml: places.__proto__: unknown place "__proto__": the original places.yaml has no such place (places: port)',
    ]);
  });
});
