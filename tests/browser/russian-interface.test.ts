import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSiteText } from '../../src/lib/i18n/site-text.ts';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();
const ru = createSiteText('ru');

// The Russian fixture (tests/fixtures/russian-site, `language: ru`): the script's words come from the page's
// messages, so the live region, the status line and the axis speak Russian.
describe.skipIf(chromiumPath === undefined)('the interactive timeline in Russian', () => {
  const site = useBuiltSite('tests/fixtures/russian-site', 'russian-interface-site', chromiumPath!);

  async function open(query = '') {
    const opened = await openPage(site.browser);
    await opened.page.goto(`${site.server.url}/${query}`);
    await opened.page.waitForSelector('tl-timeline[data-ready]');
    return opened;
  }

  const axisLabels = (page: Page) =>
    page
      .locator('tl-timeline svg[tabindex="0"] .tl-axis__label')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));

  it('says the Russian sentence in the live region and the status line after filtering', async () => {
    const { context, page, errors } = await open();
    await page.locator('[data-lane-toggle][value="works"]').uncheck();
    await page.waitForFunction(() => (document.querySelector('tl-timeline [data-live]')?.textContent ?? '') !== '');
    // Five events, two of them in the council lane: "5" takes the genitive plural.
    await expect(page.locator('tl-timeline [data-live]').textContent()).resolves.toBe('Показано 2 из 5 событий.');
    await expect(page.locator('tl-timeline [data-status]').textContent()).resolves.toBe('Показано 2 из 5 событий.');
    await page.locator('[data-lane-toggle][value="works"]').check();
    await page.waitForFunction(() =>
      document.querySelector('tl-timeline [data-live]')?.textContent?.startsWith('Показаны'),
    );
    await expect(page.locator('tl-timeline [data-live]').textContent()).resolves.toBe('Показаны все 5 событий.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('labels the axis ticks with Russian month names', async () => {
    const { context, page, errors } = await open('?from=2021-01&to=2021-12');
    const labels = await axisLabels(page);
    const months = new Set(ru.monthNames.short);
    expect(labels.filter((label) => months.has(label.split(' ')[0]!)).length).toBeGreaterThan(3);
    expect(labels.join(' ')).not.toMatch(/[A-Za-z]/);
    // The chart's description and its role are Russian too.
    const chart = page.locator('tl-timeline svg[tabindex="0"]');
    await expect(chart.getAttribute('aria-roledescription')).resolves.toBe('хроника');
    await expect(chart.locator('desc').textContent()).resolves.toMatch(/^Показан период: январь 2021 – /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('announces a selected event in Russian', async () => {
    const { context, page } = await open();
    await page.locator('tl-timeline svg[tabindex="0"] a[data-event-id="council-vote"]').click();
    await page.waitForFunction(() =>
      document.querySelector('tl-timeline [data-live]')?.textContent?.includes('Событие'),
    );
    await expect(page.locator('tl-timeline [data-live]').textContent()).resolves.toMatch(
      /^2 марта 2021: Совет одобрил мост\. Событие \d из 5\.$/,
    );
    await context.close();
  });

  it('writes the snapshot images in Russian: axis months, dates, sources line and date made', async () => {
    const svg = await (await fetch(`${site.server.url}/snapshots/events/council-vote.svg`)).text();
    for (const words of ['2 марта 2021 · в контексте, ', 'Источники: Тестовая газета', 'Снимок сделан ', '>апр<']) {
      expect(svg).toContain(words);
    }
    expect(svg).not.toMatch(/Sources|Snapshot made|shown in context/);
  });
});
