import { describe, expect, it } from 'vitest';
import { compassDirection } from '../../../src/lib/map/compass-direction.ts';
import { distanceKm } from '../../../src/lib/map/geo-distance.ts';
import { baku, brussels, minsk, moscow, stepanakert, washington, yerevan } from './map-test-places.ts';

describe('compassDirection()', () => {
  it('names the way a far city lies as a flat map shows it', () => {
    const from = stepanakert.point;
    expect(compassDirection(from, minsk.point)).toBe('northWest');
    expect(compassDirection(from, moscow.point)).toBe('north');
    expect(compassDirection(from, baku.point)).toBe('east');
    expect(compassDirection(from, yerevan.point)).toBe('west');
    expect(compassDirection(from, brussels.point)).toBe('west');
    // The great circle sets off north-west; on the map, Washington is west.
    expect(compassDirection(from, washington.point)).toBe('west');
  });

  it('goes the short way round across the antimeridian', () => {
    expect(compassDirection({ latitude: 0, longitude: 170 }, { latitude: 0, longitude: -170 })).toBe('east');
    expect(compassDirection({ latitude: 0, longitude: -170 }, { latitude: 0, longitude: 170 })).toBe('west');
  });

  it('covers all eight points', () => {
    const centre = { latitude: 0, longitude: 0 };
    const around = [
      [10, 0],
      [10, 10],
      [0, 10],
      [-10, 10],
      [-10, 0],
      [-10, -10],
      [0, -10],
      [10, -10],
    ].map(([latitude = 0, longitude = 0]) => compassDirection(centre, { latitude, longitude }));
    expect(around).toEqual(['north', 'northEast', 'east', 'southEast', 'south', 'southWest', 'west', 'northWest']);
  });
});

describe('distanceKm()', () => {
  it('measures great-circle distances in km', () => {
    expect(distanceKm(stepanakert.point, baku.point)).toBeGreaterThan(250);
    expect(distanceKm(stepanakert.point, baku.point)).toBeLessThan(300);
    expect(distanceKm(minsk.point, minsk.point)).toBe(0);
  });
});
