import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFile } from '../../src/lib/content-file/read-content-file.ts';
import { writeContentFile } from '../../src/lib/content-file/write-content-file.ts';
import { writeEventFile } from '../../src/lib/import/event-file.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Page } from 'playwright-core';
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

/** Click Publish, then Publish now, as an editor does to save. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish' }).click();
  try {
    await page.getByText('Publish now', { exact: true }).click({ timeout: 10_000 });
  } catch (error) {
    await page.screenshot({ path: 'tests/.tmp/admin-editor-publish-failed.png' });
    throw error;
  }
}

/** Decap's text inputs keep their old text when filled again by script: delete it key by key, as a person would. */
async function retype(page: Page, label: string, text: string): Promise<void> {
  // The first such field: a list (the gazetteer's places) repeats its labels, and its first item is the one edited.
  const input = page.getByLabel(label, { exact: true }).first();
  await input.press('End');
  const old = await input.inputValue();
  for (let i = 0; i < old.length; i++) await input.press('Backspace');
  await input.pressSequentially(text);
}

/**
 * Retype a field of an existing entry until Decap counts it as a change: right after an entry opens, Decap may still
 * be setting up its draft and then forgets an edit made in that moment (the form shows it, "Changes saved" stays).
 */
async function edit(page: Page, label: string, text: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await retype(page, label, text);
    const unsaved = page.getByText(/^unsaved changes$/i);
    if (
      await unsaved.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  await page.screenshot({ path: 'tests/.tmp/admin-editor-edit-failed.png' });
  throw new Error(`Decap did not take the edit of ${label}`);
}

/** The field's problem is shown next to it: right above its input, inside the same field. */
async function expectNextTo(page: Page, message: string, label: string): Promise<void> {
  const error = page.getByText(message).first();
  await expect.poll(() => error.isVisible(), { timeout: 10_000 }).toBe(true);
  const errorBox = (await error.boundingBox())!;
  const inputBox = (await page.getByLabel(label, { exact: true }).boundingBox())!;
  expect(errorBox.y + errorBox.height).toBeLessThanOrEqual(inputBox.y + 1);
  expect(inputBox.y - (errorBox.y + errorBox.height)).toBeLessThan(60);
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
    // The fixture files are hand-written in a looser style (the loader reads any valid YAML); content/ is in the
    // one canonical form (tests/unit/content-file), and so is this copy, so that an unchanged save can be compared.
    for (const name of readdirSync(join(content, 'events'))) {
      const path = join(content, 'events', name);
      const read = readContentFile(readFileSync(path, 'utf8'));
      if (!read.ok) throw new Error(`${path}: ${read.reason}`);
      writeFileSync(path, writeContentFile('events', read.fields));
    }
    // A draft as `npm run import` writes it, with the comments that say where it came from.
    writeFileSync(
      join(content, 'events/imported-ferry-draft.md'),
      writeEventFile({
        title: 'The ferry timetable is cut',
        date: '2018-05',
        lane: 'works',
        draft: true,
        actors: [],
        places: ['portville'],
        citations: [],
        summary: 'The ferry runs twice a day.',
        comments: ['Imported from sheet.csv, row 3 (npm run import).', 'Media: https://example.org/ferry.jpg'],
      }),
    );
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
    // The places are the gazetteer's, chosen by name; the file gets their ids.
    await page.getByLabel('Places (optional)', { exact: true }).click();
    await page.getByText('Portville', { exact: true }).click();
    await page.screenshot({ path: 'tests/.tmp/admin-editor-picked.png', fullPage: true });

    expect(errors).toEqual([]);
    const before = readdirSync(join(content, 'events')).sort();
    await publish(page);
    await expectNextTo(page, 'date: impossible date: "2021-02-30" (February 2021 has 28 days)', 'Date');
    await page.getByLabel('Date', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/.tmp/admin-editor-refused.png' });
    expect(readdirSync(join(content, 'events')).sort()).toEqual(before);

    // Decap lets the refused save's rejection go uncaught (reported as "undefined"); only later errors would be ours.
    errors.length = 0;
    await retype(page, 'Date', '2021-03-02');
    await publish(page);
    const saved = join(content, 'events/the-bridge-vote-is-approved.md');
    await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);

    const timeline = await loadTimeline(content);
    const event = timeline.events.find((e) => e.id === 'the-bridge-vote-is-approved')!;
    const article = readFileSync(join(content, `articles/${ARTICLE}.md`), 'utf8');
    expect(event.citations[0]!.quote).toBe('council on Tuesday approved the “new” harbour bridge');
    expect(article).toContain(event.citations[0]!.quote);
    expect(event.citations[0]!.passage).toBe(event.citations[0]!.quote);
    expect(event.places).toEqual(['portville']);
    expect(readFileSync(saved, 'utf8')).toContain('\nplaces: ["portville"]\n');
    expect(errors).toEqual([]);
    await context.close();

    // A rebuild of the edited copy shows the event with its quote, and the passage highlighted in the article's text.
    const rebuilt = buildSite(content, 'admin-editor-rebuilt');
    if (rebuilt.status !== 0) throw new Error(`rebuild failed:\n${rebuilt.output}`);
    const eventPage = readFileSync(join(rebuilt.outDir, 'events/the-bridge-vote-is-approved/index.html'), 'utf8');
    expect(eventPage).toContain('>council on Tuesday approved the “new” harbour bridge</blockquote>');
    const sourcePage = readFileSync(join(rebuilt.outDir, `sources/${ARTICLE}/index.html`), 'utf8');
    expect(sourcePage).toContain('<mark>council on Tuesday approved the “new” harbour bridge</mark>');
    expect(sourcePage).toContain('href="/events/the-bridge-vote-is-approved/#citation-1"');
  }, 400_000);

  it('saves an existing event, and an imported draft with its comments, byte for byte as they were', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const url = server!.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    for (const id of ['council-vote', 'imported-ferry-draft']) {
      const path = join(content, `events/${id}.md`);
      const before = readFileSync(path, 'utf8');
      // A fresh page for each entry: a change of the address's #part alone can leave Decap on the last entry.
      await page.goto('about:blank');
      await page.goto(`${url}/admin/#/collections/events/entries/${id}`);
      const title = page.getByLabel('Title', { exact: true });
      const read = readContentFile(before);
      if (!read.ok) throw new Error(`${path}: ${read.reason}`);
      const original = String(read.fields['title']);
      await expect.poll(() => title.inputValue(), { timeout: 60_000 }).toBe(original);
      // Decap offers to publish only a changed entry: save a changed title, then the title as it was.
      await edit(page, 'Title', `${original} (edited)`);
      await publish(page);
      await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 30_000 }).toContain('(edited)');
      // Decap counts a change against the entry as it was opened: open the edited one afresh to change it back.
      await page.getByText(/^changes saved$/i).waitFor({ timeout: 30_000 });
      const edited = statSync(path).mtimeMs;
      await page.reload();
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(`${original} (edited)`);
      await edit(page, 'Title', original);
      await publish(page);
      await expect.poll(() => statSync(path).mtimeMs, { timeout: 30_000 }).not.toBe(edited);
      // decap-server truncates the file before it writes it: read until the write is whole.
      await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 30_000 }).toBe(before);
    }
    await context.close();
  }, 300_000);

  it('saves a draft without a citation, and refuses to publish it without one, next to the citations', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const url = server!.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    await page.goto(`${url}/admin/#/collections/events/new`);
    await page.getByLabel('Title').fill('A tunnel is studied');
    await page.getByLabel('Date', { exact: true }).fill('2023');
    await page.getByLabel('Lane').click();
    await page.getByText('Works', { exact: true }).click();
    await page.getByLabel('Status').click();
    await page.getByText('draft', { exact: true }).click();
    await page.getByLabel('Summary (Markdown)').fill('Engineers study a tunnel.');
    await publish(page);
    const saved = join(content, 'events/a-tunnel-is-studied.md');
    await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);
    expect(readFileSync(saved, 'utf8')).toBe(
      '---\ntitle: "A tunnel is studied"\ndate: "2023"\nlane: works\nstatus: draft\n---\nEngineers study a tunnel.\n',
    );

    await page.goto(`${url}/admin/#/collections/events/entries/a-tunnel-is-studied`);
    await expect.poll(() => page.getByLabel('Title', { exact: true }).inputValue(), { timeout: 30_000 }).not.toBe('');
    await page.getByLabel('Status').click();
    await page.getByText('published', { exact: true }).click();
    const written = readFileSync(saved, 'utf8');
    await publish(page);
    await expect
      .poll(() => page.getByText('citations: every event needs at least one citation').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: 'tests/.tmp/admin-editor-draft-refused.png' });
    expect(readFileSync(saved, 'utf8')).toBe(written);
    await context.close();
  }, 300_000);

  it('edits the gazetteer, places.yaml, in its one written form, which the build reads', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const url = server!.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    await page.goto(`${url}/admin/#/collections/places/entries/places`);
    const path = join(content, 'places.yaml');
    const before = readFileSync(path, 'utf8');
    // The list shows each place by its name and id, folded; unfold them all.
    await page.getByText('Portville (portville)').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Expand', exact: true }).first().click();
    const name = page.getByLabel('Name', { exact: true }).first();
    await expect.poll(() => name.inputValue(), { timeout: 30_000 }).toBe('Portville');
    expect(await page.getByLabel('Latitude', { exact: true }).first().inputValue()).toBe('46.35');
    await page.screenshot({ path: 'tests/.tmp/admin-editor-places.png', fullPage: true });
    await edit(page, 'Name', 'Portville/Harbourtown');
    await publish(page);
    // Only the name changed, in the form writePlacesFile writes (the fixture's file is in it already); decap-server
    // truncates the file before it writes it, so read until the write is whole.
    const after = before.replace('name: "Portville"', 'name: "Portville/Harbourtown"');
    await expect.poll(() => readFileSync(path, 'utf8'), { timeout: 30_000 }).toBe(after);
    const timeline = await loadTimeline(content);
    expect(timeline.places.find((place) => place.id === 'portville')!.name).toBe('Portville/Harbourtown');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('adds a source article whose paragraphs the build reads', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const url = server!.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${url}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
    await page.goto(`${url}/admin/#/collections/articles/new`);
    await page.getByLabel('Title', { exact: true }).fill('Ferry service ends');
    await page.getByLabel('Outlet', { exact: true }).fill('The Fixture Gazette');
    await page.getByLabel('Outlet note', { exact: true }).fill('An invented newspaper used by the tests.');
    await page.getByLabel('Perspective', { exact: true }).fill('Invented local newspaper');
    await page.getByLabel('Published', { exact: true }).fill('2018-05-02');
    await page.getByLabel('Published basis').click();
    await page.getByText('stated', { exact: true }).click();
    await page.getByLabel('Published note', { exact: true }).fill('The page gives the date.');
    await page.getByLabel('Language', { exact: true }).fill('en');
    await page.getByLabel('Seed', { exact: true }).fill('gazette-3.txt');
    await page
      .getByLabel('Article text (paragraphs separated by a blank line)')
      .fill('The last ferry crossed the harbour on Tuesday.\n\nThe council thanked its crew.');
    await publish(page);
    const saved = join(content, 'articles/ferry-service-ends.md');
    await expect.poll(() => existsSync(saved), { timeout: 30_000 }).toBe(true);
    const timeline = await loadTimeline(content);
    const article = timeline.articles.find((a) => a.id === 'ferry-service-ends')!;
    expect(article.blocks.map((block) => block.text)).toEqual([
      'The last ferry crossed the harbour on Tuesday.',
      'The council thanked its crew.',
    ]);
    expect(readFileSync(saved, 'utf8')).toContain('outlet: "The Fixture Gazette"\n');
    await context.close();
  }, 300_000);
});
