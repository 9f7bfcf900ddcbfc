import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';

// The small fixture has a partial German translation (translations/de/): three events, one of them a draft, one
// article's notes, the about page and some site texts. Its German edition is published at /de/.
describe('an edition in a second language', () => {
  let build: BuildResult;
  let byPath: Map<string, DistPage>;
  const page = (path: string) => {
    const found = byPath.get(path);
    if (found === undefined) throw new Error(`no page ${path}`);
    return found.document;
  };

  beforeAll(() => {
    build = buildSite('tests/fixtures/small-site', 'small-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    byPath = new Map(readDistPages(build.outDir).map((p) => [p.path, p]));
  });

  it('publishes every reader page of the original at the same path below /de/, in German', () => {
    const original = [...byPath.keys()].filter((path) => !path.startsWith('/de/') && !path.startsWith('/admin/'));
    for (const path of original.filter((p) => p !== '/404.html')) {
      expect(byPath.has(`/de${path}`), `/de${path}`).toBe(true);
      expect(page(`/de${path}`).documentElement.getAttribute('lang'), `/de${path}`).toBe('de');
    }
    expect(page('/').documentElement.getAttribute('lang')).toBe('en');
  });

  it('shows the translation of a translated event, and marks an untranslated one with its language', () => {
    const translated = page('/de/events/bridge-opens/');
    expect(translated.querySelector('h1')?.textContent).toBe('Die Brücke wird eröffnet');
    expect(translated.querySelector('h1')?.hasAttribute('lang')).toBe(false);
    expect(translated.querySelector('.event-page__summary')?.textContent).toContain('für den Verkehr freigegeben');
    const untranslated = page('/de/events/ferry-closed/');
    expect(untranslated.querySelector('h1')?.textContent).toBe('Old ferry closes');
    expect(untranslated.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(untranslated.querySelector('.event-page__summary')?.getAttribute('lang')).toBe('en');
  });

  it("keeps quotes verbatim in their article's language, with the editors' translation beside them", () => {
    const document = page('/de/events/bridge-opens/');
    const [first, second] = [...document.querySelectorAll('.citation')];
    expect(first?.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(first?.querySelector('.citation__translation')?.textContent).toContain(
      'vergangene Woche, am 10. Juni 2022, für den Verkehr freigegeben',
    );
    expect(second?.querySelector('.citation__translation')).toBeNull();
  });

  it('links each page to itself in every language: hreflang alternates and a switcher named in each language', () => {
    for (const path of ['/events/bridge-opens/', '/de/events/bridge-opens/']) {
      const document = page(path);
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
        (link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`,
      );
      expect(alternates).toEqual([
        'en /events/bridge-opens/',
        'de /de/events/bridge-opens/',
        'x-default /events/bridge-opens/',
      ]);
      const links = [...document.querySelectorAll('.language-switcher a')];
      expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('lang')])).toEqual([
        ['English', '/events/bridge-opens/', 'en'],
        ['Deutsch', '/de/events/bridge-opens/', 'de'],
      ]);
      const current = links.find((link) => link.getAttribute('aria-current') === 'page');
      expect(current?.getAttribute('href')).toBe(path);
    }
  });

  it("keeps the edition's links inside it, and the shared files at the site's root", () => {
    const document = page('/de/');
    const hrefs = [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href') ?? '');
    const outside = hrefs.filter(
      (href) => !href.startsWith('/de/') && !document.querySelector(`.language-switcher a[href="${href}"]`),
    );
    expect(outside).toEqual([]);
    expect(document.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    expect(document.querySelector('tl-timeline')?.getAttribute('data-base')).toBe('/de/');
    expect(page('/de/search/').querySelector('tl-search')?.getAttribute('data-bundle')).toBe('/pagefind/');
  });

  it('gives the edition its own feed, data files, citations and snapshots, in its language', () => {
    // Fixture builds read no history, so the feed holds the corrections only.
    const feed = readFileSync(join(build.outDir, 'de/feed.xml'), 'utf8');
    expect(feed).toContain('<title>Hafenbrücke: eine Test-Zeitleiste</title>');
    expect(feed).toContain('Stadtrat billigt die Brücke');
    expect(feed).toContain('http://localhost:4321/de/events/council-vote/#correction-2026-11-30');
    const events = JSON.parse(readFileSync(join(build.outDir, 'de/data/events.json'), 'utf8')) as {
      events: { id: string; title: string }[];
    };
    expect(events.events.find((event) => event.id === 'bridge-opens')?.title).toBe('Die Brücke wird eröffnet');
    expect(readFileSync(join(build.outDir, 'de/cite/bridge-opens.bib'), 'utf8')).toContain('/de/events/bridge-opens/');
    for (const file of ['timeline-card.png', 'timeline.svg', 'events/bridge-opens.png'])
      expect(existsSync(join(build.outDir, 'de/snapshots', file)), file).toBe(true);
    expect(readFileSync(join(build.outDir, 'de/snapshots/timeline.svg'), 'utf8')).toContain('Hafenbrücke');
  });

  it("lets any site frame the edition's embed, which follows ?lang= and keeps the view when switching", () => {
    const headers = readFileSync(join(build.outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/de\/embed\/\*\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*$/m);
    const embed = page('/embed/');
    expect([...embed.querySelectorAll('a[data-edition-link]')].map((a) => a.getAttribute('hreflang'))).toEqual([
      'en',
      'de',
    ]);
  });

  it('does not publish a draft in any language', () => {
    expect(byPath.has('/de/events/tunnel-proposal/')).toBe(false);
    expect(byPath.has('/events/tunnel-proposal/')).toBe(false);
  });

  it('indexes each language for search separately (Pagefind reads the page language)', () => {
    const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en']);
  });
});
