import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

/** Where the timeline and the map of its places are on the home page, and whether the page scrolls sideways. */
async function homeLayout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const timeline = box('tl-timeline');
    const map = box('#place-map');
    return {
      timeline: { left: timeline.left, right: timeline.right, top: timeline.top, bottom: timeline.bottom },
      map: { left: map.left, right: map.right, top: map.top, width: map.width },
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

// The small fixture (one invented place) as served for the editions' browser tests.
describe.skipIf(chromiumPath === undefined)('the map of places in the browser', () => {
  const site = useBuiltSite('tests/fixtures/small-site', 'small-site', chromiumPath!);

  it('puts the map under the timeline on a 360 px phone, within the screen’s width', async () => {
    const { page, errors, context } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}/`);
    await page.locator('tl-timeline[data-ready]').waitFor();
    const at = await homeLayout(page);
    expect(at.overflow).toBeLessThanOrEqual(0);
    expect(at.map.top).toBeGreaterThanOrEqual(at.timeline.bottom);
    expect(at.map.right).toBeLessThanOrEqual(360);
    for (const path of ['/places/', '/places/portville/', '/events/bridge-opens/']) {
      await page.goto(site.server.url + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the map beside the timeline at 1280 px', async () => {
    const { page, errors, context } = await openPage(site.browser);
    await page.goto(`${site.server.url}/`);
    await page.locator('tl-timeline[data-ready]').waitFor();
    const at = await homeLayout(page);
    expect(at.overflow).toBeLessThanOrEqual(0);
    expect(at.map.left).toBeGreaterThanOrEqual(at.timeline.right);
    expect(at.map.top).toBeLessThan(at.timeline.bottom);
    // The chart keeps most of the width: it is what the page is about.
    expect(at.timeline.right - at.timeline.left).toBeGreaterThan(2 * at.map.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  // Without scripts: with them, a plain click on the home page's map filters the timeline to the place instead
  // (tests/browser/place-map.test.ts), and the filter's notice links to the place's page.
  it('follows a mark on the map to the place’s page, which lists its events', async () => {
    const { page, errors, context } = await openPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}/`);
    await page.locator('#place-map a[data-place="portville"]').click();
    await page.waitForURL(/\/places\/portville\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Portville');
    expect(await page.locator('.place-page__events li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the places pages and an event page with its map (${colorScheme})`, async () => {
      const { page, context } = await openPage(site.browser, { colorScheme });
      const violations: string[] = [];
      for (const path of ['/places/', '/places/portville/', '/events/bridge-opens/']) {
        await page.goto(site.server.url + path);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations)
          violations.push(`${path}: ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
