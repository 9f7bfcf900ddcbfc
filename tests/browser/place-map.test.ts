import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

// The layout fixture: 37 invented events, 27 invented places, a busy 2023.
describe.skipIf(chromiumPath === undefined)('the map of places, linked with the timeline', () => {
  const site = useBuiltSite('tests/fixtures/layout-site', 'layout-site', chromiumPath!);

  const ready = async (page: Page) => {
    await page.waitForSelector('tl-timeline[data-ready]');
    await page.waitForSelector('tl-place-map[data-ready]');
  };
  // The places whose marks the map shows at full strength, and those it highlights or pairs, sorted.
  const marks = (page: Page, selector: string) =>
    page.$$eval(`tl-place-map svg a[data-place]${selector}`, (links) =>
      links.map((link) => link.getAttribute('data-place') ?? '').sort(),
    );
  // The places the timeline says are in view (its view at rest, as tl-viewchange tells it).
  const placesInView = (page: Page) =>
    page.evaluate(() =>
      [...((document.querySelector('tl-timeline') as { view?: { places: string[] } }).view?.places ?? [])].sort(),
    );
  const viewFrom = (page: Page) =>
    page.evaluate(() => (document.querySelector('tl-timeline') as { view?: { from: string } }).view?.from);
  const chart = (page: Page) => page.locator('tl-timeline [data-viewport] > svg');

  it('follows the window, the selection and the pointer both ways, filters by place, and asks no other host', async () => {
    const { context, page, errors } = await openPage(site.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}/?from=2023-04&to=2023-06`);
    await ready(page);
    const all = await marks(page, '');
    expect(all.length).toBeGreaterThan(20);

    // Moving through 2023: the marks shown are the places of the events in the window, and they change as it moves.
    const seen = new Set<string>();
    await chart(page).focus();
    for (let step = 0; step < 6; step += 1) {
      const shown = await marks(page, ':not(.is-outside)');
      expect(shown, `step ${step}`).toEqual((await placesInView(page)).filter((id) => all.includes(id)));
      expect(shown.length).toBeLessThan(all.length);
      seen.add(shown.join());
      const before = await viewFrom(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => viewFrom(page)).not.toBe(before);
    }
    expect(seen.size).toBeGreaterThan(2);
    await expect
      .poll(() => page.locator('tl-place-map [data-map-live]').textContent())
      .toMatch(/^Map: \d+ places? in this period\.$/);

    // Hovering an event's mark pairs its places on the map; selecting it highlights them.
    await page.goto(`${site.server.url}/?from=2023-04&to=2023-04`);
    await ready(page);
    const event = page.locator('tl-timeline [data-viewport] > svg a[data-event-id="e19-military-2023-04-23"]');
    await event.hover();
    await expect.poll(() => marks(page, '.is-partner')).toEqual(['place-m', 'place-q']);
    await event.click();
    await expect.poll(() => marks(page, '.is-highlighted')).toEqual(['place-m', 'place-q']);
    await page.mouse.move(0, 0);
    await expect.poll(() => marks(page, '.is-partner')).toEqual([]);

    // Hovering a place's mark pairs its events on the timeline.
    await page.locator('tl-place-map a[data-place="place-q"]').hover();
    await expect
      .poll(() => page.$$eval('tl-timeline a.is-partner', (links) => links.map((l) => l.getAttribute('data-event-id'))))
      .toEqual(['e19-military-2023-04-23']);

    // A click on a mark filters the timeline and the reader list to the place, in the URL; a notice says so and
    // links to the place's page.
    await page.locator('tl-place-map a[data-place="place-m"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('place-m');
    const notice = page.locator('[data-place-filter]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Place M (9 events)');
    expect(await notice.getByRole('link').getAttribute('href')).toBe('/places/place-m/');
    await expect
      .poll(() => page.locator('tl-timeline [data-live]').textContent())
      .toBe('Filtered to Place M: 9 events.');
    const cards = await page.$$eval('.reader-timeline li[data-event-id]', (items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.getAttribute('data-event-id')),
    );
    expect(cards).toHaveLength(9);
    expect(cards).toContain('e19-military-2023-04-23');
    expect(await page.locator('tl-place-map a[data-place="place-m"]').getAttribute('aria-current')).toBe('true');

    // Keyboard: arrows move between the marks in view; Enter filters; Escape clears.
    await page.locator('tl-place-map a[data-place="place-m"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBeNull();
    await expect.poll(() => notice.isVisible()).toBe(false);
    await page.goto(`${site.server.url}/`);
    await ready(page);
    await page.locator('tl-place-map a[data-place="place-m"]').focus();
    const visited = new Set<string | null>();
    for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft']) {
      await page.keyboard.press(key);
      visited.add(await focused());
    }
    expect(visited.size).toBeGreaterThan(1);
    const chosen = await focused();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(chosen);
    // The filter is a view like any other: back returns to the one before.
    await page.goBack();
    await expect.poll(() => notice.isVisible()).toBe(false);

    expect(requests.filter((url) => new URL(url).origin !== site.server.url)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone under the timeline, filtered from the URL, with no axe violations in either scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page, errors } = await openPage(site.browser, {
        viewport: { width: 360, height: 740 },
        colorScheme,
      });
      await page.goto(`${site.server.url}/?place=place-m`);
      await ready(page);
      expect(await page.locator('[data-place-filter]').isVisible()).toBe(true);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const map = (await page.locator('tl-place-map svg').boundingBox())!;
      const timeline = (await chart(page).boundingBox())!;
      expect(map.y).toBeGreaterThan(timeline.y + timeline.height);
      expect(map.width).toBeLessThanOrEqual(360);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`),
        colorScheme,
      ).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('shows the map in the embed only with map=1, linked there too', async () => {
    const { context, page, errors } = await openPage(site.browser, { viewport: { width: 700, height: 900 } });
    // The embed dialog offers the map as an option of the snippets.
    await page.goto(`${site.server.url}/?from=2023&to=2023`);
    await ready(page);
    await page.locator('details.embed-dialog > summary').click();
    await expect.poll(() => page.locator('#embed-iframe').inputValue()).toContain('/embed/?from=2023&amp;to=2023"');
    await page.getByRole('checkbox', { name: 'Show the map of places under the timeline' }).check();
    await expect
      .poll(() => page.locator('#embed-iframe').inputValue())
      .toContain('/embed/?from=2023&amp;to=2023&amp;map=1"');
    // The fixed-height frame grows by the map's height, so the map shows without a scroll bar of its own.
    expect(await page.locator('#embed-iframe').inputValue()).toContain('height="1120"');
    await page.goto(`${site.server.url}/embed/`);
    await page.waitForSelector('tl-timeline[data-ready]');
    expect(await page.locator('.embed-map').isVisible()).toBe(false);
    await page.goto(`${site.server.url}/embed/?from=2023&to=2023&map=1`);
    await ready(page);
    expect(await page.locator('.embed-map').isVisible()).toBe(true);
    await page.locator('tl-place-map a[data-place="place-a"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('place-a');
    // The embed's own option stays in its URL as the reader filters.
    expect(new URL(page.url()).searchParams.get('map')).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });
});
