import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../../src/lib/map/fit-projection.ts';
import { parseProjectionSpec, toGeoProjection } from '../../../src/lib/map/projection-spec.ts';
import { lachin, stepanakert } from './map-test-places.ts';

describe('parseProjectionSpec()', () => {
  it('reads back what data-projection carries, to the same projection', () => {
    const spec = fitProjection([stepanakert.point, lachin.point], { width: 640, height: 480 });
    const again = parseProjectionSpec(JSON.stringify(spec));
    expect(again).toEqual(spec);
    expect(toGeoProjection(again ?? spec)([46.75, 39.82])).toEqual(toGeoProjection(spec)([46.75, 39.82]));
  });

  it('refuses anything else', () => {
    for (const text of [
      '',
      'null',
      '[]',
      '{"type":"orthographic","scale":1,"translate":[0,0],"rotate":[0,0,0]}',
      '{"type":"mercator","scale":0,"translate":[0,0],"rotate":[0,0,0]}',
      '{"type":"mercator","scale":100,"translate":[0],"rotate":[0,0,0]}',
      '{"type":"mercator","scale":100,"translate":[0,"1"],"rotate":[0,0,0]}',
      '{"type":"mercator","scale":100,"translate":[0,0],"rotate":[0,0]}',
      '{"type":"mercator","scale":1e999,"translate":[0,0],"rotate":[0,0,0]}',
    ]) {
      expect(parseProjectionSpec(text), text).toBeUndefined();
    }
  });
});
