import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPlaceMap } from '../../src/lib/map/render-place-map.ts';
import type { PlaceId } from '../../src/lib/timeline-model.ts';
import { TWO_COUNTRIES } from '../unit/map/fixture-topology.ts';
import { lachin, stepanakert } from '../unit/map/map-test-places.ts';
import { chromiumOrSkip, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

// The home page's map as PlaceMap.astro draws it (a figure with the SVG and its caption), in place of the page's own:
// the small fixture's single place makes no useful map, so the test draws two test places on the fixture topology.
// One mark is hidden on screen, and stays out of the image.
const PAGE_MAP = `<div id="place-map" class="home-map"><figure class="place-map place-map--overview">${renderPlaceMap({
  places: [stepanakert, lachin],
  counts: new Map<PlaceId, number>([
    [stepanakert.id, 3],
    [lachin.id, 1],
  ]),
  size: { width: 640, height: 480 },
  kind: 'overview',
  countries: TWO_COUNTRIES,
  href: (place) => `/places/${place.id}/`,
  labels: { map: 'Map of the places of the events', place: (name, count) => `${name}: ${count} events` },
})}<figcaption class="place-map__caption"><div class="place-map__beyond">Beyond this map: <ul class="place-map__elsewhere"><li><a href="/places/minsk/" data-place="minsk">Minsk</a>, north-west</li><li><a href="/places/moscow/" data-place="moscow">Moscow</a>, north</li></ul></div><p class="place-map__source">Borders: <a href="http://www.naturalearthdata.com/">Natural Earth 4.1.0</a>, public domain.</p></figcaption></figure></div>`;

describe.skipIf(chromiumPath === undefined)('a downloaded view of a page with a map', () => {
  const site = useBuiltSite('tests/fixtures/small-site', 'small-site', chromiumPath!);

  it('adds the map as it is on screen below the drawing, unless the reader unticks it', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}/`);
    await page.waitForSelector('tl-timeline[data-ready]');
    await page.evaluate((markup) => {
      // In place of the page's own map, if it has one: this one's places are known.
      document.querySelector('#place-map')?.remove();
      document.querySelector('main')!.insertAdjacentHTML('beforeend', markup);
      document.querySelector<SVGElement>('#place-map [data-place="lachin-berdzor"]')!.style.display = 'none';
    }, PAGE_MAP);
    await page.locator('details.embed-dialog > summary').click();
    const option = page.getByLabel('Include the map in the downloaded image');
    await expect.poll(() => option.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await option.isChecked()).toBe(true);

    const download = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'SVG' }).click(),
      ]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const withMap = await download();
    writeFileSync('tests/.tmp/download-map.svg', withMap);
    expect(withMap).toContain('class="place-map__svg place-map__svg--overview"');
    expect(withMap).toContain('data-place="stepanakert-khankendi"');
    expect(withMap).not.toContain('data-place="lachin-berdzor"');
    expect(withMap).toContain('class="place-map__sea"');
    expect(withMap).toContain('.place-map__country{fill:');
    expect(withMap).toContain('>Borders: Natural Earth 4.1.0, public domain.</text>');
    // The places beyond the map, one after another as the page's stylesheet separates them.
    expect(withMap).toContain('>Beyond this map: Minsk, north-west; Moscow, north</text>');
    // Still the view's own image: its sources and credit.
    expect(withMap).toContain('Sources: ');

    await option.uncheck();
    const withoutMap = await download();
    expect(withoutMap).not.toContain('place-map');
    const height = (svg: string) =>
      Number(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="(\d+)"/.exec(svg)![1]);
    expect(height(withMap)).toBeGreaterThan(height(withoutMap) + 400);
    expect(errors).toEqual([]);
    await context.close();
  });
});
