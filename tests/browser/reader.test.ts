import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { chromiumOrSkip, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

describe.skipIf(chromiumPath === undefined)('the reader site in Chromium', () => {
  let timeline: Timeline;

  const site = useBuiltSite('content', 'browser-site', chromiumPath!);

  beforeAll(async () => {
    timeline = await loadTimeline('content');
  });

  it('shows every event on the home page with JavaScript disabled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/`);
    for (const event of timeline.events) {
      await expect(page.getByRole('heading', { name: event.title, exact: true }).isVisible(), event.id).resolves.toBe(
        true,
      );
    }
    expect(await page.locator('[data-event-id]').count()).toBe(timeline.events.length);
    await context.close();
  });

  it('takes a reader without JavaScript from an event to the highlighted passage and back', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const event = timeline.events.find((e) => e.citations.length > 1) ?? timeline.events[0]!;
    const citation = event.citations[0]!;
    await page.goto(`${site.server.url}/events/${event.id}/`);

    await page
      .getByRole('link', { name: /Read the passage in context/ })
      .first()
      .click();
    await page.waitForURL(`**/sources/${citation.article}/**`);
    expect(new URL(page.url()).hash).toMatch(new RegExp(`^#${citation.paragraphId}:~:text=`));
    const paragraph = page.locator(`#${citation.paragraphId}`);
    await expect(paragraph.isVisible()).resolves.toBe(true);
    // The passage is highlighted in the article's own text and scrolled into view.
    const marked = (await paragraph.locator('mark').allTextContents()).join('');
    expect(marked).toContain(citation.passage);
    const box = (await paragraph.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(800);

    // And back: the paragraph names the events that cite it.
    await page
      .locator(`#${citation.paragraphId} ~ .source-block__cited-by`)
      .getByRole('link', { name: event.title })
      .click();
    await page.waitForURL(`**/events/${event.id}/**`);
    expect(new URL(page.url()).hash).toBe('#citation-1');
    await context.close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of pagePaths()) {
      await page.goto(site.server.url + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on any page type (${colorScheme})`, async () => {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of pagePaths()) {
        await page.goto(site.server.url + path);
        const results = await new AxeBuilder({ page }).analyze();
        for (const v of results.violations)
          violations.push(`${path}: ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  // Its own test: axe over the page types above already takes most of a test's minute on a busy machine. The log
  // with entries is checked on the small fixture (titles-list.test.ts).
  it('has no axe violations on the corrections log, in both colour schemes', async () => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}/corrections/`);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) violations.push(`${colorScheme}: ${v.id}: ${v.help} ${v.nodes[0]?.target}`);
      await context.close();
    }
    expect(violations).toEqual([]);
  });

  function pagePaths(): string[] {
    const event = timeline.events[0]!;
    const article = timeline.articles[0]!;
    // With a gazetteer: the places pages, and an event page with its locator map.
    const placed = timeline.events.find((candidate) => candidate.places.length > 0);
    const places = placed === undefined ? [] : ['/places/', `/places/${placed.places[0]}/`, `/events/${placed.id}/`];
    return [
      '/',
      `/events/${event.id}/`,
      `/sources/${article.id}/`,
      '/sources/',
      '/about/',
      '/no-such-page/',
      ...places,
    ];
  }
});
