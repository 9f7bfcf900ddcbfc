import { beforeAll, describe, expect, it } from 'vitest';
import { describeTranslationCoverage, loadTimeline } from '../../../src/lib/load/index.ts';
import type { ContentTranslation, Timeline } from '../../../src/lib/timeline-model.ts';

let small: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
});

const withTranslation = (translation: Omit<ContentTranslation, 'places'>): Timeline => ({
  ...small,
  translations: [{ places: {}, ...translation }],
});

describe('describeTranslationCoverage()', () => {
  it('counts published events, whole source notes, the about page and the site texts of a partial translation', () => {
    // The German fixture translates two published events and a draft (not counted: it is not published).
    expect(describeTranslationCoverage(small)).toEqual([
      'de: 2 of 5 events (3 shown in en), 1 of 2 source notes, about page, ' +
        '5 of 9 site texts (in en: description, publisher, credit, sourceBalance), 1 of 1 place name',
    ]);
  });

  it('says so when everything is translated', () => {
    const full = withTranslation({
      language: 'ru',
      config: {
        title: 'Т',
        shortTitle: 'Т',
        description: 'О',
        publisher: 'И',
        credit: 'К',
        sourceBalance: 'И',
        lanes: { works: 'Р', council: 'С' },
        eras: { early: 'Р' },
      },
      about: 'О.',
      events: small.events.map((event) => ({
        id: event.id,
        file: event.file,
        title: 'Т',
        summary: 'С',
        citations: [],
        corrections: [],
      })),
      articles: small.articles.map((article) => ({
        id: article.id,
        file: article.file,
        outletNote: 'О',
        perspective: 'П',
        publishedNote: 'Д',
      })),
    });
    expect(describeTranslationCoverage(full)).toEqual([
      'ru: 5 of 5 events, 2 of 2 source notes, about page, site texts, 0 of 1 place name (1 in en)',
    ]);
  });

  it('says what is left in the original language, and which sources are only partly translated', () => {
    const bare = withTranslation({
      language: 'az',
      config: { lanes: {}, eras: {} },
      events: [],
      articles: [{ id: small.articles[0]!.id, file: 'x.md', perspective: 'P' }],
    });
    expect(describeTranslationCoverage(bare)).toEqual([
      'az: 0 of 5 events (5 shown in en), 0 of 2 source notes (1 partly, the rest of their notes in en), ' +
        'about page in en, site texts in en, 0 of 1 place name (1 in en)',
    ]);
  });

  it('counts no place names for a timeline without places', () => {
    const placeless = withTranslation({ language: 'az', config: { lanes: {}, eras: {} }, events: [], articles: [] });
    expect(describeTranslationCoverage({ ...placeless, places: [] })[0]).not.toMatch(/place name/);
  });

  it('prints nothing for a timeline without translations', () => {
    expect(describeTranslationCoverage({ ...small, translations: [] })).toEqual([]);
  });
});
