import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { biberOrSkip, biberProblems } from '../support/biber.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';
import { git, makeHistoryRepo } from '../support/history-repo.ts';
import { javaOrSkip, vnuErrors } from '../support/vnu.ts';

const hasJava = javaOrSkip();
const hasBiber = biberOrSkip();
const NOTICE = /\[content-history\] No content history/g;

// A content repository with a known history (tests/support/history-repo.ts), built with history on.
describe('a site built from a content repository with history', () => {
  let build: BuildResult;
  let pages: Map<string, DistPage>;
  const page = (path: string) => {
    const found = pages.get(path);
    if (found === undefined) throw new Error(`no page ${path}`);
    return found;
  };
  const times = (path: string) =>
    [...page(path).document.querySelectorAll('.page-dates time')].map((t) => t.getAttribute('datetime'));
  const jsonLd = (path: string) =>
    JSON.parse(page(path).document.querySelector('script[type="application/ld+json"]')!.textContent!);
  const versionsOf = (id: string) =>
    [...page(`/events/${id}/history/`).document.querySelectorAll('.version-entry__heading a')].map((a) =>
      a.getAttribute('href')!,
    );

  beforeAll(() => {
    const content = makeHistoryRepo('history-repo');
    build = buildSite(content, 'history-site', { TIMELINE_HISTORY: 'on', TIMELINE_BUILD_DATE: '2026-12-05' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = new Map(readDistPages(build.outDir).map((p) => [p.path, p]));
  });

  it('dates a page by its first and last change of substance, in words and in <time datetime>', () => {
    expect(page('/events/bridge-opens/').document.querySelector('.page-dates')!.textContent).toMatch(
      /Published 23 November 2026 · Updated 2 December 2026/,
    );
    expect(times('/events/bridge-opens/')).toEqual(['2026-11-23', '2026-12-02']);
    // Reformatted on 25 November only: not an update.
    expect(times('/events/council-vote/')).toEqual(['2026-11-20']);
    expect(page('/events/council-vote/').document.querySelector('.page-dates')!.textContent).not.toMatch(/Updated/);
    expect(times('/events/ferry-closed/')).toEqual(['2026-11-20', '2026-11-23']);
    expect(times('/sources/gazette-2022-06/')).toEqual(['2026-11-20', '2026-12-02']);
  });

  it('lets frontmatter override history, and dates uncommitted changes by the build day, saying so once', () => {
    expect(times('/events/mayor-statement/')[0]).toBe('2020-01-15');
    expect(times('/events/works-period/')).toEqual(['2026-11-20', '2026-12-05']);
    expect(build.output.match(/uncommitted changes/g)).toHaveLength(1);
    expect(build.output).not.toMatch(NOTICE);
  });

  it('puts the page dates in JSON-LD, meta tags and the page citation', () => {
    expect(jsonLd('/events/bridge-opens/')).toMatchObject({
      datePublished: '2026-11-23',
      dateModified: '2026-12-02',
    });
    expect(jsonLd('/sources/gazette-2022-06/')).toMatchObject({ dateModified: '2026-12-02' });
    const meta = page('/events/bridge-opens/').document.querySelector('meta[name="citation_publication_date"]');
    expect(meta!.getAttribute('content')).toBe('2026/12/02');
    const [pageItem, versionItem] = JSON.parse(readFileSync(join(build.outDir, 'cite/bridge-opens.json'), 'utf8'));
    expect(pageItem).toMatchObject({
      URL: 'http://localhost:4321/events/bridge-opens/',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
    expect(versionItem.URL).toMatch(
      /^http:\/\/localhost:4321\/events\/bridge-opens\/versions\/2026-12-02-[0-9a-f]{8}\/$/,
    );
  });

  it('lists every version on the history page with a one-line description, newest first', () => {
    expect(versionsOf('bridge-opens')).toEqual([
      expect.stringMatching(/^\/events\/bridge-opens\/versions\/2026-12-02-[0-9a-f]{8}\/$/),
      expect.stringMatching(/^\/events\/bridge-opens\/versions\/2026-11-23-[0-9a-f]{8}\/$/),
    ]);
    const history = page('/events/bridge-opens/history/').document;
    const changes = [...history.querySelectorAll('.version-entry__changes')].map((p) => p.textContent);
    expect(changes).toEqual([
      'Date changed from 2022-06 to 2022-06-10; summary changed; citation added.',
      'First published.',
    ]);
    expect(page('/events/bridge-opens/').document.querySelector('.page-dates a')!.getAttribute('href')).toBe(
      '/events/bridge-opens/history/',
    );
    expect(versionsOf('council-vote')).toHaveLength(1);
    expect(page('/events/bridge-opens/history/').document.querySelector('[data-article-changes]')!.textContent).toMatch(
      /changed\s+on 2 December 2026/,
    );
  });

  it('shows what changed between versions as a word-level diff', () => {
    const diff = page('/events/bridge-opens/history/').document.querySelector('.version-diff')!;
    const fields = [...diff.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(fields).toEqual(['Date', 'Summary', 'Citations']);
    const summary = diff.querySelectorAll('dd')[1]!;
    expect(summary.textContent).toMatch(/^The bridge opened \[added: to traffic on 10 June\]\.$/);
    expect(summary.querySelector('ins')!.textContent).toContain('to traffic on 10 June');
    expect(diff.querySelectorAll('dd')[2]!.querySelector('ins')!.textContent).toContain('Opponents said');
  });

  it('builds a permanent page per version with what it said, a banner, noindex and a self-canonical link', () => {
    for (const id of ['bridge-opens', 'council-vote', 'ferry-closed', 'mayor-statement', 'works-period']) {
      for (const href of versionsOf(id)) {
        const doc = page(href).document;
        expect(doc.querySelector('.version-banner')!.textContent, href).toMatch(/^\s*You are reading the version of/);
        expect(doc.querySelector('.version-banner a')!.getAttribute('href')).toBe(`/events/${id}/`);
        expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
        expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`http://localhost:4321${href}`);
      }
    }
    const [newest, first] = versionsOf('bridge-opens');
    const old = page(first!).document;
    expect(old.querySelector('h1')!.textContent).toBe('Bridge opens');
    expect(old.querySelector('.event-page__summary')!.textContent!.trim()).toBe('The bridge opened.');
    expect(old.querySelectorAll('.citation')).toHaveLength(1);
    expect(old.querySelector('.version-banner')!.textContent).toMatch(/23 November 2026\. Read the current version/);
    expect(page(newest!).document.querySelectorAll('.citation')).toHaveLength(2);
  });

  it('shows an old version that today’s schema rejects, its refused Markdown as escaped text', () => {
    const [, first] = versionsOf('ferry-closed');
    const old = page(first!);
    expect(old.document.querySelector('.event-card__meta')!.textContent).toContain('harbour-works');
    expect(old.document.querySelector('.version-raw__text')!.textContent).toContain('closed <b>for good</b>.');
    expect(old.html).toContain('&lt;b&gt;for good&lt;/b&gt;');
    expect(old.document.querySelector('.event-page__summary b')).toBeNull();
  });

  it('cites a version by its date and permanent address in every format', () => {
    const [, first] = versionsOf('bridge-opens');
    const doc = page(first!).document;
    const url = `http://localhost:4321${first}`;
    const copy = (format: string) => doc.querySelector(`#cite-0-${format}`)!.getAttribute('data-copy-text')!;
    expect(doc.querySelector('#cite-entry-0')!.textContent).toBe('This version (23 November 2026)');
    const [csl] = JSON.parse(copy('csl-json'));
    expect(csl).toMatchObject({
      URL: url,
      issued: { 'date-parts': [[2026, 11, 23]] },
      title: 'Bridge opens (June 2022)',
    });
    for (const format of ['bibtex', 'ris']) {
      const [item] = new Cite(copy(format)).data as { URL: string; issued: { 'date-parts': number[][] } }[];
      expect(item, format).toMatchObject({ URL: url, issued: { 'date-parts': [[2026, 11, 23]] } });
    }
    for (const style of ['apa', 'mla', 'chicago', 'harvard']) expect(copy(style), style).toContain(url);
    // The event page offers its current version too.
    const labels = [...page('/events/bridge-opens/').document.querySelectorAll('.cite-entry__label')].map(
      (h) => h.textContent,
    );
    expect(labels.slice(0, 2)).toEqual(['This event page', 'This version (2 December 2026)']);
  });

  it.skipIf(!hasBiber)('writes citation files with version entries that biber accepts', () => {
    const files = ['bridge-opens', 'ferry-closed', 'council-vote'].map((id) => join(build.outDir, `cite/${id}.bib`));
    expect(readFileSync(files[0]!, 'utf8')).toMatch(/@online\{bridge_opens_version_2026_12_02_[0-9a-f]{8},/);
    expect(biberProblems(files)).toEqual([]);
  });

  it.skipIf(!hasJava)('writes valid HTML on the history and version pages', () => {
    const files = [...pages.values()].filter((p) => /\/(history|versions)\//.test(p.path)).map((p) => p.file);
    expect(files.length).toBeGreaterThan(6);
    expect(vnuErrors(files)).toEqual([]);
  });
});

describe('a site built from a shallow clone', () => {
  let build: BuildResult;
  let pages: Map<string, DistPage>;

  beforeAll(() => {
    const content = makeHistoryRepo('history-shallow-source');
    const clone = resolve('tests/.tmp/history-shallow-source/clone');
    git(resolve(content, '..'), ['add', '-A']);
    git(resolve(content, '..'), ['commit', '-q', '-m', 'Work period'], '2026-12-03');
    git(resolve('tests/.tmp/history-shallow-source'), [
      'clone',
      '-q',
      '--depth',
      '1',
      `file://${resolve(content, '..')}`,
      clone,
    ]);
    build = buildSite(join(clone, 'content'), 'history-shallow', { TIMELINE_HISTORY: 'on' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = new Map(readDistPages(build.outDir).map((p) => [p.path, p]));
  });

  it('says once that it has no history, and why', () => {
    expect(build.output.match(NOTICE)).toHaveLength(1);
    expect(build.output).toMatch(/No content history \(the repository is a shallow clone\)/);
  });

  it('shows no dates but the frontmatter’s, and no version pages', () => {
    expect(pages.get('/events/bridge-opens/')!.document.querySelector('.page-dates time')).toBeNull();
    const mayor = pages.get('/events/mayor-statement/')!.document.querySelector('.page-dates time');
    expect(mayor!.getAttribute('datetime')).toBe('2020-01-15');
    expect([...pages.keys()].filter((path) => path.includes('/versions/'))).toEqual([]);
    expect(pages.get('/events/bridge-opens/history/')!.document.querySelector('[data-history="none"]')).not.toBeNull();
  });
});
