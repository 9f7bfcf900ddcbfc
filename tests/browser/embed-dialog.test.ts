import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
