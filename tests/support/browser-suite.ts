import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from './build-site.ts';
import { findChromium, launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/**
 * Whether browser tests can run here. With CI=true a missing Chromium is a failure (CI must run every tier);
 * elsewhere the tier is skipped with a loud message, so a laptop without Chromium can still run `npm test`.
 */
export function chromiumOrSkip(): string | undefined {
  const path = findChromium();
  if (path !== undefined) return path;
  if (process.env['CI'] === 'true') {
    throw new Error(
      'CI=true but no Chromium was found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  console.warn(
    '\n!!! BROWSER TESTS SKIPPED: no Chromium found. Install chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. !!!\n',
  );
  return undefined;
}

export type { Browser };
export { launchChromium };

/** A built site served on a free port, and a browser to visit it with. */
export interface BuiltSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/**
 * For the suite around the call: build the content folder before its tests, or take the build of it this test run
 * already made (tests/support/build-site.ts), failing with the build's output; serve it, launch Chromium, and close
 * both after. `browser` and `server` are there once the
 * suite's tests run.
 */
export function useBuiltSite(
  contentDir: string,
  name: string,
  chromiumPath: string,
  env: Record<string, string> = {},
): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const build = buildSite(contentDir, name, env);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    server = await serveStatic(build.outDir);
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the site ${name} is not built and served yet`);
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
  };
}

/** A page in a context of its own, and the script errors it reports (console errors and uncaught exceptions). */
export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
}

/**
 * A new page at 1280 × 900 with reduced motion, unless `options` say otherwise: reduced motion makes every move of
 * the timeline immediate, so that tests need not wait for animations.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}
