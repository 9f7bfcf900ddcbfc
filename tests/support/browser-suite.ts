import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './chromium.ts';

/**
 * Whether browser tests can run here. With CI=true a missing Chromium is a failure (CI must run every tier);
 * elsewhere the tier is skipped with a loud message, so a laptop without Chromium can still run `npm test`.
 */
export function chromiumOrSkip(): string | undefined {
  const path = findChromium();
  if (path !== undefined) return path;
  if (process.env['CI'] === 'true') {
    throw new Error('CI=true but no Chromium was found: install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  console.warn(
    '\n!!! BROWSER TESTS SKIPPED: no Chromium found. Install chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. !!!\n',
  );
  return undefined;
}

export type { Browser };
export { launchChromium };
