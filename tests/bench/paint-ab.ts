// `npm run bench:paint -- <dist folder> <dist folder> …`: the first contentful paint of several built sites' home
// pages, loaded in turn (a, b, c, a, b, c, …) so that a busy machine slows each of them alike; prints the median and
// every load per site. For before/after comparisons: keep a copy of tests/.tmp/bench/<size>/dist from before the
// change, build again, and name both. `--rounds=15` (the default) loads each page that many times.
import { resolve } from 'node:path';
import { findChromium, launchChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const args = process.argv.slice(2);
const rounds = Number(args.find((arg) => arg.startsWith('--rounds='))?.split('=')[1] ?? 15);
const sites = args.filter((arg) => !arg.startsWith('--')).map((dir) => resolve(dir));
if (sites.length === 0) throw new Error('Name one or more built sites (folders holding index.html).');
const executable = findChromium();
if (executable === undefined) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');

// Served gzipped, as a static host would, and each page requested once first so that its compressed copy is ready.
const servers = await Promise.all(sites.map((dir) => serveStatic(dir, 0, { gzip: true })));
for (const server of servers) {
  await (await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
}
const browser = await launchChromium(executable);
const paints: number[][] = sites.map(() => []);
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 120_000 });
      const paint = await page.evaluate(
        () =>
          new Promise<number>((done) =>
            new PerformanceObserver((list) =>
              done(list.getEntries().find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? Number.NaN),
            ).observe({ type: 'paint', buffered: true }),
          ),
      );
      paints[i]?.push(paint);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
for (const [i, dir] of sites.entries()) {
  const values = paints[i] ?? [];
  console.log(
    `${(median(values) ?? Number.NaN).toFixed(0).padStart(5)} ms median of ${values.length}  ${dir}\n      (${values.map((v) => v.toFixed(0)).join(' ')})`,
  );
}
