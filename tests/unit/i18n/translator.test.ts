import { describe, expect, it } from 'vitest';
import { englishCatalogue, messageKeys, type Catalogue } from '../../../src/lib/i18n/catalogues.ts';
import { catalogueChain, createTranslator } from '../../../src/lib/i18n/translator.ts';

const german: Catalogue = { 'nav.sources': 'Quellen', 'date.days': '{count, plural, one {# Tag} other {# Tage}}' };
const catalogues = { en: englishCatalogue, de: german, 'de-CH': { 'nav.sources': 'Quellen (CH)' } };

describe('createTranslator()', () => {
  it('formats a message of the language, with its plural rules and number format', () => {
    const { t } = createTranslator('de', catalogues);
    expect(t('nav.sources')).toBe('Quellen');
    expect(t('date.days', { count: 1 })).toBe('1 Tag');
    expect(t('date.days', { count: 1200 })).toBe('1.200 Tage');
  });

  it('falls back from a regional tag to its language, then to English, key by key', () => {
    const { t } = createTranslator('de-CH', catalogues);
    expect(t('nav.sources')).toBe('Quellen (CH)');
    expect(t('date.days', { count: 2 })).toBe('2 Tage');
    expect(t('nav.about')).toBe('About');
  });

  it('lists the keys a language lacks, and none for English or a regional English', () => {
    expect(createTranslator('de', catalogues).missingKeys()).toEqual(
      messageKeys.filter((key) => key !== 'nav.sources' && key !== 'date.days'),
    );
    expect(createTranslator('en', catalogues).missingKeys()).toEqual([]);
    expect(createTranslator('en-GB', catalogues).missingKeys()).toEqual([]);
  });

  it('shows an English fallback with English plural rules, whatever the language', () => {
    // Russian "one" covers 21; English's does not: a fallback message must not say "21 day".
    expect(createTranslator('ru', { en: englishCatalogue }).t('date.days', { count: 21 })).toBe('21 days');
  });

  it('treats angle brackets as text, never as markup', () => {
    const { t } = createTranslator('xx', { en: englishCatalogue, xx: { 'nav.about': '<b>About</b> & more' } });
    expect(t('nav.about')).toBe('<b>About</b> & more');
  });

  it('fills placeholders in plurals (Russian: 1, 2, 5 and 21 take their own forms)', () => {
    const ru: Catalogue = {
      'timeline.showingAll':
        '{total, plural, one {Показано # событие.} few {Показаны все # события.} many {Показаны все # событий.} other {Показаны все # события.}}',
    };
    const { t } = createTranslator('ru', { en: englishCatalogue, ru });
    expect([1, 2, 5, 21].map((total) => t('timeline.showingAll', { total }))).toEqual([
      'Показано 1 событие.',
      'Показаны все 2 события.',
      'Показаны все 5 событий.',
      'Показано 21 событие.',
    ]);
  });
});

describe('catalogueChain()', () => {
  it('orders the catalogues most specific first and skips tags that have none', () => {
    expect(catalogueChain('de-CH-1996', catalogues)).toEqual([catalogues['de-CH'], german]);
    expect(catalogueChain('fr', catalogues)).toEqual([]);
  });
});
