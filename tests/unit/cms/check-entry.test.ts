import { describe, expect, it } from 'vitest';
import { checkArticleEntry, checkEventEntry, checkPlacesEntry } from '../../../src/lib/cms/check-entry.ts';

const articles = [
  {
    id: 'gazette',
    title: 'Gazette',
    blocks: [
      { id: 'p1', text: 'The town council on Tuesday approved the harbour bridge.' },
      { id: 'p2', text: 'The mayor said the bridge would open the town.' },
    ],
  },
];
const FILE = 'content/events/new.md';
const valid = {
  title: 'Bridge approved',
  date: '2021-03-02',
  lane: 'works',
  citations: [{ article: 'gazette', quote: 'council on Tuesday approved', stance: 'fact' }],
  body: 'The council approved the bridge.',
};

describe('the web editor’s pre-save checks', () => {
  it('pass an event the build accepts, blank optional fields included', () => {
    expect(checkEventEntry({ ...valid, note: '', actors: [] }, articles, FILE)).toEqual([]);
  });

  it('give the build’s field: reason messages', () => {
    const problems = checkEventEntry(
      {
        ...valid,
        date: '2021-02-30',
        citations: [
          { article: 'gazette', quote: 'approved the harbour bridge. The mayor said', stance: 'fact' },
          { article: 'gazette', quote: 'the mayor said that', stance: 'claim' },
        ],
        body: ' ',
      },
      articles,
      FILE,
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'citations[1].claimant: required when stance is "claim": who makes the claim',
      ': has no summary: write one below the frontmatter',
      'date: impossible date: "2021-02-30" (February 2021 has 28 days)',
      'citations[0].quote: spans more than one paragraph of article "gazette": quote from a single paragraph',
    ]);
  });

  it('check a source article against its schema', () => {
    expect(checkArticleEntry({ title: 'A', body: 'Text.' }, 'content/articles/a.md').map((p) => p.field)).toContain(
      'outlet',
    );
  });
});

describe('the web editor’s checks that need the content folder', () => {
  const site = {
    laneIds: ['works'],
    allowHtml: [],
    eventIds: ['bridge-approved'],
    articleIds: ['gazette'],
    placeIds: ['portville', 'harbour'],
    placeEvents: { portville: ['bridge-approved'], harbour: [] },
  };

  it('let a draft go without a citation, and ask a published event for one', () => {
    const { citations: _none, ...uncited } = valid;
    expect(checkEventEntry({ ...uncited, status: 'draft' }, articles, FILE, site)).toEqual([]);
    expect(checkEventEntry({ ...uncited, citations: [], status: 'published' }, articles, FILE, site)).toEqual([
      {
        file: FILE,
        field: 'citations',
        message: 'every event needs at least one citation (or "status: draft" until it has one)',
      },
    ]);
  });

  it('refuse a new id that is taken, an unknown lane, and HTML that timeline.yaml does not allow', () => {
    const problems = checkEventEntry(
      { ...valid, lane: 'war', note: 'A <mark>marked</mark> note.' },
      articles,
      { file: 'a new file in content/events', newId: 'gazette' },
      site,
    );
    expect(problems.map((p) => p.field)).toEqual(['note', 'lane', 'title']);
    expect(problems[2]!.message).toBe('id "gazette" is also an article\'s: give the event a different title');
    expect(checkEventEntry(valid, articles, { file: FILE, newId: 'bridge-approved' }, site)[0]!.message).toBe(
      'duplicate event id "bridge-approved": give the event a different title',
    );
  });

  it("name an event's place that the gazetteer lacks, as the build does, and pass the gazetteer's own", () => {
    expect(checkEventEntry({ ...valid, places: ['portville', 'harbour'] }, articles, FILE, site)).toEqual([]);
    expect(checkEventEntry({ ...valid, places: ['portville', 'Atlantis'] }, articles, FILE, site)).toEqual([
      {
        file: FILE,
        field: 'places[1]',
        message: 'unknown place "Atlantis": add it to content/places.yaml (known places: portville, harbour)',
      },
    ]);
  });

  it('check the gazetteer as the build reads the file it will write, and keep a place that an event names', () => {
    const place = {
      id: 'portville',
      name: 'Portville',
      kind: 'town',
      latitude: 46.35,
      longitude: 13.4,
      reference: 'R',
    };
    const harbour = { ...place, id: 'harbour', name: 'Harbour' };
    expect(checkPlacesEntry({ places: [place, harbour] }, site)).toEqual([]);
    // A blank optional field is left out of the file, as the editor leaves it.
    expect(checkPlacesEntry({ places: [{ ...place, note: '', referenceUrl: '' }] })).toEqual([]);
    const problems = checkPlacesEntry(
      { places: [{ ...place, latitude: 91 }, { ...harbour, kind: 'harbour', reference: '' }, { ...harbour }] },
      site,
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'places[0].latitude: must be between -90 and 90 (decimal degrees)',
      expect.stringMatching(/^places\[1\]\.kind: /),
      expect.stringMatching(/^places\[1\]\.reference: /),
      'places[2].id: duplicate place id "harbour" (also places[1].id)',
    ]);
    expect(checkPlacesEntry({ places: [harbour] }, site)).toEqual([
      {
        file: 'content/places.yaml',
        field: 'places',
        message: 'place "portville" is named by content/events/bridge-approved.md: remove it there first, or keep it',
      },
    ]);
  });

  it('ignore the comment lines a file keeps at the top of its frontmatter', () => {
    expect(checkEventEntry({ ...valid, '#comments': 'Imported from sheet.csv.' }, articles, FILE, site)).toEqual([]);
  });
});
