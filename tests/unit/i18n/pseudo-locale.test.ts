import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { messageKeys } from '../../../src/lib/i18n/catalogues.ts';
import { dateLocaleFor } from '../../../src/lib/i18n/date-locale.ts';
import { PSEUDO_LANGUAGE, pseudoCatalogue } from '../../../src/lib/i18n/pseudo-locale.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';

describe('the pseudo-locale', () => {
  it('has every message, none with a plain ASCII letter outside its placeholders and plural syntax', () => {
    const { t } = createTranslator(PSEUDO_LANGUAGE);
    expect(Object.keys(pseudoCatalogue()).sort()).toEqual([...messageKeys].sort());
    for (const key of messageKeys.filter((key) => !key.startsWith('date.pattern.'))) {
      // Every placeholder gets a number, which has no letters: what is left is the message's own text.
      const text = t(key, new Proxy({}, { has: () => true, get: () => 2 }));
      expect(text, key).toMatch(/^⟦[^A-Za-z]*⟧$/);
    }
  });

  it('keeps plurals working', () => {
    const { t } = createTranslator(PSEUDO_LANGUAGE);
    expect(t('date.days', { count: 1 })).toBe('⟦1 đàý⟧');
    expect(t('date.days', { count: 3 })).toBe('⟦3 đàýš⟧');
  });

  it('accents month names through its date locale', () => {
    expect(format(new Date(2023, 8, 19), 'd MMMM yyyy', { locale: dateLocaleFor(PSEUDO_LANGUAGE) })).toBe(
      '19 Šéþţéɱƀéŕ 2023',
    );
  });
});

describe('dateLocaleFor()', () => {
  it('finds regional and base locales and falls back to British English', () => {
    expect(dateLocaleFor('pt-BR').code).toBe('pt-BR');
    expect(dateLocaleFor('ru-RU').code).toBe('ru');
    expect(dateLocaleFor('en').code).toBe('en-GB');
    expect(dateLocaleFor('tlh').code).toBe('en-GB');
  });

  it('writes Azerbaijani month names in lower case, as Azerbaijani spelling does', () => {
    const locale = dateLocaleFor('az');
    expect(format(new Date(2023, 8, 19), 'd MMMM yyyy', { locale })).toBe('19 sentyabr 2023');
    expect(format(new Date(2023, 8, 19), 'LLLL', { locale })).toBe('sentyabr');
  });
});
