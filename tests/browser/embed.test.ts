import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { chromiumOrSkip, launchChromium, type Browser } from '../support/browser-suite.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const chromiumPath = chromiumOrSkip();

// A journalist's page on another origin (another port on 127.0.0.1) embeds the timeline.
describe.skipIf(chromiumPath === undefined)('the embedded timeline on another site', () => {
  let browser: Browser;
  let site: StaticServer;
  let host: StaticServer;

  beforeAll(async () => {
    const build = buildSite('content', 'embed-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    site = await serveStatic(build.outDir);
    const hostDir = 'tests/.tmp/embed-host';
    mkdirSync(hostDir, { recursive: true });
    const src = `${site.url}/embed/?from=2020-01&to=2024-01&lanes=military,diplomacy`;
    writeFileSync(
      `${hostDir}/index.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A newsroom article</h1><p>Some text.</p>
<iframe id="plain" src="${src}" title="Timeline" width="100%" height="150" style="border:0"></iframe>
<script async src="${site.url}/embed.js"></script>
<p>More text.</p></body></html>`,
    );
    // As WordPress embeds: a sandboxed iframe (scripts only) with a secret, and its own listener.
    writeFileSync(
      `${hostDir}/wordpress.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WP host</title></head><body>
<iframe id="wp" sandbox="allow-scripts" src="${site.url}/embed/#?secret=s3cr3t" title="Timeline" width="600" height="150"></iframe>
<script>window.heights = []; addEventListener('message', function (e) {
  if (e.data && e.data.message === 'height' && e.data.secret === 's3cr3t') {
    window.heights.push(e.data.value); document.getElementById('wp').height = e.data.value; }
});</script></body></html>`,
    );
    host = await serveStatic(hostDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await host?.close();
  });

  it('sizes itself to its content with /embed.js, and grows when an event panel opens', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${host.url}/`);
    const iframe = page.locator('#plain');
    await expect
      .poll(async () => Number(await iframe.getAttribute('height')), { timeout: 10_000 })
      .toBeGreaterThan(300);
    const before = Number(await iframe.getAttribute('height'));
    const frame = page.frameLocator('#plain');
    await frame.locator('svg [data-event-id]').first().click();
    await expect
      .poll(async () => Number(await iframe.getAttribute('height')), { timeout: 10_000 })
      .toBeGreaterThan(before);
    // The embed itself asks nothing of any other host.
    const fromEmbed = requests.filter((url) => !url.startsWith(host.url));
    expect(
      fromEmbed.every((url) => url.startsWith(site.url)),
      fromEmbed.join('\n'),
    ).toBe(true);
    await page.screenshot({ path: 'tests/.tmp/embed-host.png', fullPage: true });
    await page.close();
  });

  it('reports its height as WordPress expects inside a scripts-only sandbox', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/wordpress.html`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(Number(await page.locator('#wp').getAttribute('height'))).toBeGreaterThan(300);
    await page.close();
  });

  it('honours the theme and title options', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/embed/?theme=dark&title=0`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.locator('.embed-header').isVisible()).toBe(false);
    await page.goto(`${site.url}/embed/?theme=purple`);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(await page.locator('.embed-header').isVisible()).toBe(true);
    await page.close();
  });

  it('shows the default view for a hostile query, with no console error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(
      `${site.url}/embed/?from=%3Cscript%3Ealert(1)%3C/script%3E&to=99999999999&lanes=nope,%22%3E&event=../../etc&theme=%3Cx%3E&title=7`,
    );
    await page.locator('svg [data-event-id]').first().waitFor();
    expect(await page.locator('svg [data-event-id]').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens links in a new tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/embed/`);
    expect(await page.locator('base').getAttribute('target')).toBe('_blank');
    await page.close();
  });

  // The script replaces the static drawing and shows the controls: the server's HTML already keeps their room.
  for (const viewport of [
    { width: 800, height: 600 },
    { width: 600, height: 400 },
    { width: 360, height: 640 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps still while it loads at ${viewport.width} × ${viewport.height}: layout shift under 0.05`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${site.url}/embed/`);
      await page.locator('tl-timeline[data-ready]').waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shifts = await page.evaluate(
        () =>
          new Promise<number[]>((done) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
              done(entries.filter((entry) => !entry.hadRecentInput).map((entry) => entry.value));
            }).observe({ type: 'layout-shift', buffered: true });
            // No entry at all is delivered as no callback: nothing shifted.
            setTimeout(() => done([]), 500);
          }),
      );
      const total = shifts.reduce((sum, value) => sum + value, 0);
      expect(total, `layout shifts: ${shifts.join(', ')}`).toBeLessThan(0.05);
      await context.close();
    });
  }
});
