import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

// The small fixture's German edition (translations/de/), as a reader and an embedding site meet it.
describe.skipIf(chromiumPath === undefined)('an edition in a second language, in the browser', () => {
  const site = useBuiltSite('tests/fixtures/small-site', 'small-site', chromiumPath!);

  it('switches to the same page in the other language from the header', async () => {
    const { page, errors, context } = await openPage(site.browser);
    await page.goto(`${site.server.url}/events/bridge-opens/`);
    await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/de\/events\/bridge-opens\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Die Brücke wird eröffnet');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the embed in the language ?lang= asks for, keeping the view, and switches back with the view', async () => {
    const { page, errors, context } = await openPage(site.browser);
    await page.goto(`${site.server.url}/embed/?lang=de&from=2021&to=2022`);
    await page.waitForURL(/\/de\/embed\/\?from=2021&to=2022$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    // In the frame itself, not in a new tab as the embed's other links.
    await page.locator('a[data-edition-link][hreflang="en"]').click();
    await page.waitForURL((url) => url.pathname === '/embed/');
    expect(new URL(page.url()).search).toBe('?from=2021&to=2022');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores ?lang= for a language the timeline is not published in', async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.server.url}/embed/?lang=xx`);
    await page.waitForFunction(() => document.documentElement.dataset['embedReady'] !== undefined);
    expect(new URL(page.url()).pathname).toBe('/embed/');
    await context.close();
  });
});
