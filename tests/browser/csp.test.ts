import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { chromiumOrSkip, launchChromium, type Browser } from '../support/browser-suite.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const chromiumPath = chromiumOrSkip();

// Runs in every frame before any of the page's own scripts (playwright injects it, outside the page's policy):
// keeps every Content-Security-Policy violation the frame reports.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')');
  });
`;

const violationsIn = (frame: Page | Frame) =>
  frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

// Every page type of the real site under the Content-Security-Policy its own _headers file declares, as a host
// that reads the file serves it: nothing may be blocked, and nothing may fail.
describe.skipIf(chromiumPath === undefined)('every page under the published Content-Security-Policy', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: StaticServer;
  let eventPath: string;
  let sourcePath: string;

  beforeAll(async () => {
    const build = buildSite('content', 'csp-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    eventPath = `/events/${readdirSync(`${build.outDir}/events`)[0]}/`;
    sourcePath = `/sources/${readdirSync(`${build.outDir}/sources`).find((name) => !name.endsWith('.html'))}/`;
    site = await serveStatic(build.outDir, 0, { hostHeaders: true });
    // A newsroom's page on another origin (another port) that frames the embed.
    const hostDir = 'tests/.tmp/csp-host';
    mkdirSync(hostDir, { recursive: true });
    writeFileSync(
      `${hostDir}/index.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<h1>An article</h1><iframe id="embed" src="${site.url}/embed/?theme=dark" title="Timeline" width="800" height="640"></iframe>
</body></html>`,
    );
    host = await serveStatic(hostDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  /** Open a page of the site under its policy; `check` then asserts no violation and no script error. */
  async function visit(path: string, options: BrowserContextOptions = {}) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      ...options,
    });
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${site.url}${path}`);
    // The policy really is there: a test without it would pass for nothing.
    expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    return {
      context,
      page,
      async check() {
        expect(await violationsIn(page), `${path}: violations`).toEqual([]);
        expect(errors, `${path}: console errors`).toEqual([]);
        await context.close();
      },
    };
  }

  it('home: the interactive timeline with its lane colours, overview labels, panel and embed dialog', async () => {
    const { page, check } = await visit('/');
    await page.locator('tl-timeline[data-ready]').waitFor();
    // A lane's colour reaches its legend swatch, its cards and its marks (from /lanes.css).
    const swatch = page.locator('.lane-legend [data-lane="military"] .lane-label__swatch');
    expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(179, 65, 47)');
    const card = page.locator('.event-card[data-lane="military"]').first();
    expect(await card.evaluate((el) => getComputedStyle(el).borderLeftColor)).toBe('rgb(179, 65, 47)');
    const dot = page.locator('tl-timeline svg[tabindex="0"] a[data-lane="military"] .tl-mark__dot').first();
    expect(await dot.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(179, 65, 47)');
    // The overview's year labels are laid out left to right inside the strip.
    const labels = await page
      .locator('.tl-overview__labels text')
      .evaluateAll((texts) =>
        texts.map((text) => text.getBoundingClientRect()).map((box) => ({ x: box.x, width: box.width })),
      );
    expect(labels.length).toBeGreaterThan(1);
    for (const [i, label] of labels.entries()) {
      expect(label.width).toBeGreaterThan(0);
      if (i > 0) expect(label.x).toBeGreaterThan(labels[i - 1]!.x);
    }
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('tl-timeline svg[tabindex="0"] a.tl-mark').first().click();
    await page.locator('[data-detail]:not([hidden])').waitFor();
    // The dialog's code loads on first opening, and its preview frames this site's /embed/.
    await page.locator('details.embed-dialog > summary').click();
    await page.locator('.embed-dialog__frame').waitFor();
    await page.frameLocator('.embed-dialog__frame').locator('tl-timeline[data-ready]').waitFor();
    const preview = page.frames().find((frame) => frame.url().includes('/embed/'));
    expect(preview && (await violationsIn(preview))).toEqual([]);
    await check();
  });

  it('an event page: the cite box copies, and it prints', async () => {
    const { context, page, check } = await visit(eventPath);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    await page.locator('details.cite-box > summary').click();
    await page.evaluate(() =>
      document.querySelectorAll('details.cite-box details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    const button = page.locator('tl-cite-box button[data-copy]').first();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.pdf();
    await check();
  });

  for (const [name, path] of [
    ['a source page', () => sourcePath],
    ['the sources index', () => '/sources/'],
    ['the about page', () => '/about/'],
    ['the data page', () => '/data/'],
    ['the 404 page', () => '/404.html'],
  ] as const) {
    it(`${name}`, async () => {
      const { check } = await visit(path());
      await check();
    });
  }

  it('search: runs a query and lists results (Pagefind compiles its WebAssembly)', async () => {
    const { page, check } = await visit('/search/?q=ceasefire');
    await page
      .locator('[data-status]')
      .filter({ hasText: /result/ })
      .waitFor();
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    await check();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`/embed/ in the ${theme} theme`, async () => {
      const { page, check } = await visit(`/embed/?theme=${theme}`);
      await page.locator('tl-timeline[data-ready]').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 0] = (background.match(/\d+/g) ?? []).map(Number);
      expect(theme === 'dark' ? r < 80 : r > 200, background).toBe(true);
      await check();
    });
  }

  it('/embed/ framed by a page on another origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript(RECORD_VIOLATIONS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${host.url}/`);
    await page.frameLocator('#embed').locator('tl-timeline[data-ready]').waitFor();
    const frame = page.frames().find((f) => f.url().startsWith(`${site.url}/embed/`));
    expect(frame).toBeDefined();
    expect(await violationsIn(frame!)).toEqual([]);
    expect(await violationsIn(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('no other page may be framed by another origin', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}/about/`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response?.headers()['x-frame-options']).toBe('SAMEORIGIN');
    await page.close();
  });
});
