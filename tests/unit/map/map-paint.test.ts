import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../../src/lib/design-tokens.ts';
import { mapPaint, mixHex } from '../../../src/lib/map/map-paint.ts';
import { renderPlaceMap, type RenderPlaceMapInput } from '../../../src/lib/map/render-place-map.ts';
import { TWO_COUNTRIES } from './fixture-topology.ts';
import { HISTORY_COUNTS, kalbajar, lachin, stepanakert } from './map-test-places.ts';

const input: RenderPlaceMapInput = {
  places: [stepanakert, lachin, kalbajar],
  counts: HISTORY_COUNTS,
  size: { width: 320, height: 220 },
  kind: 'locator',
  highlight: [lachin.id],
  countries: TWO_COUNTRIES,
  href: (place) => `/places/${place.id}/`,
  labels: { map: 'Map', place: (name) => name },
};

describe('mixHex()', () => {
  it('mixes two colours as CSS color-mix in sRGB does', () => {
    expect(mixHex('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixHex('#1f5aa6', '#fbfaf7', 0)).toBe('#fbfaf7');
    expect(mixHex('#1f5aa6', '#fbfaf7', 1)).toBe('#1f5aa6');
  });
});

describe('a map painted for a rasteriser', () => {
  it('carries its colours as attributes, with a rectangle of sea, and no CSS variables', () => {
    const markup = renderPlaceMap({ ...input, paint: mapPaint(DARK, 'Source Sans 3') });
    expect(markup).toContain(`<rect width="320" height="220" fill="${mixHex(DARK.link, DARK.bg, 0.14)}"`);
    expect(markup).toContain(`fill="${DARK.surface}"`);
    expect(markup).toContain('font-family="Source Sans 3"');
    expect(markup).not.toContain('var(');
  });

  it('leaves colours to the stylesheet when no paint is given', () => {
    // The only colour is the hit targets' transparency.
    const markup = renderPlaceMap(input).replaceAll(' fill="transparent"', '');
    expect(markup).not.toMatch(/ fill=| stroke=|<rect width/);
  });

  it('rasterises with resvg: the sea and the land in their colours', () => {
    const markup = renderPlaceMap({ ...input, paint: mapPaint(LIGHT, 'Source Sans 3') });
    const image = new Resvg(markup).render();
    const pixel = (x: number, y: number) => {
      const at = (y * image.width + x) * 4;
      const [r = 0, g = 0, b = 0] = image.pixels.subarray(at, at + 3);
      return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(image.width).toBe(320);
    // The fixture's two countries cover 44° E to 49° E, 39° N to 41° N: the frame's middle is land, and the map's
    // top-left corner (about 43° E, 41.5° N) is sea.
    expect(pixel(160, 110)).toBe(LIGHT.surface);
    expect(pixel(1, 1)).toBe(mixHex(LIGHT.link, LIGHT.bg, 0.14));
  });
});
