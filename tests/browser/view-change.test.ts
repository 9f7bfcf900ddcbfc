import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

/** The detail of a tl-viewchange event, as the README documents it. */
interface ViewChange {
  readonly from: string;
  readonly to: string;
  readonly event: string | null;
  readonly lanes: readonly string[];
  readonly actor: string | null;
  readonly query: string;
  readonly composed: boolean;
}

describe.skipIf(chromiumPath === undefined)('the tl-viewchange event', () => {
  const site = useBuiltSite('content', 'view-change-site', chromiumPath!);

  const settle = (page: Page) =>
    page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

  // Every tl-viewchange the document hears, from now on.
  const record = (page: Page) =>
    page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      document.addEventListener('tl-viewchange', (event) => {
        seen.push({ ...(event as CustomEvent<object>).detail, composed: event.composed });
      });
    });
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: ViewChange[] }).seen);

  // The first and last day drawn, as ISO dates, from the live SVG's day numbers.
  const drawnDays = (page: Page) =>
    page.locator('tl-timeline [data-viewport] > svg.tl-chart').evaluate((svg) => {
      const iso = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
      const from = Number(svg.getAttribute('data-from'));
      const to = Number(svg.getAttribute('data-to'));
      return { from: iso(Math.floor(from)), to: iso(Math.max(Math.floor(from), Math.ceil(to) - 1)) };
    });

  it('is fired, bubbling and composed, when the view comes to rest and when the selection or filters change', async () => {
    const { context, page, errors } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/`);
    await page.waitForSelector('tl-timeline[data-ready]');
    await record(page);
    await settle(page);
    // Opening the page is no change.
    expect(await seen(page)).toEqual([]);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await seen(page)).length).toBe(1);
    const zoomed = (await seen(page))[0]!;
    expect(zoomed).toMatchObject({ event: null, actor: null, composed: true });
    expect(zoomed.lanes).toEqual(['military', 'diplomacy', 'politics', 'humanitarian']);
    expect({ from: zoomed.from, to: zoomed.to }).toEqual(await drawnDays(page));
    expect(zoomed.query).toMatch(/^from=\d{4}.*&to=\d{4}/);

    // A wheel gesture moves the view over many frames: it is told once it has come to rest, where it rests.
    await page.locator('tl-timeline [data-viewport]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await settle(page);
    const box = (await page.locator('tl-timeline [data-viewport]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -60);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await seen(page)).at(-1)?.to).not.toBe(zoomed.to);
    await settle(page);
    const count = (await seen(page)).length;
    expect(count).toBeGreaterThan(1);
    const rested = (await seen(page)).at(-1)!;
    expect({ from: rested.from, to: rested.to }).toEqual(await drawnDays(page));

    // Back to the full view, then selecting an event.
    await page.locator('tl-timeline [data-viewport] > svg.tl-chart').focus();
    await page.keyboard.press('0');
    await expect.poll(async () => (await seen(page)).at(-1)?.query).toBe('');
    const id = 'ceasefire-statement-2020-11-10';
    await page.locator(`tl-timeline svg.tl-chart a[data-event-id="${id}"]`).click();
    await expect.poll(async () => (await seen(page)).at(-1)?.event).toBe(id);
    expect((await seen(page)).at(-1)?.query).toContain(`event=${id}`);

    // Filtering: a lane hidden.
    await page.getByRole('checkbox', { name: 'Military' }).uncheck();
    await expect.poll(async () => (await seen(page)).at(-1)?.lanes).toEqual(['diplomacy', 'politics', 'humanitarian']);
    expect((await seen(page)).at(-1)?.event).toBe(id);

    // Back: the view the URL held before.
    await page.goBack();
    await expect.poll(async () => (await seen(page)).at(-1)?.lanes).toHaveLength(4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the embed dialog’s snippets in step with the view, with no timer running', async () => {
    const { context, page, errors } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    // Polling would need a timer: with none to be had, the snippets must follow the view from its events alone.
    await page.addInitScript(() => {
      window.setInterval = (() => {
        throw new Error('setInterval called');
      }) as unknown as typeof window.setInterval;
    });
    await page.goto(`${site.server.url}/`);
    await page.waitForSelector('tl-timeline[data-ready]');
    await page.locator('details.embed-dialog > summary').click();
    const snippet = () => page.locator('#embed-iframe').inputValue();
    // The dialog's script has arrived: it shows its copy buttons.
    await page.locator('details.embed-dialog button[data-copy]').first().waitFor({ state: 'visible' });
    expect(await snippet()).not.toContain('from=');

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(snippet).toMatch(/\/embed\/\?from=\d{4}[^"]*&amp;to=\d{4}/);
    await expect.poll(() => page.locator('[data-preview] iframe').getAttribute('src')).toMatch(/\/embed\/\?from=\d{4}/);

    await page.getByRole('checkbox', { name: 'Politics' }).uncheck();
    await expect.poll(snippet).toContain('lanes=military,diplomacy,humanitarian');
    expect(await page.locator('#embed-image').inputValue()).toContain('lanes: military, diplomacy, humanitarian');
    expect(errors).toEqual([]);
    await context.close();
  });
});
