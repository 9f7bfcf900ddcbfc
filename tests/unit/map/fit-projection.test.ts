import { describe, expect, it } from 'vitest';
import { fitProjection, type MapSize } from '../../../src/lib/map/fit-projection.ts';
import { toGeoProjection } from '../../../src/lib/map/projection-spec.ts';
import { distanceKm } from '../../../src/lib/map/geo-distance.ts';
import type { GeoPoint } from '../../../src/lib/timeline-model.ts';
import { HISTORY_PLACES, lachin, shusha, stepanakert } from './map-test-places.ts';

const SIZE: MapSize = { width: 640, height: 480 };

function projected(points: readonly GeoPoint[], size: MapSize, padding?: number) {
  const spec = fitProjection(points, size, padding === undefined ? {} : { padding });
  const projection = toGeoProjection(spec);
  return points.map((point) => projection([point.longitude, point.latitude]) ?? [NaN, NaN]);
}

describe('fitProjection()', () => {
  it('puts every framed point inside the padded frame', () => {
    const sets = [HISTORY_PLACES, HISTORY_PLACES.slice(0, 6), [stepanakert, shusha], [lachin]].map((places) =>
      places.map((place) => place.point),
    );
    for (const points of sets) {
      for (const size of [SIZE, { width: 320, height: 220 }, { width: 360, height: 600 }]) {
        for (const [x = NaN, y = NaN] of projected(points, size, 24)) {
          // Half a px of slack: the spec's scale and translation are rounded to two decimals.
          expect(x).toBeGreaterThanOrEqual(24 - 0.5);
          expect(x).toBeLessThanOrEqual(size.width - 24 + 0.5);
          expect(y).toBeGreaterThanOrEqual(24 - 0.5);
          expect(y).toBeLessThanOrEqual(size.height - 24 + 0.5);
        }
      }
    }
  });

  it('uses the frame: the extent touches the padding on one axis at least', () => {
    const points = HISTORY_PLACES.slice(0, 9).map((place) => place.point);
    const xy = projected(points, SIZE, 28);
    const xs = xy.map(([x = 0]) => x);
    const ys = xy.map(([, y = 0]) => y);
    const fillsWidth = Math.min(...xs) < 28 + 1 && Math.max(...xs) > SIZE.width - 28 - 1;
    const fillsHeight = Math.min(...ys) < 28 + 1 && Math.max(...ys) > SIZE.height - 28 - 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('spans at least the minimum distance, so that one place or two close ones do not zoom to street level', () => {
    for (const points of [[lachin.point], [stepanakert.point, shusha.point]]) {
      for (const minSpanKm of [150, 400]) {
        const spec = fitProjection(points, SIZE, { minSpanKm, padding: 20 });
        const projection = toGeoProjection(spec);
        const at = (x: number, y: number) => {
          const [longitude = 0, latitude = 0] = projection.invert?.([x, y]) ?? [];
          return { latitude, longitude };
        };
        const across = distanceKm(at(20, SIZE.height / 2), at(SIZE.width - 20, SIZE.height / 2));
        const down = distanceKm(at(SIZE.width / 2, 20), at(SIZE.width / 2, SIZE.height - 20));
        expect(Math.min(across, down)).toBeGreaterThan(minSpanKm * 0.99);
      }
    }
  });

  it('is centred on the places and the same on every run, with two decimals', () => {
    const points = HISTORY_PLACES.map((place) => place.point);
    const spec = fitProjection(points, SIZE);
    expect(fitProjection(points, SIZE)).toEqual(spec);
    expect(spec.type).toBe('mercator');
    for (const value of [spec.scale, ...spec.translate, ...spec.rotate]) {
      expect(Math.round(value * 100) / 100).toBe(value);
    }
    expect(fitProjection([lachin.point], SIZE).rotate).toEqual([-46.55, 0, 0]);
  });
});
