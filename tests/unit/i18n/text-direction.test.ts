import { describe, expect, it } from 'vitest';
import { scriptDirection, textDirection } from '../../../src/lib/i18n/text-direction.ts';

describe('textDirection()', () => {
  it.each(['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'syr', 'az-Arab', 'pa-Arab'])(
    'reads %s right to left',
    (tag) => {
      expect(textDirection(tag)).toBe('rtl');
    },
  );

  it.each(['en', 'en-GB', 'ru', 'az', 'az-Latn', 'hy', 'de', 'ku', 'ar-Latn', 'zh-Hant', 'und'])(
    'reads %s left to right',
    (tag) => {
      expect(textDirection(tag)).toBe('ltr');
    },
  );

  it('ignores case, as language tags do', () => {
    expect(textDirection('AR-eg')).toBe('rtl');
  });

  it('names a string that is not a language tag', () => {
    expect(() => textDirection('Arabic language')).toThrow('"Arabic language" is not a BCP 47 language tag');
    expect(() => textDirection('')).toThrow('is not a BCP 47 language tag');
  });
});

describe('scriptDirection()', () => {
  it.each(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'])('runs %s right to left', (script) => {
    expect(scriptDirection(script)).toBe('rtl');
  });

  it('runs other scripts, and an unknown one, left to right', () => {
    for (const script of ['Latn', 'Cyrl', 'Armn', 'Hani', 'Zzzz', undefined])
      expect(scriptDirection(script)).toBe('ltr');
  });
});
