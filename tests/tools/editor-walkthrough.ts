// The README's "Add your first event", done for real: import the TimelineJS sheet fixture into a copy of the small
// fixture site, open the imported draft in the web editor (local mode, as `npm run editor` runs it), cite two
// passages, publish, and look at the event in the dev site. Screenshots of each step go to the out folder.
// Usage: node --experimental-strip-types tests/tools/editor-walkthrough.ts [out-dir] [--width=1000]
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from '../support/chromium.ts';

const args = process.argv.slice(2);
const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/.tmp/editor-walkthrough-shots');
const width = Number(args.find((a) => a.startsWith('--width='))?.slice('--width='.length) || 1000);
const root = resolve('tests/.tmp/editor-walkthrough');
const content = join(root, 'content');
const DEV_PORT = 4471;
const DECAP_PORT = 8471;
const DRAFT = 'old-ferry-closes-1994';

const executable = findChromium();
if (executable === undefined) throw new Error('No Chromium found: install Debian chromium or set CHROMIUM_PATH.');
rmSync(root, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('tests/fixtures/small-site', content, { recursive: true });
// The fixture already has this event, cited; here it arrives from the sheet as a draft instead.
rmSync(join(content, 'events/ferry-closed.md'));

const env = { ...process.env, TIMELINE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
console.log('$ npm run import -- tests/fixtures/import/timelinejs-sheet.csv');
const imported = spawnSync(
  process.execPath,
  ['--experimental-strip-types', 'src/cli/import-events.ts', 'tests/fixtures/import/timelinejs-sheet.csv'],
  { env, encoding: 'utf8' },
);
console.log(imported.stdout + imported.stderr);
// As the import asks: paste the lines it printed for the sheet's new group into timeline.yaml, under `lanes:`.
const lanesToAdd = /under `lanes:`\)?:?\n(?:.*\n)?((?: {2}- id: .*\n(?: {4}.*\n)+)+)/.exec(imported.stdout)?.[1];
if (lanesToAdd !== undefined) {
  const config = join(content, 'timeline.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/\neras:/, `\n${lanesToAdd.trimEnd()}\neras:`));
}
console.log(readFileSync(join(content, `events/${DRAFT}.md`), 'utf8'));

/** Start a child and wait for a line of its output that says it is ready. */
function startUntil(command: string[], childEnv: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) done(child);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`${command.join(' ')} exited with ${code}:\n${output}`)));
  });
}

const decap = await startUntil(
  [resolve('node_modules/decap-server/dist/index.js')],
  { ...env, GIT_REPO_DIRECTORY: root, PORT: String(DECAP_PORT), MODE: 'fs' },
  /configured with/,
);
const startDev = () =>
  startUntil(
    [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(DEV_PORT)],
    { ...env, CMS_LOCAL_BACKEND_URL: `http://localhost:${DECAP_PORT}/api/v1` },
    /localhost:\d+/,
  );
let dev = await startDev();
const site = `http://localhost:${DEV_PORT}`;
const browser = await launchChromium(executable);
let step = 0;

async function shot(page: Page, name: string, clip?: { selector: string }): Promise<void> {
  step += 1;
  const path = join(out, `${String(step).padStart(2, '0')}-${name}.png`);
  if (clip === undefined) await page.screenshot({ path });
  else await page.locator(clip.selector).first().screenshot({ path });
  console.log(path);
}

/** Select a passage with the mouse as a person does: press at its first word, drag to its last, release. */
async function selectPassage(page: Page, citation: number, paragraph: string, from: string, to: string): Promise<void> {
  const element = page
    .locator('[data-citation-picker]')
    .nth(citation)
    .locator('[data-paragraph]', { hasText: paragraph });
  await element.scrollIntoViewIfNeeded();
  const points = await element.evaluate(
    (p, [start, end]) => {
      const text = p.firstChild as Text;
      const value = text.textContent ?? '';
      const at = (offset: number) => {
        const range = document.createRange();
        range.setStart(text, offset);
        range.setEnd(text, offset + 1);
        const box = range.getBoundingClientRect();
        return { x: box.left + 1, y: box.top + box.height / 2 };
      };
      return {
        start: at(value.indexOf(start as string)),
        end: at(value.indexOf(end as string) + (end as string).length - 1),
      };
    },
    [from, to],
  );
  await page.mouse.move(points.start.x, points.start.y);
  await page.mouse.down();
  await page.mouse.move(points.end.x, points.end.y, { steps: 8 });
  await page.mouse.up();
}

try {
  const page = await browser.newPage({ viewport: { width, height: 760 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${site}/admin/`, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 180_000 });
  await page.getByText('Old ferry closes').first().waitFor({ timeout: 60_000 });
  await shot(page, 'events-with-imported-drafts');

  await page.goto(`${site}/admin/#/collections/events/entries/${DRAFT}`);
  const title = page.getByLabel('Title', { exact: true });
  await title.waitFor({ timeout: 60_000 });
  await shot(page, 'imported-draft');

  await page.getByLabel('Status').click();
  await page.getByText('published', { exact: true }).click();
  await page.getByRole('button', { name: 'Add citations' }).click();
  await page.locator('[data-citation-picker] select[name=article]').nth(0).selectOption('gazette-2021-03-04');
  await selectPassage(page, 0, 'Plans for a bridge', 'Plans', '1994');
  await shot(page, 'first-passage-picked');
  await page.getByRole('button', { name: 'Add citations' }).click();
  await page.locator('[data-citation-picker] select[name=article]').nth(1).selectOption('gazette-2021-03-04');
  await selectPassage(page, 1, 'Plans for a bridge', 'when', 'closed');
  await page.locator('[data-citation-picker]').nth(1).scrollIntoViewIfNeeded();
  await shot(page, 'two-passages-picked');

  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Publish now', { exact: true }).click();
  const saved = join(content, `events/${DRAFT}.md`);
  for (let i = 0; i < 60 && readFileSync(saved, 'utf8').includes('status: draft'); i++) {
    await new Promise((done) => setTimeout(done, 500));
  }
  console.log(readFileSync(saved, 'utf8'));
  await shot(page, 'published');

  // The dev server does not reload the content folder when decap-server writes a file into it (see the report):
  // restart it, as an editor restarts `npm run editor`.
  dev.kill();
  await new Promise((done) => dev.once('exit', done));
  dev = await startDev();
  await page.goto(`${site}/`, { waitUntil: 'load', timeout: 240_000 });
  await shot(page, 'on-the-timeline');
  await page.goto(`${site}/events/${DRAFT}/`, { waitUntil: 'load', timeout: 240_000 });
  await shot(page, 'event-page');
  await page.goto(`${site}/sources/gazette-2021-03-04/#p2`, { waitUntil: 'load', timeout: 240_000 });
  await shot(page, 'passages-highlighted-in-the-article');
  await page.close();
} finally {
  await browser.close();
  dev.kill();
  decap.kill();
}
