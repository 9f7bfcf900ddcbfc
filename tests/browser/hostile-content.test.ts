import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

// Every page type of the hostile fixture (tests/fixtures/hostile-site): titles, labels, outlets, quotes and article
// text carry <script>, handlers, iframes, forms and remote images; summaries and about.md carry Markdown that looks
// like them. Nothing may run (no alert, confirm or prompt), fail, or reach any host but the local server.
const PAGES = [
  '/',
  '/?event=mayor-statement',
  '/events/works-period/',
  '/events/mayor-statement/',
  '/events/bridge-opens/',
  '/events/council-vote/',
  '/events/ferry-closed/',
  '/sources/',
  '/sources/gazette-2021-03-04/',
  '/sources/gazette-2022-06/',
  '/about/',
  '/data/',
  '/embed/',
  '/embed/?event=works-period&theme=dark',
  '/search/?q=alert',
  '/search/?q=script',
  '/404.html',
];

interface Watched {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  readonly dialogs: string[];
  readonly elsewhere: string[];
}

describe.skipIf(chromiumPath === undefined)('a site built from hostile content, in Chromium', () => {
  const site = useBuiltSite('tests/fixtures/hostile-site', 'hostile-browser-site', chromiumPath!);
  let opened: Watched | undefined;

  afterEach(async () => {
    await opened?.context.close();
    opened = undefined;
  });

  /** A page that records dialogs, script errors and every request that leaves the local server (and blocks it). */
  async function watch(): Promise<Watched> {
    const { context, page, errors } = await openPage(site.browser);
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    const local = new URL(site.server.url).host;
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === local) return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    // Requests the router does not see (a navigation of a frame to javascript:, a websocket) still show here.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(site.server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
    });
    opened = { context, page, errors, dialogs, elsewhere };
    return opened;
  }

  function expectNothingRan(watched: Watched, path: string): void {
    expect({
      path,
      dialogs: watched.dialogs,
      errors: watched.errors,
      elsewhere: [...new Set(watched.elsewhere)],
    }).toEqual({
      path,
      dialogs: [],
      errors: [],
      elsewhere: [],
    });
  }

  it.each(PAGES)('%s runs nothing from content and fetches only from this site', async (path) => {
    const watched = await watch();
    await watched.page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    if (path.startsWith('/search/')) {
      // The results are drawn from the search index: excerpts of the hostile article text.
      await watched.page.locator('[data-results] li').first().waitFor();
      await expect.poll(() => watched.page.locator('.search-result__excerpt mark').count()).toBeGreaterThan(0);
    }
    await watched.page.waitForLoadState('networkidle');
    expectNothingRan(watched, path);
  });

  it('shows the hostile search excerpts as text, with only the matched words marked', async () => {
    const watched = await watch();
    await watched.page.goto(`${site.server.url}/search/?q=onerror`);
    await watched.page.locator('.search-result__excerpt mark').first().waitFor();
    const elements = await watched.page
      .locator('.search-result__excerpt *')
      .evaluateAll((nodes) => [...new Set(nodes.map((node) => node.localName))]);
    expect(elements).toEqual(['mark']);
    expect(await watched.page.locator('.search-result__excerpt').allTextContents()).toContainEqual(
      expect.stringContaining('onerror=alert('),
    );
    expectNothingRan(watched, '/search/?q=onerror');
  });

  it('opens events in the timeline panel and the embed dialog without running anything', async () => {
    const watched = await watch();
    const { page } = watched;
    await page.goto(`${site.server.url}/`);
    for (const id of ['works-period', 'mayor-statement', 'bridge-opens']) {
      await page.locator(`tl-timeline svg [data-event-id="${id}"]`).first().click();
      await page.getByRole('link', { name: 'Event page' }).first().waitFor();
    }
    await page.locator('details.embed-dialog > summary').click();
    await page.locator('details.embed-dialog iframe').first().waitFor();
    await page.waitForLoadState('networkidle');
    expectNothingRan(watched, '/ (panel and embed dialog)');
  });
});
