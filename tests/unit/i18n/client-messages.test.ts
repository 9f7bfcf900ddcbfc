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

// Messages only pages use may count two things at once ("# events cite # articles"); the browser takes one plural
// per message, and toClientMessages refuses the others by name, so a page cannot hand one over by mistake.
const browserKeys = messageKeys.filter((key) => (englishCatalogue[key].match(/, plural,/g) ?? []).length <= 1);
const PLURAL_VALUES = new Set(['count', 'total', 'events', 'articles', 'passages']);

describe('createClientTranslator()', () => {
  it('formats every shipped message as the server does, in English and in a language with other plural rules', () => {
    const samples = [0, 1, 2, 5, 21, 1200];
    for (const [language, catalogues] of [
      ['en', { en: englishCatalogue }],
      ['ru', { en: englishCatalogue, ru }],
    ] as const) {
      const server = createTranslator(language, catalogues);
      const browser = createClientTranslator(toClientMessages(server, browserKeys));
      for (const key of browserKeys) {
        for (const count of samples) {
          // Every placeholder gets a value: counts the sample, text its own name.
          const values = new Proxy({} as Record<string, string | number>, {
            has: () => true,
            get: (_, name) => (name === 'shown' ? 3 : PLURAL_VALUES.has(String(name)) ? count : String(name)),
          });
          expect(browser(key, values), `${language} ${key} ${count}`).toBe(server.t(key, values));
        }
      }
    }
  });

  it('returns the key itself for a message the page did not hand over', () => {
    expect(createClientTranslator({ language: 'en', messages: {} })('nav.about')).toBe('nav.about');
  });
});
