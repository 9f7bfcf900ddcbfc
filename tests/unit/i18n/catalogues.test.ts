import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { englishCatalogue, messageKeys, shippedCatalogues } from '../../../src/lib/i18n/catalogues.ts';

// Every name a message uses: its placeholders and the arguments its plurals and selects choose by.
function argumentNames(elements: readonly MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    if (element.type === TYPE.tag) argumentNames(element.children, names);
  }
  return names;
}

const translated = Object.entries(shippedCatalogues).filter(([language]) => language !== 'en');

describe('the shipped catalogues', () => {
  it('ship English, Russian, Azerbaijani, Armenian and Arabic at least', () => {
    expect(Object.keys(shippedCatalogues)).toEqual(expect.arrayContaining(['en', 'ru', 'az', 'hy', 'ar']));
  });

  it.each(translated)('%s has every message, and no message English lacks', (_language, catalogue) => {
    expect(messageKeys.filter((key) => catalogue[key] === undefined)).toEqual([]);
    expect(Object.keys(catalogue).filter((key) => !(key in englishCatalogue))).toEqual([]);
  });

  it.each(translated)(
    '%s: every message parses, uses the same arguments as English and formats',
    (language, catalogue) => {
      for (const key of messageKeys) {
        const message = catalogue[key];
        if (message === undefined || key.startsWith('date.pattern.')) continue;
        const names = [...argumentNames(parse(message, { ignoreTag: true }))].sort();
        const english = [...argumentNames(parse(englishCatalogue[key], { ignoreTag: true }))].sort();
        expect(names, `${language} ${key}`).toEqual(english);
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
          const values = Object.fromEntries(english.map((name) => [name, count]));
          const text = new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).format(values);
          expect(typeof text, `${language} ${key}`).toBe('string');
        }
      }
    },
  );
});
