import { describe, expect, it } from 'vitest';
import { formatGeoPoint } from '../../src/lib/format-geo-point.ts';
import { createTranslator } from '../../src/lib/i18n/translator.ts';

const text = (language: string) => ({ language, t: createTranslator(language).t });

describe('formatGeoPoint()', () => {
  it('writes degrees with four decimals and hemispheres, never signs', () => {
    expect(formatGeoPoint({ latitude: 39.8153, longitude: 46.7519 }, text('en'))).toBe('39.8153° N, 46.7519° E');
    expect(formatGeoPoint({ latitude: -33.9, longitude: -70.65 }, text('en'))).toBe('33.9000° S, 70.6500° W');
  });

  it('writes the numbers and hemispheres of the page’s language', () => {
    expect(formatGeoPoint({ latitude: 39.8153, longitude: 46.7519 }, text('ru'))).toBe(
      '39,8153° с. ш., 46,7519° в. д.',
    );
    expect(formatGeoPoint({ latitude: 39.8153, longitude: 46.7519 }, text('de'))).toBe('39,8153° N, 46,7519° O');
  });
});
