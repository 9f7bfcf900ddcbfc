import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCorrectionsLog } from '../../src/lib/corrections/corrections-log.ts';
import { describeTranslationCoverage, loadTimeline } from '../../src/lib/load/index.ts';
import type { Timeline } from '../../src/lib/timeline-model.ts';
import { buildSite, smallSiteWith, type BuildResult } from '../support/build-site.ts';
import { BROKEN_SITE_PROBLEMS } from '../fixtures/broken-site/expected-problems.ts';
import { idsOf, isEditorPage, readDistPages, type DistPage } from '../support/dist-pages.ts';
import { javaOrSkip, vnuErrors } from '../support/vnu.ts';

const hasJava = javaOrSkip();

// The small fixture (every page type, predictable content), the real content (the product), and the small fixture
// again with the one-line reader list that very large timelines get (see src/lib/reader-list-form.ts).
const sites = [
  { name: 'small-site', content: () => 'tests/fixtures/small-site', list: 'cards' },
  { name: 'real-site', content: () => 'content', list: 'cards' },
  {
    name: 'titles-list-site',
    content: () => smallSiteWith('titles-list-content', 'readerList: titles'),
    list: 'titles',
  },
] as const;

describe.each(sites)('the built $name', ({ name, content: prepareContent, list }) => {
  let build: BuildResult;
  let timeline: Timeline;
  let pages: DistPage[];
  let byPath: Map<string, DistPage>;

  beforeAll(async () => {
    const content = prepareContent();
    timeline = await loadTimeline(content);
    build = buildSite(content, name);
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = readDistPages(build.outDir);
    byPath = new Map(pages.map((page) => [page.path, page]));
  });

  it('has a page for every event and every article, and the index pages', () => {
    for (const event of timeline.events) expect(byPath.has(`/events/${event.id}/`), event.id).toBe(true);
    for (const article of timeline.articles) expect(byPath.has(`/sources/${article.id}/`), article.id).toBe(true);
    for (const path of ['/', '/sources/', '/about/', '/corrections/', '/404.html']) {
      expect(byPath.has(path), path).toBe(true);
    }
  });

  it('lists every correction on /corrections/, or says that there are none yet', () => {
    const log = byPath.get('/corrections/')!.document;
    const count = toCorrectionsLog(timeline).length;
    expect(log.querySelectorAll('.corrections-log__item')).toHaveLength(count);
    expect(log.querySelector('.corrections-log__empty')?.textContent ?? null).toBe(
      count === 0 ? 'No corrections yet: no page has been corrected since it was published.' : null,
    );
  });

  it('lists every event on the home page, in chronological order', () => {
    const home = byPath.get('/')!;
    const ids = [...home.document.querySelectorAll('[data-event-id]')].map((el) => el.getAttribute('data-event-id'));
    expect(ids).toEqual(timeline.events.map((event) => event.id));
  });

  it('links every citation to an existing paragraph that holds the quoted passage, highlighted', () => {
    let checked = 0;
    // The embed page carries the event cards too (hidden, for its detail panel): its links are checked, not counted.
    for (const page of pages) {
      for (const link of page.document.querySelectorAll('a.citation__link')) {
        const href = link.getAttribute('href') ?? '';
        // An edition in another language links to its own source pages (`/ru/sources/…`).
        const match = /^((?:\/[a-zA-Z-]+)?\/sources\/[^/]+\/)#(p\d+):~:text=(.+)$/.exec(href);
        expect(match, `${page.path}: ${href}`).not.toBeNull();
        const [, target = '', paragraphId = ''] = match!;
        const source = byPath.get(target);
        expect(source, `${page.path} links to missing ${target}`).toBeDefined();
        const paragraph = source!.document.getElementById(paragraphId);
        expect(paragraph, `${target}#${paragraphId}`).not.toBeNull();
        expect(paragraph!.querySelector('mark'), `${target}#${paragraphId} has no highlight`).not.toBeNull();
        // Counted once, in the original language: each edition repeats them.
        const edition = timeline.translations.some(({ language }) => page.path.startsWith(`/${language}/`));
        if (!page.path.startsWith('/embed/') && !edition) checked++;
      }
    }
    const citations = timeline.events.reduce((n, e) => n + e.citations.length, 0);
    // Each citation appears on its event page, and on the home page where it lists cards.
    expect(checked).toBe(citations * (list === 'cards' ? 2 : 1));
  });

  it(`lists the events on the home page as ${list}, each linked to its page`, () => {
    const home = byPath.get('/')!.document;
    const items = [...home.querySelectorAll('.reader-timeline li[data-event-id]')];
    expect(items.map((item) => item.getAttribute('data-event-id'))).toEqual(timeline.events.map((event) => event.id));
    for (const [i, item] of items.entries()) {
      const event = timeline.events[i]!;
      expect(item.querySelector(`a[href="/events/${event.id}/"]`)?.textContent, event.id).toBe(event.title);
      expect(item.querySelector('time.event-date'), event.id).not.toBeNull();
      expect(item.querySelector('.lane-label')?.textContent, event.id).toBe(
        timeline.config.lanes.find((lane) => lane.id === event.lane)?.label,
      );
    }
    const embedCards = byPath.get('/embed/')!.document.querySelectorAll('.embed-reader-list li[data-event-id]').length;
    // Lines and cards carry no colour of their own: the page's stylesheet has one rule per lane (minified: no quotes
    // around an id that needs none, #aa5500 written #a50).
    const stylesheet = home.querySelector('head link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const laneRules = readFileSync(join(build.outDir, stylesheet), 'utf8').toLowerCase();
    const short = (colour: string) => colour.toLowerCase().replace(/^#(.)\1(.)\2(.)\3$/, '#$1$2$3');
    for (const lane of timeline.config.lanes) {
      expect(laneRules).toContain(`[data-lane=${lane.id}]{--lane-colour:${short(lane.colour)}}`);
    }
    if (list === 'cards') {
      expect(
        items.every((item) => item.matches('.event-card') && item.querySelector('.event-card__summary') !== null),
      ).toBe(true);
      // The embed's detail panel copies from cards on its own page.
      expect(embedCards).toBe(timeline.events.length);
    } else {
      expect(items.every((item) => item.matches('.event-line'))).toBe(true);
      expect(home.querySelector('.event-card__summary, .citations, .editor-note')).toBeNull();
      // The panel reads the event pages instead: no hidden cards in the embed either.
      expect(embedCards).toBe(0);
      expect(home.querySelector('.how-made')?.textContent).toContain(
        "the event's own page gives its summary and quotes",
      );
    }
  });

  it('has no broken internal link or fragment anywhere', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of page.document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|data:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${page.path}`);
        const [fragment = ''] = url.hash.slice(1).split(':~:');
        const targetPath = url.pathname;
        const isFile = /\.[a-z0-9]+$/i.test(targetPath);
        const exists = isFile ? existsSync(join(build.outDir, targetPath)) : byPath.has(targetPath);
        if (!exists) {
          broken.push(`${page.path} -> ${raw}`);
          continue;
        }
        if (fragment !== '' && !isFile && !idsOf(byPath.get(targetPath)!).has(decodeURIComponent(fragment))) {
          broken.push(`${page.path} -> ${raw} (no id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes HTML that passes html-validate', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Page titles are the event's or article's own title plus the site name; search-engine length advice does not apply.
        'long-title': 'off',
        // A group of checkboxes (the search filters) shares one name, as HTML forms intend.
        'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
      },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(`${page.path}:${message.line}: ${message.ruleId}: ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.skipIf(!hasJava)('writes HTML that the Nu HTML Checker (vnu) finds no error in, on every page', () => {
    expect(vnuErrors(pages.map((page) => page.file))).toEqual([]);
  });

  it('writes no inline script, <style> element or style attribute: the Content-Security-Policy forbids them', () => {
    const inline: string[] = [];
    for (const page of pages) {
      for (const script of page.document.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type') ?? '';
        // JSON data blocks are not scripts: the policy does not apply to them.
        if (type !== 'application/json' && type !== 'application/ld+json') inline.push(`${page.path}: <script>`);
      }
      if (page.document.querySelector('style') !== null) inline.push(`${page.path}: <style>`);
      for (const element of page.document.querySelectorAll('[style]')) {
        inline.push(`${page.path}: style="${element.getAttribute('style')}"`);
      }
    }
    expect(inline).toEqual([]);
  });

  it("makes every page wait for one small stylesheet before its first paint, and for no script but the embed's theme", () => {
    const stylesheets = new Set<string>();
    for (const page of pages.filter((page) => !isEditorPage(page))) {
      const links = [...page.document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
        link.getAttribute('href'),
      );
      expect(links, page.path).toHaveLength(1);
      stylesheets.add(links[0] ?? '');
      // A classic script without async or defer stops the parser, and so the first paint, until it has run.
      const blocking = [...page.document.querySelectorAll('script[src]')]
        .filter((script) => !script.hasAttribute('async') && !script.hasAttribute('defer'))
        .filter((script) => script.getAttribute('type') !== 'module')
        .map((script) => script.getAttribute('src'));
      // The embed of every edition (`/embed/`, `/ru/embed/`) reads its theme before painting.
      expect(blocking, page.path).toEqual(/^(\/[a-zA-Z-]+)?\/embed\/$/.test(page.path) ? ['/embed-theme.js'] : []);
    }
    // One file for the whole site, so a reader's second page finds it in the cache.
    expect([...stylesheets]).toHaveLength(1);
    const css = readFileSync(join(build.outDir, [...stylesheets][0] ?? ''));
    expect(gzipSync(css).length).toBeLessThanOrEqual(8 * 1024);
  });

  it('links an icon from every page, the embed included, and answers /favicon.ico', () => {
    for (const page of pages) {
      expect(page.document.querySelector('link[rel="icon"]')?.getAttribute('href'), page.path).toBe('/favicon.svg');
    }
    expect(existsSync(join(build.outDir, 'favicon.svg'))).toBe(true);
    expect(readFileSync(join(build.outDir, 'favicon.ico')).readUInt16LE(2), 'an ICO file').toBe(1);
  });

  it('gives the 404 page no canonical address (it is served at every missing one) and keeps it out of indexes', () => {
    const notFound = byPath.get('/404.html')!.document;
    expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
    expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('describes each event page by its date and summary, not by its title again', () => {
    for (const event of timeline.events) {
      const document = byPath.get(`/events/${event.id}/`)!.document;
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(document.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(description);
      expect(description, event.id).not.toContain(event.title);
      expect([...description].length, event.id).toBeLessThanOrEqual(160);
      // The summary's first word, after the date (the page's typography may curl its quotes: letters only).
      const letters = (text: string) => text.replace(/[^\p{L}\p{N} ]/gu, '');
      const firstWord = letters(document.querySelector('.event-page__summary')!.textContent!).trim().split(/\s+/)[0];
      expect(letters(description.slice(description.indexOf(': ') + 2)).startsWith(firstWord!), event.id).toBe(true);
    }
  });

  it('leaves drafts out of every page, data file and the search index, and names them in one line of the build', () => {
    const files = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(html|json|csv|xml|txt|bib|ris|svg)$/.test(file),
    );
    for (const draft of timeline.drafts) {
      expect(existsSync(join(build.outDir, 'events', draft.id)), draft.id).toBe(false);
      for (const file of files) {
        const text = readFileSync(join(build.outDir, file), 'utf8');
        expect(text.includes(draft.id) || text.includes(draft.title), `${draft.id} in ${file}`).toBe(false);
      }
      const index = readdirSync(join(build.outDir, 'pagefind'), { recursive: true, encoding: 'utf8' });
      for (const file of index.filter((name) => name.endsWith('.pf_fragment'))) {
        const fragment = gunzipSync(readFileSync(join(build.outDir, 'pagefind', file))).toString('utf8');
        expect(fragment.includes(draft.title), `${draft.id} in pagefind/${file}`).toBe(false);
      }
    }
    const line = build.output.split('\n').find((text) => text.includes('not published:'));
    if (timeline.drafts.length === 0) expect(line).toBeUndefined();
    else expect(line).toContain(`${timeline.drafts.length} draft`);
    for (const draft of timeline.drafts) expect(line).toContain(draft.file);
  });

  it('prints the coverage of each translation, one line per language', () => {
    const lines = describeTranslationCoverage(timeline);
    expect(lines).toHaveLength(timeline.translations.length);
    for (const line of lines) expect(build.output).toContain(line);
  });

  it('shows "Original address not recorded" only where no URL is known', () => {
    for (const article of timeline.articles) {
      const html = byPath.get(`/sources/${article.id}/`)!.html;
      if (article.url === undefined) expect(html).toContain('Original address not recorded');
      else expect(html).toContain(`href="${article.url}"`);
    }
  });
});

describe('a build of broken content', () => {
  it('fails, listing every problem by file and field, grouped by file, with no stack trace', () => {
    const build = buildSite('tests/fixtures/broken-site', 'broken-site');
    expect(build.status).not.toBe(0);
    const printed = build.output
      .split('\n')
      .filter((line) => line.startsWith('  - '))
      .map((line) => line.slice(4));
    expect(printed).toEqual(BROKEN_SITE_PROBLEMS.map((line) => `tests/fixtures/broken-site/${line}`));
    expect(build.output).toContain(`The timeline content has ${BROKEN_SITE_PROBLEMS.length} problems:`);
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('the citedParagraphsOnly setting', () => {
  it('limits source pages to the cited paragraphs and marks the gaps', () => {
    const content = smallSiteWith('cited-only-content', '');
    const config = join(content, 'timeline.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('citedParagraphsOnly: false', 'citedParagraphsOnly: true'),
    );
    const build = buildSite(content, 'cited-only-site');
    expect(build.status, build.output).toBe(0);
    const page = readDistPages(build.outDir).find((p) => p.path === '/sources/gazette-2021-03-04/')!;
    const text = page.document.querySelector('.source-text__body')!.textContent ?? '';
    expect(text).toContain('Plans for a bridge were first drawn in 1994');
    // The heading "Decades of delay" is not cited: it is left out, and the gap is marked.
    expect(text).not.toContain('Decades of delay');
    expect(page.document.querySelectorAll('.source-text__omitted').length).toBeGreaterThan(0);
  });
});
