import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { isEditorPage, readDistPages, type DistPage } from '../support/dist-pages.ts';

// The Arabic fixture: the small fixture translated, `language: ar`, its articles still in English.
describe('the built Arabic fixture (a right-to-left edition)', () => {
  let build: BuildResult;
  let pages: DistPage[];
  const page = (path: string): DistPage => {
    const found = pages.find((candidate) => candidate.path === path);
    if (found === undefined) throw new Error(`no page ${path}`);
    return found;
  };

  beforeAll(() => {
    build = buildSite('tests/fixtures/arabic-site', 'right-to-left-site');
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = readDistPages(build.outDir).filter((candidate) => !isEditorPage(candidate));
  });

  it('writes <html lang="ar" dir="rtl"> on every page type', () => {
    const paths = pages.map((candidate) => candidate.path);
    for (const type of ['/', '/events/council-vote/', '/sources/gazette-2022-06/', '/sources/', '/about/', '/data/']) {
      expect(paths).toContain(type);
    }
    for (const type of ['/embed/', '/corrections/', '/search/', '/404.html']) expect(paths).toContain(type);
    const wrong = pages
      .map((candidate) => ({ path: candidate.path, html: /<html[^>]*>/.exec(candidate.html)?.[0] ?? '' }))
      .filter(({ html }) => !/^<html lang="ar" dir="rtl"[ >]/.test(html));
    expect(wrong).toEqual([]);
  });

  it('marks quotes, article titles and article text with their article’s language and direction', () => {
    const quotes = [...page('/events/council-vote/').document.querySelectorAll('blockquote.citation__quote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect([quote.getAttribute('lang'), quote.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const source = page('/sources/gazette-2022-06/').document;
    expect(source.querySelector('h1')?.getAttribute('dir')).toBe('ltr');
    const paragraphs = [...source.querySelectorAll('.source-block__text')];
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of paragraphs) expect(paragraph.getAttribute('lang')).toBe('en');
    // The site's own text is not marked: it is in the page's language.
    expect(page('/').document.querySelector('.event-card h3, .event-card h2')?.hasAttribute('dir')).toBe(false);
  });

  it('labels a point on the left of its dot in the static drawing where both sides have room', () => {
    // In the widest static drawing the council's vote has room on both sides: its label ends before its dot.
    const drawing = page('/').document.querySelector('.tl__static--992 svg');
    const link = drawing?.querySelector('a[data-timeline-event="council-vote"]');
    const dot = link?.querySelector('.tl-mark__dot');
    expect(dot).toBeTruthy();
    // Marks are drawn relative to their label's left end: a dot at positive x lies after the label's start.
    expect(Number(dot?.getAttribute('cx'))).toBeGreaterThan(0);
  });
});
