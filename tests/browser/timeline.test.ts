import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { chromiumOrSkip, openPage, useBuiltSite, type OpenedPage } from '../support/browser-suite.ts';

const chromiumPath = chromiumOrSkip();

/** A box in page px. */
interface Box {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

describe.skipIf(chromiumPath === undefined)('the interactive timeline in Chromium', () => {
  let timeline: Timeline;

  const site = useBuiltSite('content', 'timeline-browser-site', chromiumPath!);

  beforeAll(async () => {
    timeline = await loadTimeline('content');
  });

  async function open(query = '', options: BrowserContextOptions = {}): Promise<OpenedPage> {
    const { context, page, errors } = await openPage(site.browser, options);
    await page.goto(`${site.server.url}/${query}`);
    if (options.javaScriptEnabled !== false) {
      await page.waitForSelector('tl-timeline[data-ready]');
      await settle(page);
    }
    return { context, page, errors };
  }

  // Two animation frames: whatever was scheduled has been drawn.
  const settle = (page: Page) =>
    page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

  const chart = (page: Page) => page.locator('tl-timeline [data-viewport] > svg.tl-chart');

  /** The window drawn, in day numbers, read from the live SVG. */
  async function windowOf(page: Page): Promise<{ from: number; to: number }> {
    const svg = chart(page);
    return { from: Number(await svg.getAttribute('data-from')), to: Number(await svg.getAttribute('data-to')) };
  }

  const span = async (page: Page) => {
    const { from, to } = await windowOf(page);
    return to - from;
  };

  /** How close the view is: px per day where the axis is not broken, which doubles when the zoom doubles. */
  const zoomOf = async (page: Page) => Number(await chart(page).getAttribute('data-px-per-day'));

  /** Scroll an element to the top of the viewport and give its box there. */
  async function boxOf(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
    await page.locator(selector).evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await settle(page);
    const box = await page.locator(selector).boundingBox();
    if (box === null) throw new Error(`${selector} has no box`);
    return box;
  }

  async function labelBoxes(page: Page, selector: string): Promise<Box[]> {
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

  const fullZoom = async () => {
    const { context, page } = await open();
    const zoom = await zoomOf(page);
    await context.close();
    return zoom;
  };

  const marks = (page: Page) => chart(page).locator('a.tl-mark');
  const mark = (page: Page, id: string) => chart(page).locator(`a[data-event-id="${id}"]`);
  const query = (page: Page) => new URL(page.url()).searchParams;

  for (const width of [1280, 390]) {
    it(`labels every event without overlaps in the default view at ${width} px, with and without JavaScript`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { context, page } = await open('', { viewport: { width, height: 900 }, javaScriptEnabled });
        const selector = javaScriptEnabled
          ? 'tl-timeline [data-viewport] > svg .tl-mark__label'
          : 'tl-timeline [data-static] svg .tl-mark__label';
        const labels = await labelBoxes(page, selector);
        expect(labels, `labels shown (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`).toHaveLength(
          timeline.events.length,
        );
        expect(overlaps(labels)).toEqual([]);
        // Every label is inside the page: no sideways scrolling.
        for (const label of labels) expect(label.x + label.width).toBeLessThanOrEqual(width);
        const ticks = await labelBoxes(page, `${selector.replace('.tl-mark__label', '.tl-axis__label')}`);
        expect(overlaps(ticks)).toEqual([]);
        await context.close();
      }
    });
  }

  it('shows the controls only once the script has upgraded the timeline', async () => {
    const off = await open('', { javaScriptEnabled: false });
    await expect(off.page.locator('tl-timeline [data-controls]').isVisible()).resolves.toBe(false);
    expect(await off.page.locator('tl-timeline [data-static]:visible').count()).toBe(1);
    await off.context.close();
    const on = await open();
    await expect(on.page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(true);
    expect(await on.page.locator('tl-timeline [data-static]:visible').count()).toBe(0);
    expect(on.errors).toEqual([]);
    await on.context.close();
  });

  it('zooms with the buttons and the keyboard, within its limits', async () => {
    const { context, page } = await open();
    const full = await zoomOf(page);
    const fullSpan = await span(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(2, 3);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(1, 3);

    await chart(page).focus();
    await page.keyboard.press('+');
    await page.keyboard.press('=');
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(4, 3);
    await page.keyboard.press('-');
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(2, 3);
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('+');
    await settle(page);
    // No further in than a day.
    expect(await span(page)).toBeGreaterThanOrEqual(0.999);
    expect(await span(page)).toBeLessThan(1.01);
    await page.keyboard.press('0');
    await settle(page);
    expect(await span(page)).toBeCloseTo(fullSpan, 3);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('-');
    await settle(page);
    // No further out than the whole range and its margin.
    expect((await zoomOf(page)) / full).toBeCloseTo(1 / 1.1, 3);
    await context.close();
  });

  it('pans with the arrow keys and by dragging', async () => {
    const { context, page } = await open('?from=2021&to=2022');
    const start = await windowOf(page);
    await chart(page).focus();
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const right = await windowOf(page);
    expect(right.from).toBeGreaterThan(start.from);
    expect(right.to - right.from).toBeCloseTo(start.to - start.from, 0);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect((await windowOf(page)).from).toBeLessThan(start.from);

    const box = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    const before = await windowOf(page);
    // Drag on an empty stretch of the axis band: towards the left shows later time.
    await page.mouse.move(box.x + box.width * 0.6, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await settle(page);
    expect((await windowOf(page)).from).toBeGreaterThan(before.from);
    // The URL follows the window (replaceState: no new history entry).
    expect(query(page).get('from')).not.toBeNull();
    await context.close();
  });

  it('zooms with the wheel only when the timeline has focus or with Ctrl held, and never takes page scrolling', async () => {
    const { context, page } = await open();
    const full = await zoomOf(page);
    const box = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(300);
    await settle(page);
    expect(await zoomOf(page)).toBe(full);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);

    // With Ctrl held (a trackpad pinch sends the same), the wheel zooms and the page stays put.
    const ctrlBox = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    await page.mouse.move(ctrlBox.x + ctrlBox.width / 2, ctrlBox.y + 200);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await page.waitForTimeout(300);
    await settle(page);
    expect(await zoomOf(page)).toBeGreaterThan(full);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // Once the timeline has focus, the plain wheel zooms it.
    await chart(page).focus();
    await page.keyboard.press('0');
    await settle(page);
    const focusedBox = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    await page.mouse.move(focusedBox.x + focusedBox.width / 2, focusedBox.y + 200);
    const scrolledFocused = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(300);
    await settle(page);
    expect(await zoomOf(page)).toBeGreaterThan(full);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledFocused);
    await context.close();
  });

  it('zooms in around the pointer with a double click, out with Shift, and a double click on a mark does not zoom', async () => {
    const { context, page } = await open();
    const full = await zoomOf(page);
    const before = await windowOf(page);
    const box = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    // On the axis band, a quarter of the way in: both ends of the window close in.
    await page.mouse.dblclick(box.x + box.width * 0.25, box.y + 10);
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(2, 3);
    const zoomed = await windowOf(page);
    expect(zoomed.from).toBeGreaterThan(before.from);
    expect(zoomed.to).toBeLessThan(before.to);
    await page.keyboard.down('Shift');
    await page.mouse.dblclick(box.x + box.width * 0.25, box.y + 10);
    await page.keyboard.up('Shift');
    await settle(page);
    expect((await zoomOf(page)) / full).toBeCloseTo(1, 3);

    const target = marks(page).first();
    const markBox = await target.boundingBox();
    if (markBox === null) throw new Error('no mark on screen');
    await target.dblclick();
    await settle(page);
    expect(await zoomOf(page)).toBeCloseTo(full, 6);
    await context.close();
  });

  it('keeps drawing on the canvas when a drag starts while a wheel zoom is still under way', async () => {
    const { context, page } = await open();
    const box = await boxOf(page, 'tl-timeline [data-viewport] > svg');
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await settle(page);
    // Within d3-zoom's 150 ms wheel gesture, a drag begins: the wheel's gesture ends during it.
    await page.mouse.down();
    const during: number[] = [];
    for (let step = 1; step <= 6; step += 1) {
      await page.mouse.move(box.x + box.width / 2 - step * 40, box.y + 10);
      await page.waitForTimeout(60);
      during.push((await windowOf(page)).from);
    }
    // The SVG is left as it was while moving (the canvas shows the movement) and is brought up to date at the end.
    expect(new Set(during.slice(3)).size).toBe(1);
    await page.mouse.up();
    await settle(page);
    expect((await windowOf(page)).from).toBeGreaterThan(during.at(-1) ?? Infinity);
    await context.close();
  });

  // While the reader moves, the canvas over the (stale) SVG shows the movement: painted by a worker where the
  // browser can hand a canvas to one, else by the page itself. At rest it is cleared and the SVG is the drawing.
  it.each([
    ['by a worker', true],
    ['by the page, where a canvas cannot be handed to a worker', false],
  ])('paints a drag on the canvas %s, and clears it at rest', async (_, worker) => {
    const { context, page, errors } = await open();
    if (!worker) {
      await page.addInitScript(() => {
        Reflect.deleteProperty(HTMLCanvasElement.prototype, 'transferControlToOffscreen');
      });
      await page.reload();
      await page.waitForSelector('tl-timeline[data-ready]');
    }
    const box = await boxOf(page, 'tl-timeline [data-viewport]');
    const viewport = page.locator('tl-timeline [data-viewport]');
    const canvasFrames = () =>
      page.evaluate(
        () =>
          (document.querySelector('tl-timeline') as HTMLElement & { canvasFrameTimes: number[] }).canvasFrameTimes
            .length,
      );
    const still = await viewport.screenshot();
    const { from } = await windowOf(page);
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 300, box.y + 40, { steps: 6 });
    // The SVG has not moved; what the screenshot shows moved is the canvas.
    await expect.poll(async () => (await viewport.screenshot()).equals(still)).toBe(false);
    expect((await windowOf(page)).from).toBe(from);
    expect((await canvasFrames()) > 0).toBe(worker);
    await page.mouse.up();
    await settle(page);
    expect((await windowOf(page)).from).toBeLessThan(from);
    // Cleared: hiding the canvas changes nothing on screen.
    const hidden = async () => {
      const withCanvas = await viewport.screenshot();
      await page.locator('tl-timeline canvas').evaluate((canvas: HTMLElement) => (canvas.style.visibility = 'hidden'));
      const without = await viewport.screenshot();
      await page.locator('tl-timeline canvas').evaluate((canvas: HTMLElement) => (canvas.style.visibility = ''));
      return withCanvas.equals(without);
    };
    await expect.poll(hidden).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves and resizes the window by dragging on the overview strip', async () => {
    const { context, page } = await open();
    const box = await boxOf(page, 'tl-timeline [data-overview]');
    // Draw a new window over the right third of the strip (the busy years).
    await page.mouse.move(box.x + box.width * 0.7, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + 10, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    const drawn = await windowOf(page);
    // A fifth of the strip is about five times closer than the full view.
    expect(await zoomOf(page)).toBeGreaterThan(3 * (await fullZoom()));

    // Drag the window itself: it moves, keeping its size.
    const rect = (await page.locator('tl-timeline [data-overview-window]').boundingBox())!;
    await page.mouse.move(rect.x + rect.width / 2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(rect.x + rect.width / 2 - box.width * 0.1, box.y + 10, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    const moved = await windowOf(page);
    expect(moved.from).toBeLessThan(drawn.from);

    // Drag its right edge: it grows.
    const edge = (await page.locator('tl-timeline [data-overview-window]').boundingBox())!;
    await page.mouse.move(edge.x + edge.width - 1, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width + box.width * 0.05, box.y + 10, { steps: 4 });
    await page.mouse.up();
    await settle(page);
    const resized = await windowOf(page);
    expect(resized.from).toBeCloseTo(moved.from, 0);
    expect(resized.to).toBeGreaterThan(moved.to);
    await context.close();
  });

  it('opens an event with a click: date, summary, quoted sources with links, permalink, previous and next', async () => {
    const { context, page } = await open();
    const id = 'ceasefire-statement-2020-11-10';
    await mark(page, id).click();
    await settle(page);
    const panel = page.locator('tl-timeline [data-detail]');
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(panel.locator('[data-detail-meta]').textContent()).resolves.toBe('10 November 2020 · Diplomacy');
    await expect(panel.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(
      'Ceasefire statement ends the 2020 war',
    );
    const event = timeline.events.find((candidate) => candidate.id === id)!;
    expect(await panel.locator('blockquote').count()).toBe(event.citations.length);
    const passage = panel.getByRole('link', { name: /Read the passage in context/ }).first();
    await expect(passage.getAttribute('href')).resolves.toMatch(/^\/sources\/[^/]+\/#p\d+:~:text=/);
    await expect(panel.getByRole('link', { name: 'Permanent page for this event' }).getAttribute('href')).resolves.toBe(
      `/events/${id}/`,
    );
    await expect(panel.getByRole('button', { name: /^Next →/ }).isVisible()).resolves.toBe(true);
    await expect(panel.getByRole('button', { name: /^← Previous/ }).isVisible()).resolves.toBe(true);
    // Selection is a place in history, and the live region says what was selected.
    expect(query(page).get('event')).toBe(id);
    await page.waitForFunction(() => (document.querySelector('tl-timeline [data-live]')?.textContent ?? '') !== '');
    await expect(page.locator('tl-timeline [data-live]').textContent()).resolves.toMatch(
      /^10 November 2020: Ceasefire statement ends the 2020 war\. Event \d+ of 44\.$/,
    );
    await expect(mark(page, id).getAttribute('aria-current')).resolves.toBe('true');
    await context.close();
  });

  it('opens an event from the keyboard, steps with the arrows, and Escape closes it and gives focus back', async () => {
    const { context, page } = await open();
    await chart(page).focus();
    await page.keyboard.press('Enter');
    await settle(page);
    const first = timeline.events[0]!;
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? document.activeElement?.tagName);
    expect(query(page).get('event')).toBe(first.id);
    await expect(focused()).resolves.toBe(first.id);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    const second = timeline.events[1]!;
    expect(query(page).get('event')).toBe(second.id);
    await expect(focused()).resolves.toBe(second.id);
    await expect(page.locator('tl-timeline [data-detail-title]').textContent()).resolves.toBe(second.title);
    await page.keyboard.press('ArrowLeft');
    await settle(page);
    expect(query(page).get('event')).toBe(first.id);
    // Focus is visible on the mark.
    const outline = await page.evaluate(() => {
      const hit = document.activeElement?.querySelector('.tl-mark__hit');
      return hit === null || hit === undefined ? '' : getComputedStyle(hit).stroke;
    });
    expect(outline).not.toBe('none');

    // Tab into the panel, then Escape: the panel closes and focus goes back to the event's mark.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-detail]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await settle(page);
    await expect(page.locator('tl-timeline [data-detail]').isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe(first.id);
    expect(query(page).get('event')).toBeNull();
    await context.close();
  });

  it('zooms into a cluster when it is clicked', async () => {
    // A narrow phone with the lanes stacked shows clusters where the window is dense.
    const { context, page } = await open('?from=2023&to=2023', { viewport: { width: 320, height: 800 } });
    await page.keyboard.press('Tab');
    const cluster = chart(page).locator('a.tl-cluster').first();
    if ((await cluster.count()) === 0) {
      // Nothing clustered at this size: nothing to test here, but say so.
      console.warn('no cluster at 320 px in 2023; cluster click not exercised');
    } else {
      const before = await span(page);
      await cluster.click();
      await settle(page);
      expect(await span(page)).toBeLessThan(before);
    }
    await context.close();
  });

  it('filters by lane and by actor, and the reader list follows', async () => {
    const { context, page } = await open();
    await page.getByRole('checkbox', { name: 'Military' }).uncheck();
    await settle(page);
    const military = timeline.events.filter((event) => event.lane === 'military');
    expect(await marks(page).count()).toBe(timeline.events.length - military.length);
    expect(await chart(page).locator('a[data-lane="military"]').count()).toBe(0);
    const visibleCards = () => page.locator('.reader-timeline li.event-card[data-event-id]:visible');
    expect(await visibleCards().count()).toBe(timeline.events.length - military.length);
    await expect(page.locator(`#event-${military[0]!.id}`).isVisible()).resolves.toBe(false);
    expect(query(page).get('lanes')).toBe('diplomacy,politics,humanitarian');
    await expect(page.locator('tl-timeline [data-status]').textContent()).resolves.toBe(
      `Showing ${timeline.events.length - military.length} of ${timeline.events.length} events.`,
    );

    await page.getByLabel('Actor').selectOption('Russia');
    await settle(page);
    const russian = timeline.events.filter((event) => event.lane !== 'military' && event.actors.includes('Russia'));
    expect(await marks(page).count()).toBe(russian.length);
    expect(await visibleCards().count()).toBe(russian.length);
    // Years left empty by the filters disappear with their cards.
    const years = new Set(
      russian.map((event) => (event.date.kind === 'interval' ? event.date.start.year : event.date.year)),
    );
    expect(await page.locator('.reader-timeline section.year-group:visible').count()).toBe(years.size);

    await page.getByLabel('Actor').selectOption('');
    await page.getByRole('checkbox', { name: 'Military' }).check();
    await settle(page);
    expect(await visibleCards().count()).toBe(timeline.events.length);
    await context.close();
  });

  it('opens the view a URL asks for, and keeps back and forward working', async () => {
    const id = 'ceasefire-statement-2020-11-10';
    const { context, page } = await open(`?from=2020-01&to=2023-12&event=${id}&lanes=military,diplomacy`);
    const window = await windowOf(page);
    // 2020-01 starts inside the break before the war: the window shows from then to the end of 2023.
    expect(window.to).toBe(Date.UTC(2024, 0, 1) / 86_400_000);
    await expect(mark(page, id).getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.locator('tl-timeline [data-detail]').isVisible()).resolves.toBe(true);
    // Opened from a link, the page brings the event's mark on screen, above the panel.
    const markBox = await mark(page, id).boundingBox();
    const panelBox = await page.locator('tl-timeline [data-detail]').boundingBox();
    expect(markBox?.y).toBeGreaterThanOrEqual(0);
    expect((markBox?.y ?? Infinity) + (markBox?.height ?? 0)).toBeLessThanOrEqual(panelBox?.y ?? -Infinity);
    await expect(page.getByRole('checkbox', { name: 'Politics' }).isChecked()).resolves.toBe(false);
    expect(await chart(page).locator('a[data-lane="politics"]').count()).toBe(0);

    const next = timeline.events[timeline.events.findIndex((event) => event.id === id) + 1]!;
    const nextInLanes = timeline.events
      .slice(timeline.events.findIndex((event) => event.id === id) + 1)
      .find((event) => event.lane === 'military' || event.lane === 'diplomacy')!;
    expect(next).toBeDefined();
    await page.getByRole('button', { name: /^Next →/ }).click();
    await settle(page);
    expect(query(page).get('event')).toBe(nextInLanes.id);

    await page.goBack();
    await settle(page);
    expect(query(page).get('event')).toBe(id);
    await expect(mark(page, id).getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.locator('tl-timeline [data-detail-title]').textContent()).resolves.toBe(
      'Ceasefire statement ends the 2020 war',
    );
    await page.goForward();
    await settle(page);
    await expect(page.locator('tl-timeline [data-detail-title]').textContent()).resolves.toBe(nextInLanes.title);

    // The URL written for a view opens the same view in a fresh page.
    const url = page.url();
    const again = await context.newPage();
    await again.goto(url);
    await again.waitForSelector('tl-timeline[data-ready]');
    await settle(again);
    expect(await windowOf(again)).toEqual(await windowOf(page));
    await expect(again.locator('tl-timeline [data-detail-title]').textContent()).resolves.toBe(nextInLanes.title);
    await context.close();
  });

  it('shows the default view for a hostile URL, without a console error', async () => {
    const hostile = `?from=${encodeURIComponent('<script>alert(1)</script>')}&to=99999999&lanes=nope&event=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`;
    const { context, page, errors } = await open(hostile);
    const { page: clean, context: cleanContext } = await open();
    expect(await windowOf(page)).toEqual(await windowOf(clean));
    expect(await marks(page).count()).toBe(timeline.events.length);
    await expect(page.locator('tl-timeline [data-detail]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await cleanContext.close();
    await context.close();
  });

  it('animates zooming unless the reader prefers reduced motion, and ends in the same place', async () => {
    const { context, page } = await open('', { reducedMotion: 'no-preference' });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const animated = await windowOf(page);
    const reduced = await open();
    await reduced.page.getByRole('button', { name: 'Zoom in' }).click();
    await settle(reduced.page);
    const immediate = await windowOf(reduced.page);
    expect(animated.from).toBeCloseTo(immediate.from, 1);
    expect(animated.to).toBeCloseTo(immediate.to, 1);
    await reduced.context.close();
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the default, zoomed and selected states (${colorScheme})`, async () => {
      const { context, page } = await open('', { colorScheme });
      const violations: string[] = [];
      const check = async (state: string) => {
        const results = await new AxeBuilder({ page }).include('tl-timeline').analyze();
        for (const v of results.violations)
          violations.push(`${state}: ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
      };
      await check('default');
      await chart(page).focus();
      await page.keyboard.press('+');
      await page.keyboard.press('+');
      await settle(page);
      await check('zoomed');
      await page.keyboard.press('0');
      await mark(page, 'ceasefire-statement-2020-11-10').click();
      await settle(page);
      await check('selected');
      await page.getByRole('checkbox', { name: 'Politics' }).uncheck();
      await settle(page);
      await check('filtered');
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
