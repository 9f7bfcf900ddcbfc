import { describe, expect, it } from 'vitest';
import { englishCatalogue, messageKeys, type Catalogue } from '../../../src/lib/i18n/catalogues.ts';
import { flattenMessage, toClientMessages } from '../../../src/lib/i18n/client-messages.ts';
import { createClientTranslator } from '../../../src/lib/i18n/client-translator.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';

const ru: Catalogue = {
  'timeline.showing':
    '{total, plural, one {Показано {shown} из # события.} few {Показано {shown} из # событий.} many {Показано {shown} из # событий.} other {Показано {shown} из # события.}}',
};

describe('flattenMessage()', () => {
  it('keeps plain text with its placeholders', () => {
    expect(flattenMessage('k', 'Downloaded {name}')).toBe('Downloaded {name}');
  });

  it('spreads the text around a plural into each of its forms', () => {
    expect(
      flattenMessage('k', 'Showing {shown} of {total, plural, =0 {none} one {# event} other {# events}}.'),
    ).toEqual({
      plural: 'total',
      forms: {
        '=0': 'Showing {shown} of none.',
        one: 'Showing {shown} of # event.',
        other: 'Showing {shown} of # events.',
      },
    });
  });

  it('refuses, naming the key, what the browser could not format', () => {
    expect(() => flattenMessage('two', '{a, plural, other {#}} {b, plural, other {#}}')).toThrow(/two: .*one plural/);
    expect(() => flattenMessage('select', '{a, select, x {X} other {Y}}')).toThrow(/select: /);
    expect(() => flattenMessage('number', '{a, number, percent}')).toThrow(/number: /);
  });
});

// A value for every placeholder of a message (the server's formatter requires them all).
function placeholdersOf(key: (typeof messageKeys)[number]): Record<string, string> {
  return Object.fromEntries(
    [...englishCatalogue[key].matchAll(/\{(\w+)[,}]/g)].map(([, name]) => [name!, `<${name}>`]),
  );
}

describe('createClientTranslator()', () => {
  it('formats every shipped message as the server does, in English and in a language with other plural rules', () => {
    const samples = [0, 1, 2, 5, 21, 1200];
    for (const [language, catalogues] of [
      ['en', { en: englishCatalogue }],
      ['ru', { en: englishCatalogue, ru }],
    ] as const) {
      const server = createTranslator(language, catalogues);
      const browser = createClientTranslator(toClientMessages(server, messageKeys));
      for (const key of messageKeys) {
        for (const count of samples) {
          const values = { ...placeholdersOf(key), count, total: count, shown: 3 };
          expect(browser(key, values), `${language} ${key} ${count}`).toBe(server.t(key, values));
        }
      }
    }
  });

  it('returns the key itself for a message the page did not hand over', () => {
    expect(createClientTranslator({ language: 'en', messages: {} })('nav.about')).toBe('nav.about');
  });
});
