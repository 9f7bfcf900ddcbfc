import { describe, expect, it } from 'vitest';
import { createSitePaths, toTextFragment } from '../../src/lib/site-paths.ts';

describe('createSitePaths()', () => {
  it('builds every route below the base path', () => {
    const paths = createSitePaths('/timelines/k');
    expect(paths.home()).toBe('/timelines/k/');
    expect(paths.event('ceasefire')).toBe('/timelines/k/events/ceasefire/');
    expect(paths.source('aa-2021-10-14')).toBe('/timelines/k/sources/aa-2021-10-14/');
    expect(paths.about()).toBe('/timelines/k/about/');
    expect(paths.places()).toBe('/timelines/k/places/');
    expect(paths.place('hakari-bridge')).toBe('/timelines/k/places/hakari-bridge/');
  });

  it('puts an edition’s places below its language', () => {
    expect(createSitePaths('/', 'ru').place('hakari-bridge')).toBe('/ru/places/hakari-bridge/');
  });

  it('links a citation to its paragraph with a text fragment for the exact words', () => {
    const paths = createSitePaths('/');
    expect(paths.passage({ article: 'a' as never, paragraphId: 'p4', passage: 'on the night of November 10' })).toBe(
      '/sources/a/#p4:~:text=on%20the%20night%20of%20November%2010',
    );
  });
});

describe('toTextFragment()', () => {
  it('percent-encodes the characters that are syntax in text fragments', () => {
    expect(toTextFragment('Baku-Khankendi, 1992-1994 & more')).toBe('Baku%2DKhankendi%2C%201992%2D1994%20%26%20more');
  });

  it('uses the first and last words of a long passage as start,end', () => {
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one';
    expect(toTextFragment(long)).toBe(
      'one%20two%20three%20four%20five,seventeen%20eighteen%20nineteen%20twenty%20twenty%2Done',
    );
  });
});
