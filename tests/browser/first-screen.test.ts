import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

/** Where the chart on screen (the live drawing, or the static one without scripts) has its first lane's marks. */
async function firstLaneOf(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getBoundingClientRect().width > 0;
    const chart = [...document.querySelectorAll('tl-timeline [data-viewport] svg')].find(visible);
    if (chart === undefined) return undefined;
    // The first lane is the topmost one; its marks are not in the drawing's order from top to bottom.
    const highest = (selector: string) =>
      Math.min(...[...chart.querySelectorAll(selector)].filter(visible).map((el) => el.getBoundingClientRect().bottom));
    const top = (el: Element | undefined) => el?.getBoundingClientRect().top ?? Infinity;
    const bottom = (el: Element | undefined) => el?.getBoundingClientRect().bottom ?? Infinity;
    return {
      chartTop: top(chart),
      laneLabelBottom: highest('.tl-lane__label'),
      markLabelBottom: highest('.tl-mark__label'),
      titleBottom: bottom(document.querySelector('h1') ?? undefined),
      standfirstBottom: bottom(document.querySelector('.home-head__standfirst') ?? undefined),
    };
  });
}

describe.skipIf(chromiumPath === undefined)('the reader sees the chart first', () => {
  const site = useBuiltSite('content', 'first-screen-site', chromiumPath!);

  describe('the first screen is the timeline', () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      for (const javaScriptEnabled of [true, false]) {
        const label = `${viewport.width} × ${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
        it(`shows the title, the standfirst, then the chart's first lane with its labelled marks at ${label}`, async () => {
          const context = await site.browser.newContext({ viewport, javaScriptEnabled });
          const page = await context.newPage();
          await page.goto(`${site.server.url}/`);
          if (javaScriptEnabled) await page.locator('tl-timeline[data-ready]').waitFor();
          const at = await firstLaneOf(page);
          expect(at).toBeDefined();
          expect(at!.titleBottom).toBeLessThanOrEqual(at!.standfirstBottom);
          expect(at!.standfirstBottom).toBeLessThanOrEqual(at!.chartTop);
          expect(at!.laneLabelBottom).toBeLessThanOrEqual(viewport.height);
          expect(at!.markLabelBottom).toBeLessThanOrEqual(viewport.height);
          // The note on the sources is on the page in full, and no disclosure hides it, with or without scripts.
          const balance = page.locator('.source-balance');
          expect(await balance.isVisible()).toBe(true);
          expect(await balance.evaluate((el) => el.closest('details') === null)).toBe(true);
          await context.close();
        });
      }
    }

    // With a map of the events' places beside it (issue 17: beside the timeline on wide screens), the chart gives the
    // map 22rem of the width and its controls wrap once: the lanes on the first row, the actor menu and the status
    // on the second. The first lane still shows on the first screen (the test above).
    it('sets the controls in one row at 1280 px, or in two beside the map of places', async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/`);
      await page.locator('tl-timeline[data-ready]').waitFor();
      const rows = await page.evaluate(() => {
        const items = document.querySelectorAll(
          'tl-timeline [data-controls] .tl__zoom, tl-timeline [data-controls] fieldset, tl-timeline [data-controls] .tl__actor, tl-timeline [data-status]',
        );
        // A row: the items whose middles lie within the height of the row's first item.
        const firsts: DOMRect[] = [];
        for (const box of [...items].map((item) => item.getBoundingClientRect()).sort((a, b) => a.top - b.top)) {
          const middle = box.top + box.height / 2;
          if (!firsts.some((first) => middle > first.top && middle < first.bottom)) firsts.push(box);
        }
        return firsts.length;
      });
      const mapBeside = await page.evaluate(() => {
        const map = document.getElementById('place-map')?.getBoundingClientRect();
        const chart = document.querySelector('tl-timeline')!.getBoundingClientRect();
        return map !== undefined && map.width > 0 && map.left >= chart.right;
      });
      const controls = await page.locator('tl-timeline [data-controls]').boundingBox();
      expect(rows).toBe(mapBeside ? 2 : 1);
      expect(controls!.height).toBeLessThan(mapBeside ? 96 : 48);
      await context.close();
    });
  });

  describe('the embed is all chart', () => {
    for (const viewport of [
      { width: 800, height: 600 },
      { width: 600, height: 400 },
      { width: 360, height: 640 },
    ]) {
      it(`gives the chart at least 70 % of a ${viewport.width} × ${viewport.height} frame, with one bar of controls`, async () => {
        const context = await site.browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(`${site.server.url}/embed/`);
        await page.locator('tl-timeline[data-ready]').waitFor();
        const share = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
          // The chart: its overview strip and the drawing, down to the credit line that stays at the frame's foot.
          const overview = box('tl-timeline [data-overview]');
          const chart = box('tl-timeline [data-viewport]');
          const footer = box('.embed-footer');
          const top = Math.max(0, overview.top);
          const bottom = Math.min(innerHeight, chart.bottom, footer.top);
          const width = Math.min(innerWidth, chart.right) - Math.max(0, chart.left);
          return (Math.max(0, bottom - top) * width) / (innerWidth * innerHeight);
        });
        expect(share).toBeGreaterThanOrEqual(0.7);
        // One compact bar: zoom buttons, the "Filters" menu and the status on one line.
        const bar = await page.locator('tl-timeline [data-controls]').boundingBox();
        expect(bar!.height).toBeLessThan(40);
        expect(await page.getByText('Filters', { exact: true }).isVisible()).toBe(true);
        expect(await page.locator('[data-lane-toggle]').first().isVisible()).toBe(false);
        // Nothing runs off the side of the frame.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        // The title line and the credit stay in the frame.
        expect(await page.locator('.embed-header').isVisible()).toBe(true);
        const footer = await page.locator('.embed-footer').boundingBox();
        expect(footer!.y + footer!.height).toBeLessThanOrEqual(viewport.height + 1);
        await context.close();
      });
    }

    it('opens the Filters menu over the chart, with the lanes and the actor menu, and filters from it', async () => {
      const context = await site.browser.newContext({ viewport: { width: 600, height: 400 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/embed/`);
      await page.locator('tl-timeline[data-ready]').waitFor();
      const chartTop = (await page.locator('tl-timeline [data-viewport]').boundingBox())!.y;
      await page.getByText('Filters', { exact: true }).click();
      const military = page.getByRole('checkbox', { name: 'Military' });
      expect(await military.isVisible()).toBe(true);
      expect(await page.getByRole('combobox', { name: 'Actor' }).isVisible()).toBe(true);
      expect((await page.locator('tl-timeline [data-viewport]').boundingBox())!.y).toBe(chartTop);
      await military.uncheck();
      await expect.poll(() => page.locator('[data-status]').textContent()).not.toContain('all');
      await context.close();
    });
  });
});
