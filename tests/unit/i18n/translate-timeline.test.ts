import { beforeAll, describe, expect, it } from 'vitest';
import { translateTimeline } from '../../../src/lib/i18n/translate-timeline.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

// The small fixture has a partial German translation (tests/fixtures/small-site/translations/de/).
let small: Timeline;
let german: Timeline;
beforeAll(async () => {
  small = await loadTimeline('tests/fixtures/small-site');
  german = translateTimeline(small, 'de');
});

const eventOf = (timeline: Timeline, id: string) =>
  [...timeline.events, ...timeline.drafts].find((event) => event.id === id)!;

describe('translateTimeline()', () => {
  it('returns the timeline itself for the original language', () => {
    expect(translateTimeline(small, 'en')).toBe(small);
  });

  it('replaces a translated event’s title, summary, note and corrections, and leaves it unmarked', () => {
    const vote = eventOf(german, 'council-vote');
    expect(vote.title).toBe('Stadtrat billigt die Brücke');
    expect(vote.summary).toBe('Der Stadtrat billigte die **neue** Hafenbrücke mit sieben zu zwei Stimmen.');
    expect(vote.note).toBe('Der Artikel sagt „am Dienstag“; der 2. März 2021 war ein Dienstag.');
    expect(vote).not.toHaveProperty('textLanguage');
    // Dates, lane and quotes stay the original's.
    const original = eventOf(small, 'council-vote');
    expect([vote.date, vote.lane, vote.citations[0]?.passage]).toEqual([
      original.date,
      original.lane,
      original.citations[0]?.passage,
    ]);
  });

  it('pairs translated corrections with the original’s in the file’s order, though the model sorts them by date', () => {
    // The original file lists 30 November before 20 November; the model shows 20 November first.
    const corrections = eventOf(german, 'council-vote').corrections;
    expect(corrections.map((c) => `${c.date.month}-${c.date.day}`)).toEqual(['11-20', '11-30']);
    expect(corrections[0]?.text).toMatch(/^Eine frühere Fassung datierte die Abstimmung/);
    expect(corrections[1]?.text).toMatch(/^Eine frühere Fassung nannte \*acht\*/);
    expect(corrections.some((c) => c.textLanguage !== undefined)).toBe(false);
  });

  it('gives a citation the editors’ translation of its quote, keeping the quote verbatim; `{}` gives none', () => {
    const [first, second] = eventOf(german, 'bridge-opens').citations;
    const [originalFirst, originalSecond] = eventOf(small, 'bridge-opens').citations;
    expect(first).toEqual({
      ...originalFirst,
      translation: 'vergangene Woche, am 10. Juni 2022, für den Verkehr freigegeben',
    });
    expect(second).toEqual(originalSecond);
    expect(second).not.toHaveProperty('translation');
  });

  it('marks an untranslated event, and its corrections, with the original language and keeps its text', () => {
    const ferry = eventOf(german, 'ferry-closed');
    expect(ferry).toEqual({ ...eventOf(small, 'ferry-closed'), textLanguage: 'en' });
  });

  it('translates drafts too', () => {
    expect(eventOf(german, 'tunnel-proposal').title).toBe('Tunnel statt Brücke vorgeschlagen');
    expect(german.drafts).toHaveLength(small.drafts.length);
  });

  it('sets the language, replaces the translated site texts and labels, and keeps the rest', () => {
    expect(german.config).toMatchObject({
      language: 'de',
      title: 'Hafenbrücke: eine Test-Zeitleiste',
      shortTitle: 'Test-Zeitleiste',
      description: small.config.description,
    });
    expect(german.config.lanes.map((lane) => [lane.id, lane.label, lane.colour])).toEqual([
      ['works', 'Bauarbeiten', '#aa5500'],
      ['council', 'Stadtrat', '#0055aa'],
    ]);
    expect(german.config.eras[0]).toEqual({ ...small.config.eras[0], label: 'Frühe Jahre' });
    // Partly translated: no one marker fits all the texts (the coverage report names the missing ones).
    expect(german.config).not.toHaveProperty('textLanguage');
  });

  it('marks the site texts and the about page with the original language when they are not translated', () => {
    const bare: Timeline = {
      ...small,
      translations: [{ language: 'fr', config: { lanes: {}, eras: {} }, events: [], articles: [], places: {} }],
    };
    const french = translateTimeline(bare, 'fr');
    expect(french.config).toEqual({ ...small.config, language: 'fr', textLanguage: 'en' });
    expect(french.about).toBe(small.about);
    expect(french.aboutLanguage).toBe('en');
    expect(french.events.every((event) => event.textLanguage === 'en')).toBe(true);
  });

  it('takes a label only from the translation’s own keys (a lane may be called "constructor")', () => {
    const odd: Timeline = {
      ...small,
      config: { ...small.config, lanes: [{ id: 'constructor', label: 'Builders', colour: '#000000' }] },
      translations: [{ language: 'fr', config: { lanes: {}, eras: {} }, events: [], articles: [], places: {} }],
    };
    expect(translateTimeline(odd, 'fr').config.lanes[0]?.label).toBe('Builders');
  });

  it('replaces the about page when it is translated', () => {
    expect(german.about).toMatch(/^Die Test-Zeitleiste dient nur dazu/);
    expect(german).not.toHaveProperty('aboutLanguage');
  });

  it('replaces the editors’ notes on a source, never its title, outlet or text; untranslated notes are marked', () => {
    const translated = german.articles.find((a) => a.id === 'gazette-2022-06')!;
    const original = small.articles.find((a) => a.id === 'gazette-2022-06')!;
    expect(translated).toMatchObject({
      perspective: 'Erfundene Lokalzeitung',
      outletNote: 'Eine erfundene Zeitung für die Tests.',
      title: original.title,
      outlet: original.outlet,
      blocks: original.blocks,
    });
    expect(translated).not.toHaveProperty('notesLanguage');
    // A source page's own corrections are never translated.
    expect(translated.corrections.every((c) => c.textLanguage === 'en')).toBe(true);
    expect(german.articles.find((a) => a.id === 'gazette-2021-03-04')?.notesLanguage).toBe('en');
  });

  it('keeps the list of translations, for the language switcher', () => {
    expect(german.translations).toBe(small.translations);
  });

  it('does not change the timeline it is given', () => {
    const before = structuredClone(small);
    translateTimeline(small, 'de');
    expect(small).toEqual(before);
  });

  it('refuses a language the timeline has no translation into, naming the ones it has', () => {
    expect(() => translateTimeline(small, 'ru')).toThrow('no translation into "ru" (this timeline has en, de)');
  });
});
