import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTimeline } from '../../src/lib/load/index.ts';
import { chromiumOrSkip, launchChromium, type Browser } from '../support/browser-suite.ts';
import { buildSite } from '../support/build-site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const chromiumPath = chromiumOrSkip();
const ARTICLE = 'gazette-2021-03-04';

/** A free TCP port on this machine, for decap-server. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Start decap-server over `repo` and wait until it says it is ready. */
function startDecapServer(repo: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    // MODE is decap-server's own setting (fs: write files as they are), and vitest sets MODE=test for itself.
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: String(port), MODE: 'fs' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('configured with')) done(child);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`decap-server exited with ${code}:\n${output}`)));
  });
}

describe.skipIf(chromiumPath === undefined)('the web editor in local mode', () => {
  const repo = resolve('tests/.tmp/admin-editor-repo');
  const content = join(repo, 'content');
  let server: StaticServer | undefined;
  let decap: ChildProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(repo, { recursive: true });
    cpSync('tests/fixtures/small-site', content, { recursive: true });
    const port = await freePort();
    const build = buildSite('tests/fixtures/small-site', 'admin-editor-browser-site', {
      CMS_LOCAL_BACKEND_URL: `http://localhost:${port}/api/v1`,
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    decap = await startDecapServer(repo, port);
    // The published _headers apply: the editor must work under the relaxed /admin/ policy, and no looser one.
    server = await serveStatic(build.outDir, 0, { hostHeaders: true });
    browser = await launchChromium(chromiumPath!);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    decap?.kill();
  });

  it('creates an event whose quote is picked from the article, refusing a save with a problem first', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Decap offers its local mode only on localhost.
    const url = server!.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    await page.goto(`${url}/admin/#/collections/events/new`);
    await page.getByLabel('Title').fill('The bridge vote is approved');
    await page.getByLabel('Date', { exact: true }).fill('2021-02-30');
    await page.getByLabel('Lane').click();
    await page.getByText('Works', { exact: true }).click();
    await page.getByRole('button', { name: 'Add citations' }).click();
    const picker = page.locator('[data-citation-picker]');
    await picker.locator('select[name=article]').selectOption(ARTICLE);
    // A mouse selection from inside "council" to inside "bridge": the picker widens it to whole words.
    const paragraph = picker.locator('[data-paragraph="p1"]');
    await paragraph.evaluate((element) => {
      const text = element.firstChild!;
      const value = text.textContent!;
      const range = document.createRange();
      range.setStart(text, value.indexOf('ouncil on'));
      range.setEnd(text, value.indexOf('idge after') + 2);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await expect
      .poll(() => picker.locator('[data-quote]').textContent())
      .toBe('council on Tuesday approved the “new” harbour bridge');
    await page.getByLabel('Summary (Markdown)').fill('The council approved the bridge.');
    await page.screenshot({ path: 'tests/.tmp/admin-editor-picked.png', fullPage: true });

    expect(errors).toEqual([]);
    const before = readdirSync(join(content, 'events')).sort();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now', { exact: true }).click();
    await expect.poll(() => page.getByText('date: impossible date: "2021-02-30"').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'tests/.tmp/admin-editor-refused.png' });
    expect(readdirSync(join(content, 'events')).sort()).toEqual(before);
    // Decap lets the refused save's rejection go uncaught (reported as "Object"); only later errors would be ours.
    errors.length = 0;

    // Decap's text input keeps its old text when filled again by script: delete it key by key, as a person would.
    const date = page.getByLabel('Date', { exact: true });
    await date.press('End');
    for (let i = 0; i < '2021-02-30'.length; i++) await date.press('Backspace');
    await date.pressSequentially('2021-03-02');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Publish now', { exact: true }).click();
    const saved = join(content, 'events/the-bridge-vote-is-approved.md');
    await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);

    const timeline = await loadTimeline(content);
    const event = timeline.events.find((e) => e.id === 'the-bridge-vote-is-approved')!;
    const article = readFileSync(join(content, `articles/${ARTICLE}.md`), 'utf8');
    expect(event.citations[0]!.quote).toBe('council on Tuesday approved the “new” harbour bridge');
    expect(article).toContain(event.citations[0]!.quote);
    expect(event.citations[0]!.passage).toBe(event.citations[0]!.quote);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
