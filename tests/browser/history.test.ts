import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { chromiumOrSkip, useBuiltSite } from '../support/browser-suite.ts';
import { makeHistoryRepo } from '../support/history-repo.ts';

const chromiumPath = chromiumOrSkip();

describe.skipIf(chromiumPath === undefined)('versions of an event in Chromium', () => {
  // The build tier's repository (tests/build/content-history.test.ts), made again the same way: one build for both.
  const content = chromiumPath === undefined ? '' : makeHistoryRepo('history-repo');
  const site = useBuiltSite(content, 'history-browser-site', chromiumPath!, {
    TIMELINE_HISTORY: 'on',
    TIMELINE_BUILD_DATE: '2026-12-05',
  });

  it('has no axe violations on the history page with its differences open', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/events/bridge-opens/history/`);
    await page.getByText('What changed from the version before').click();
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });

  it('copies "This version" with its permanent address from a version page, which axe finds clean', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/events/bridge-opens/history/`);
    await page.getByRole('link', { name: '23 November 2026' }).click();
    await page.waitForURL('**/versions/2026-11-23-*/');
    const address = new URL(page.url()).pathname;
    await page.locator('details.cite-box > summary').click();
    await expect.poll(() => page.locator('#cite-entry-0').textContent()).toBe('This version (23 November 2026)');
    await page.locator('button[data-copy="cite-0-apa"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(address);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });
});
