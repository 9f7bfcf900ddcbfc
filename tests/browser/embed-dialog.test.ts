import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { chromiumOrSkip, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

describe.skipIf(chromiumPath === undefined)('the embed dialog on the timeline', () => {
  const site = useBuiltSite('content', 'embed-dialog-site', chromiumPath!);

  it('builds snippets for the view on screen, previews it, and downloads it as a 2× PNG with its sources', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.url}/?from=2020-06&to=2023-12&lanes=military,diplomacy`);
    await page.locator('details.embed-dialog > summary').click();
    await expect
      .poll(() => page.locator('#embed-iframe').inputValue())
      .toContain('/embed/?from=2020-06&amp;to=2023-12&amp;lanes=military,diplomacy');
    expect(await page.locator('#embed-script').inputValue()).toContain('/embed.js"></script>');
    expect(await page.locator('#embed-image').inputValue()).toMatch(
      /<a href="[^"]+"><img src="[^"]+\.png" alt="[^"]+lanes: military, diplomacy/,
    );
    await expect
      .poll(() => page.locator('[data-preview] iframe').getAttribute('src'))
      .toContain('/embed/?from=2020-06');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG (2×)' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2400);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toContain('Sources: ');
    expect(svg).toContain('@font-face');
    expect(svg).toContain('Karabakh timeline · five news articles, hand-curated');
    expect(errors).toEqual([]);

    const axe = await new AxeBuilder({ page }).include('.embed-dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });

  it('names in a downloaded image the outlets cited by the events in view, and no other', async () => {
    const timeline = await loadTimeline('content');
    const outletOf = new Map(timeline.articles.map((article) => [article.id, article.outlet]));
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Autumn 2021 to spring 2022: some of the five outlets are cited there, not all.
    await page.goto(`${site.server.url}/?from=2021-09&to=2022-05`);
    await page.waitForSelector('tl-timeline[data-ready]');
    await page.locator('details.embed-dialog > summary').click();
    const inView = new Set(
      await page
        .locator('tl-timeline svg.tl-chart [data-event-id]')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event-id'))),
    );
    const cited = new Set(
      timeline.events
        .filter((event) => inView.has(event.id))
        .flatMap((event) => event.citations.map((citation) => outletOf.get(citation.article)!)),
    );
    const others = [...new Set(outletOf.values())].filter((outlet) => !cited.has(outlet));
    expect(cited.size).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/\s+/g, ' ');
    for (const outlet of cited) expect(text, outlet).toContain(outlet);
    for (const outlet of others) expect(text, outlet).not.toContain(outlet);
    await context.close();
  });
});
