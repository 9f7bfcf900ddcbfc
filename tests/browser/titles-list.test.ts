import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { chromiumOrSkip, openPage, useBuiltSite } from '../support/browser-suite.ts';
import { smallSiteWith } from '../support/build-site.ts';

const chromiumPath = chromiumOrSkip();

// The small fixture with `readerList: titles`, the form a timeline of thousands of events gets: the home page lists
// one line per event, and the detail panel reads the event's text from its own page. The same folder as the build
// tier's (tests/build/site-build.test.ts), so that `npm test` builds this site once.
const content = smallSiteWith('titles-list-content', 'readerList: titles');

describe.skipIf(chromiumPath === undefined)('a timeline whose reader list gives titles only, in Chromium', () => {
  let timeline: Timeline;
  const site = useBuiltSite(content, 'titles-browser-site', chromiumPath!);

  beforeAll(async () => {
    timeline = await loadTimeline(content);
  });

  const open = (options: BrowserContextOptions = {}) => openPage(site.browser, options);

  const goHome = async (page: Page) => {
    await page.goto(`${site.server.url}/`);
    await page.waitForSelector('tl-timeline[data-ready]');
  };
  const mark = (page: Page, id: string) => page.locator(`tl-timeline svg.tl-chart a[data-event-id="${id}"]`);
  const body = (page: Page) => page.locator('tl-timeline [data-detail-body]');
  const event = (id: string) => timeline.events.find((candidate) => candidate.id === id)!;

  it('lists every event as a dated, linked line, without JavaScript', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}/`);
    const lines = page.locator('.reader-timeline li.event-line');
    expect(await lines.count()).toBe(timeline.events.length);
    for (const { id, title } of timeline.events) {
      const link = page.locator(`#event-${id}`).getByRole('link', { name: title, exact: true });
      await expect(link.isVisible(), id).resolves.toBe(true);
      await expect(link.getAttribute('href')).resolves.toBe(`/events/${id}/`);
    }
    await context.close();
  });

  it('has no axe violations in the list or the open panel', async () => {
    const { context, page } = await open();
    await goHome(page);
    await mark(page, 'council-vote').click();
    await body(page).locator('blockquote').first().waitFor();
    const results = await new AxeBuilder({ page }).include('.reader-timeline').include('tl-timeline').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`)).toEqual([]);
    await context.close();
  });

  it('has no axe violations on the corrections log and on a corrected page', async () => {
    const { context, page } = await open();
    const violations: string[] = [];
    for (const path of ['/corrections/', '/events/council-vote/', '/sources/gazette-2022-06/']) {
      await page.goto(`${site.server.url}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) violations.push(`${path}: ${v.id}: ${v.help} ${v.nodes[0]?.target}`);
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it("opens an event with the corrections, the summary, editor's note and quotes read from its page, and steps to the next", async () => {
    const { context, page, errors } = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await goHome(page);
    await mark(page, 'council-vote').click();
    await body(page).locator('blockquote').first().waitFor();
    const text = await body(page).innerText();
    expect(text).toContain('The town council approved the new harbour bridge by seven votes to two.');
    expect(text).toContain('Editor’s note.');
    // The page's corrections come first, dated, as on the page.
    expect(text).toMatch(/^Corrected 20 November 2026:\s+An earlier version dated the vote 3 March 2021/);
    expect(text).toContain('Corrected 30 November 2026:');
    expect(await body(page).locator('blockquote').count()).toBe(event('council-vote').citations.length);
    // The short form, as on a card: no full reference, and no ids copied from the page.
    expect(await body(page).locator('.citation__reference, .citation__article, [id]').count()).toBe(0);
    await expect(body(page).getAttribute('aria-busy')).resolves.toBeNull();

    await page.getByRole('button', { name: /^Next →/ }).click();
    await body(page).getByText(event('bridge-opens').citations[0]!.passage).waitFor();
    await page.getByRole('button', { name: /^← Previous/ }).click();
    await body(page).getByText('by seven votes to two').waitFor();
    // Each page is read once.
    expect(requested.filter((path) => path === '/events/council-vote/')).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the event a reader picked last, whatever order the pages arrive in', async () => {
    const { context, page } = await open();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/events/mayor-statement/', async (route) => {
      await held;
      await route.continue();
    });
    await goHome(page);
    await mark(page, 'mayor-statement').click();
    await expect(body(page).innerText()).resolves.toBe('Loading the summary and sources…');
    await expect(body(page).getAttribute('aria-busy')).resolves.toBe('true');
    await mark(page, 'ferry-closed').click();
    await body(page).getByText('The old ferry across the harbour closed.').waitFor();
    const late = page.waitForResponse('**/events/mayor-statement/');
    release();
    await (await late).finished();
    // The late page has been read (a task or two after its body arrived); the panel must not have taken it.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 0)));
    expect(await body(page).innerText()).toContain('The old ferry across the harbour closed.');
    expect(await body(page).innerText()).not.toContain('The mayor spoke');
    await context.close();
  });

  it("says so, and links to the event's page, when the page cannot be read", async () => {
    const { context, page } = await open();
    await page.route('**/events/ferry-closed/', (route) => route.abort());
    await goHome(page);
    await mark(page, 'ferry-closed').click();
    await body(page).getByText('could not be loaded').waitFor();
    await expect(
      body(page).getByRole('link', { name: 'Read them on the event’s page' }).getAttribute('href'),
    ).resolves.toBe('/events/ferry-closed/');
    await context.close();
  });

  it('hides the lines, and the years left empty, that the filters hide', async () => {
    const { context, page } = await open();
    await goHome(page);
    await page.getByRole('checkbox', { name: 'Council' }).uncheck();
    const works = timeline.events.filter((candidate) => candidate.lane !== 'council');
    await page.waitForFunction(
      (count) => document.querySelectorAll('.reader-timeline li.event-line:not([hidden])').length === count,
      works.length,
    );
    expect(await page.locator('.reader-timeline li.event-line:visible').count()).toBe(works.length);
    const years = new Set(
      works.map((candidate) => (candidate.date.kind === 'interval' ? candidate.date.start.year : candidate.date.year)),
    );
    expect(await page.locator('.reader-timeline section.year-group:visible').count()).toBe(years.size);
    await context.close();
  });
});
