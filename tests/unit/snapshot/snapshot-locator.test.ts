import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../../../src/lib/design-tokens.ts';
import { createTranslator } from '../../../src/lib/i18n/translator.ts';
import { svg } from '../../../src/lib/layout/svg-markup.ts';
import { composeSnapshot } from '../../../src/lib/snapshot/compose-snapshot.ts';
import { snapshotLocator, type SnapshotLocatorInput } from '../../../src/lib/snapshot/snapshot-locator.ts';
import { placeMapImageStyle } from '../../../src/lib/snapshot/place-map-image-style.ts';
import { mapPaint, mixHex, SEA_TINT } from '../../../src/lib/map/map-paint.ts';
import { renderPlaceMap } from '../../../src/lib/map/render-place-map.ts';
import type { PlaceId } from '../../../src/lib/timeline-model.ts';
import { TWO_COUNTRIES } from '../map/fixture-topology.ts';
import { lachin, minsk, stepanakert, testPlace } from '../map/map-test-places.ts';

const { t } = createTranslator('en');

const input: SnapshotLocatorInput = {
  places: [stepanakert, lachin],
  counts: new Map<PlaceId, number>([
    [stepanakert.id, 4],
    [lachin.id, 2],
  ]),
  href: (place) => `https://example.org/places/${place.id}/`,
  countries: TWO_COUNTRIES,
  t,
  tokens: LIGHT,
  fontFamily: 'Source Sans 3',
};

const chart = { node: svg('svg', {}, [svg('circle', { cx: 10, cy: 10, r: 4 })]), width: 1000, height: 400 };
const frame = {
  title: 'The road is closed',
  rangeText: '12 December 2022',
  credit: 'Fixture timeline',
  outlets: ['The Fixture Gazette'],
  permalink: 'https://example.org/events/road-closed/',
  madeOn: 'Snapshot made 23 November 2026',
};

describe('snapshotLocator()', () => {
  it('is nothing for an event without places', () => {
    expect(snapshotLocator({ ...input, places: [] })).toBeUndefined();
  });

  it("draws the event's places highlighted and linked, painted for a rasteriser, and names the borders' source", () => {
    const locator = snapshotLocator(input)!;
    expect(locator).toMatchObject({ width: 320, height: 220 });
    expect(locator.markup).toMatch(/^<svg [^>]*class="place-map__svg place-map__svg--locator"/);
    expect(locator.markup).toContain('href="https://example.org/places/stepanakert-khankendi/"');
    expect(locator.markup.match(/class="place-map__place is-highlighted"/g)).toHaveLength(2);
    expect(locator.markup).not.toContain('var(');
    expect(locator.caption).toEqual(['Borders: Natural Earth 4.1.0, public domain.']);
  });

  it('lists a far-away place under the map with its direction instead of shrinking the map to a dot', () => {
    const locator = snapshotLocator({ ...input, places: [stepanakert, lachin, minsk] })!;
    expect(locator.markup).not.toContain('data-place="minsk"');
    expect(locator.caption[0]).toBe('Beyond this map: Minsk, north-west');
  });

  it('escapes a hostile place name in the map and keeps it as text in the caption', () => {
    const hostile = testPlace('far', 'Far <script>alert("x")</script> & co', 53.9, 27.57);
    const near = { ...lachin, name: 'Lachin <b>"bold"</b>' };
    const locator = snapshotLocator({ ...input, places: [stepanakert, near, hostile] })!;
    expect(locator.markup).not.toContain('<b>');
    expect(locator.markup).not.toContain('<script>');
    const card = composeSnapshot(chart, { ...frame, locator }, { width: 1200, height: 630 }, t);
    expect(card).not.toContain('<script>');
    // The caption wraps to the map's width: the name is in it as escaped text, not markup.
    expect(card).toContain('Beyond this map: Far &lt;script&gt;');
    expect(card).not.toMatch(/<(script|b)[ >]/);
  });
});

describe('a share card with a locator map', () => {
  const locator = snapshotLocator(input)!;
  const card = composeSnapshot(chart, { ...frame, locator }, { width: 1200, height: 630 }, t);
  const box = (markup: string, pattern: RegExp) => {
    const [, x, y, width, height] = pattern.exec(markup)!.map(Number);
    return { x: x!, y: y!, width: width!, height: height! };
  };

  it('keeps its size and its title, dates, credit, sources and permalink, with the map beside the drawing', () => {
    expect(card).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    for (const text of [
      'The road is closed',
      '12 December 2022',
      'Fixture timeline',
      'Sources: The Fixture Gazette',
      'https://example.org/events/road-closed/ · Snapshot made 23 November 2026',
      'Borders: Natural Earth 4.1.0, public domain.',
    ]) {
      expect(card).toContain(`>${text}</text>`);
    }
    const drawing = box(
      card,
      /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 1000 400"/,
    );
    const map = box(card, /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 320 220"/);
    // Side by side, inside the card's padding, above the rule over the foot.
    expect(drawing.x + drawing.width).toBeLessThanOrEqual(map.x);
    expect(map.x + map.width).toBeLessThanOrEqual(1160);
    const rule = Number(/<line x1="40" x2="1160" y1="([\d.]+)"/.exec(card)![1]);
    expect(map.y + map.height).toBeLessThan(rule);
    expect(map.y).toBeGreaterThan(Number(/<text x="40" y="([\d.]+)" class="snap-range"/.exec(card)![1]));
  });

  it('puts the map at the start of the band (the left) in a right-to-left language', () => {
    const rtl = composeSnapshot(chart, { ...frame, locator, direction: 'rtl' }, { width: 1200, height: 630 }, t);
    const drawing = box(
      rtl,
      /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 1000 400"/,
    );
    const map = box(rtl, /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 320 220"/);
    expect(map.x).toBe(40);
    expect(map.x + map.width).toBeLessThanOrEqual(drawing.x);
  });

  it('rasterises with resvg: land drawn inside the map frame', () => {
    // No fonts: only the map's colours are looked at, and loading the system's fonts takes seconds.
    const image = new Resvg(card.replace(/^<\?xml[^>]*>\n/, ''), { font: { loadSystemFonts: false } }).render();
    expect([image.width, image.height]).toEqual([1200, 630]);
    const map = box(card, /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 320 220"/);
    const pixels = image.pixels; // a copy on each read: read it once
    const colours = new Set<string>();
    for (let y = Math.ceil(map.y) + 2; y < map.y + map.height - 2; y += 5) {
      for (let x = Math.ceil(map.x) + 2; x < map.x + map.width - 2; x += 5) {
        const at = (y * image.width + x) * 4;
        colours.add([...pixels.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join(''));
      }
    }
    expect(colours).toContain(LIGHT.surface.slice(1));
    expect(colours.size).toBeGreaterThan(2);
  });
});

describe('a downloaded view with the page’s map below the drawing', () => {
  // The page's map carries no colours: its stylesheet gives them. The image gets them as CSS, and a rectangle of sea.
  const pageMap = renderPlaceMap({
    places: [stepanakert, lachin],
    counts: input.counts,
    size: { width: 640, height: 480 },
    kind: 'overview',
    countries: TWO_COUNTRIES,
    href: (place) => `/places/${place.id}/`,
    labels: { map: 'Map', place: (name) => name },
  }).replace(/(<svg [^>]*>)/, '$1<rect class="place-map__sea" width="640" height="480"/>');
  const locator = {
    markup: pageMap,
    width: 640,
    height: 480,
    caption: ['Borders: Natural Earth 4.1.0, public domain.'],
    placement: 'below' as const,
    style: placeMapImageStyle(mapPaint(LIGHT, 'Source Sans 3')),
  };
  const view = { ...chart, width: 1120, height: 300 };
  const plain = composeSnapshot(view, frame, { width: 1200 }, t);
  const withMap = composeSnapshot(view, { ...frame, locator }, { width: 1200 }, t);
  const heightOf = (markup: string) => Number(/^<\?xml[^>]*>\n<svg [^>]*height="([\d.]+)"/.exec(markup)![1]);
  const mapBox = (markup: string) => {
    const [, x, y, width, height] =
      /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 640 480"/
        .exec(markup)!
        .map(Number);
    return { x: x!, y: y!, width: width!, height: height! };
  };

  it('grows the image by the map, at its own size, under the drawing from the start edge, its source under it', () => {
    expect(heightOf(withMap)).toBeGreaterThan(heightOf(plain) + 480);
    const map = mapBox(withMap);
    expect(map).toMatchObject({ x: 40, width: 640, height: 480 });
    const drawing = /<svg x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" viewBox="0 0 1120 300"/.exec(
      withMap,
    )!;
    expect(map.y).toBeGreaterThan(Number(drawing[1]) + Number(drawing[2]));
    expect(withMap).toContain('>Borders: Natural Earth 4.1.0, public domain.</text>');
    const rtl = composeSnapshot(view, { ...frame, locator, direction: 'rtl' }, { width: 1200 }, t);
    expect(mapBox(rtl).x + 640).toBe(1160);
  });

  it('colours the page’s map with the stylesheet’s rules: sea and land in the light theme’s colours', () => {
    const image = new Resvg(withMap.replace(/^<\?xml[^>]*>\n/, ''), { font: { loadSystemFonts: false } }).render();
    const pixels = image.pixels; // a copy on each read: read it once
    const map = mapBox(withMap);
    const colour = (x: number, y: number) => {
      const at = (Math.round(y) * image.width + Math.round(x)) * 4;
      return `#${[...pixels.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    };
    const seen = new Set<string>();
    for (let y = map.y + 3; y < map.y + map.height - 3; y += 7) {
      for (let x = map.x + 3; x < map.x + map.width - 3; x += 7) seen.add(colour(x, y));
    }
    expect(seen).toContain(LIGHT.surface);
    expect(seen).toContain(mixHex(LIGHT.link, LIGHT.bg, SEA_TINT));
    expect(seen).not.toContain('#000000');
  });
});
