import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { chromiumOrSkip, openPage, useBuiltSite, type OpenedPage } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();
const ARABIC_SITE = 'tests/fixtures/arabic-site';

/** A box in page px. */
interface Box {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

// The Arabic fixture: the page is mirrored, the time axis is not (README, "Right-to-left languages").
describe.skipIf(chromiumPath === undefined)('a right-to-left edition (the Arabic fixture) in Chromium', () => {
  let timeline: Timeline;

  const site = useBuiltSite(ARABIC_SITE, 'right-to-left-browser-site', chromiumPath!);

  beforeAll(async () => {
    timeline = await loadTimeline(ARABIC_SITE);
  });

  async function open(path = '/', options: BrowserContextOptions = {}): Promise<OpenedPage> {
    const opened = await openPage(site.browser, options);
    await opened.page.goto(`${site.server.url}${path}`);
    if (options.javaScriptEnabled !== false && (path === '/' || path.startsWith('/?') || path.startsWith('/embed/'))) {
      await opened.page.waitForSelector('tl-timeline[data-ready]');
      await settle(opened.page);
    }
    return opened;
  }

  // Two animation frames: whatever was scheduled has been drawn.
  const settle = (page: Page) =>
    page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

  const chart = (page: Page) => page.locator('tl-timeline [data-viewport] > svg.tl-chart');
  const mark = (page: Page, id: string) => chart(page).locator(`a[data-event-id="${id}"]`);
  const query = (page: Page) => new URL(page.url()).searchParams;

  async function windowOf(page: Page): Promise<{ from: number; to: number }> {
    const svg = chart(page);
    return { from: Number(await svg.getAttribute('data-from')), to: Number(await svg.getAttribute('data-to')) };
  }

  async function boxesOf(page: Page, selector: string): Promise<Box[]> {
    return page.locator(selector).evaluateAll((elements) =>
      elements
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { text: element.textContent ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
        }),
    );
  }

  function overlaps(boxes: readonly Box[]): string[] {
    const found: string[] = [];
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1)) {
        // Half a pixel of anti-aliasing is not an overlap.
        const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (x > 0.5 && y > 0.5) found.push(`"${a.text}" overlaps "${b.text}"`);
      }
    });
    return found;
  }

  it('marks every page type right to left, and quotes and article text in their own language', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false });
    const event = timeline.events.find((candidate) => candidate.id === 'council-vote')!;
    for (const path of [
      '/',
      `/events/${event.id}/`,
      '/sources/gazette-2021-03-04/',
      '/sources/',
      '/about/',
      '/embed/',
    ]) {
      await page.goto(site.server.url + path);
      const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
      expect(html, path).toEqual(['ar', 'rtl']);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction), path).toBe('rtl');
    }
    await page.goto(`${site.server.url}/events/${event.id}/`);
    const quote = page.locator('blockquote.citation__quote').first();
    await expect(
      quote.evaluate((element) => [
        element.getAttribute('lang'),
        element.getAttribute('dir'),
        getComputedStyle(element).direction,
      ]),
    ).resolves.toEqual(['en', 'ltr', 'ltr']);
    await context.close();
  });

  it('mirrors the page: the lane bar of an event card is on its right, its text starts at the right', async () => {
    const { context, page } = await open('/', { javaScriptEnabled: false });
    const card = page.locator('.event-card').first();
    const style = await card.evaluate((element) => {
      const css = getComputedStyle(element);
      return { right: css.borderRightWidth, left: css.borderLeftWidth, align: css.textAlign };
    });
    expect(style).toEqual({ right: '4px', left: '0px', align: 'start' });
    const header = await page.locator('header').first().boundingBox();
    const title = await page.locator('h1').first().boundingBox();
    // The heading ends at the right margin, as the page starts there.
    expect((title?.x ?? 0) + (title?.width ?? 0)).toBeGreaterThan((header?.width ?? 0) * 0.9);
    await context.close();
  });

  for (const width of [1280, 390]) {
    it(`labels every event without overlaps, time running left to right, at ${width} px, with and without JavaScript`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { context, page } = await open('/', { viewport: { width, height: 900 }, javaScriptEnabled });
        const scope = javaScriptEnabled ? 'tl-timeline [data-viewport] > svg' : 'tl-timeline [data-static] svg';
        const labels = await boxesOf(page, `${scope} .tl-mark__label`);
        expect(labels, `labels shown (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`).toHaveLength(
          timeline.events.length,
        );
        expect(overlaps(labels)).toEqual([]);
        for (const label of labels) {
          expect(label.x).toBeGreaterThanOrEqual(0);
          expect(label.x + label.width).toBeLessThanOrEqual(width);
        }
        // No label runs over another event's dot or bar either (a label drawn from the wrong end would).
        const parts = await boxesOf(page, `${scope} :is(.tl-mark__label, .tl-mark__dot, .tl-mark__bar)`);
        const owners = await page
          .locator(`${scope} :is(.tl-mark__label, .tl-mark__dot, .tl-mark__bar)`)
          .evaluateAll((elements) =>
            elements
              .filter((element) => element.getClientRects().length > 0)
              .map((element) => element.closest('a')?.getAttribute('href') ?? ''),
          );
        const named = parts.map((part, i) => ({ ...part, text: `${owners[i]}: ${part.text}` }));
        expect(
          overlaps(named).filter((pair) => {
            const [a, b] = pair.split(' overlaps ');
            return a?.split(':')[0] !== b?.split(':')[0];
          }),
        ).toEqual([]);
        expect(overlaps(await boxesOf(page, `${scope} .tl-axis__label`))).toEqual([]);
        // The earliest event is drawn left of the latest.
        const dots = await page.locator(`${scope} a.tl-mark .tl-mark__dot`).evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => ({
              id:
                element.closest('a')?.getAttribute('data-event-id') ??
                element.closest('a')?.getAttribute('data-timeline-event'),
              x: element.getBoundingClientRect().x,
            })),
        );
        const x = (id: string) => dots.find((dot) => dot.id === id)?.x ?? NaN;
        expect(x('ferry-closed')).toBeLessThan(x('council-vote'));
        expect(x('council-vote')).toBeLessThan(x('bridge-opens'));
        await context.close();
      }
    });
  }

  it('lays out label text right to left, from the left edge the layout measured, in a chart that keeps left-to-right geometry', async () => {
    const { context, page } = await open('/', { viewport: { width: 390, height: 900 } });
    const texts = await chart(page)
      .locator('.tl-mark__label')
      .evaluateAll((elements) =>
        elements.map((element) => {
          const css = getComputedStyle(element);
          return { direction: css.direction, anchor: css.textAnchor, text: element.textContent ?? '' };
        }),
      );
    expect(new Set(texts.map((text) => `${text.direction} ${text.anchor}`))).toEqual(new Set(['rtl end']));
    // The axis and chart keep left-to-right geometry.
    await expect(
      page.locator('tl-timeline [data-viewport]').evaluate((element) => getComputedStyle(element).direction),
    ).resolves.toBe('ltr');
    await context.close();
  });

  it('keeps the keyboard model: arrows pan and step along the axis, Enter opens, Escape closes', async () => {
    const { context, page, errors } = await open('/?from=2019&to=2022');
    const start = await windowOf(page);
    await chart(page).focus();
    // → shows later time, ← earlier: the keys follow the axis, which runs left to right.
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect((await windowOf(page)).from).toBeGreaterThan(start.from);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect((await windowOf(page)).from).toBeLessThan(start.from);
    await page.keyboard.press('0');
    await settle(page);

    await page.keyboard.press('Enter');
    await settle(page);
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? document.activeElement?.tagName);
    const [first, second] = [timeline.events[0]!, timeline.events[1]!];
    expect(query(page).get('event')).toBe(first.id);
    await expect(focused()).resolves.toBe(first.id);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(query(page).get('event')).toBe(second.id);
    await expect(page.locator('tl-timeline [data-detail-title]').textContent()).resolves.toBe(second.title);
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect(query(page).get('event')).toBe(first.id);
    await page.keyboard.press('Escape');
    await settle(page);
    await expect(page.locator('tl-timeline [data-detail]').isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe(first.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the panel’s previous event on the left and the next on the right, as on the axis', async () => {
    const { context, page } = await open('/');
    await mark(page, 'council-vote').click();
    await settle(page);
    const previous = await page.locator('tl-timeline .tl-detail__nav [data-step="-1"]').boundingBox();
    const next = await page.locator('tl-timeline .tl-detail__nav [data-step="1"]').boundingBox();
    expect(previous).not.toBeNull();
    expect(next).not.toBeNull();
    expect((previous?.x ?? NaN) + (previous?.width ?? NaN)).toBeLessThanOrEqual(next?.x ?? NaN);
    await context.close();
  });

  // Axe takes seconds a page on a busy machine: the timeline's states and the other page types are separate tests,
  // each allowed two minutes (a shared two-core machine took up to 52 s for four pages).
  const axeViolations = async (page: Page, state: string): Promise<string[]> => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations.map((v) => `${state}: ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the home page, with and without an event open (${colorScheme})`, async () => {
      const { context, page } = await open('/', { colorScheme });
      const violations = await axeViolations(page, '/');
      await mark(page, 'council-vote').click();
      await settle(page);
      violations.push(...(await axeViolations(page, '/ with an event open')));
      expect(violations).toEqual([]);
      await context.close();
    }, 120_000);

    it(`has no axe violations on the event, source, about and embed pages (${colorScheme})`, async () => {
      const { context, page } = await open('/about/', { colorScheme });
      const violations: string[] = [];
      for (const path of ['/events/council-vote/', '/sources/gazette-2022-06/', '/about/', '/embed/']) {
        await page.goto(site.server.url + path);
        violations.push(...(await axeViolations(page, path)));
      }
      expect(violations).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
