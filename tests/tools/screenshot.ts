// Takes screenshots of pages of a built site, for looking at what we made.
// Usage: node --experimental-strip-types tests/tools/screenshot.ts <dist> <out-dir> <path>... [--width=390] [--dark] [--full]
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findChromium, launchChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const args = process.argv.slice(2);
const flags = new Map(
  args
    .filter((a) => a.startsWith('--'))
    .map((a) => {
      const [key = '', value = ''] = a.slice(2).split('=');
      return [key, value] as const;
    }),
);
const [dist = 'dist', out = 'tests/.tmp/screenshots', ...paths] = args.filter((a) => !a.startsWith('--'));
const executable = findChromium();
if (executable === undefined) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');

const width = Number(flags.get('width') || 1280);
await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchChromium(executable);
const page = await browser.newPage({
  viewport: { width, height: Number(flags.get('height') || 900) },
  colorScheme: flags.has('dark') ? 'dark' : 'light',
  javaScriptEnabled: !flags.has('nojs'),
});
for (const path of paths) {
  await page.goto(server.url + path);
  const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${flags.has('dark') ? '-dark' : ''}.png`;
  await page.screenshot({ path: join(out, name), fullPage: flags.has('full') });
  console.log(join(out, name));
}
await browser.close();
await server.close();
