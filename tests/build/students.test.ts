import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { csvParse } from 'd3-dsv';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import '@citation-js/plugin-ris';
import { toEventCitationTitle } from '../../src/lib/cite/index.ts';
import { loadTimeline } from '../../src/lib/load/index.ts';
import type { Correction, Timeline } from '../../src/lib/timeline-model.ts';
import { biberOrSkip, biberProblems } from '../support/biber.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { readDistPages, type DistPage } from '../support/dist-pages.ts';

// What students and researchers rely on: metadata in every page's head, JSON-LD, citation files, open data, search.
describe('the built site for students and researchers', () => {
  let build: BuildResult;
  let timeline: Timeline;
  let pages: Map<string, DistPage>;
  const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

  beforeAll(async () => {
    timeline = await loadTimeline('content');
    build = buildSite('content', 'students-site', { TIMELINE_BUILD_DATE: '2026-11-23' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.output}`);
    pages = new Map(readDistPages(build.outDir).map((page) => [page.path, page]));
  });

  const citedPages = () => [
    ...timeline.events.map((e) => pages.get(`/events/${e.id}/`)!),
    ...timeline.articles.map((a) => pages.get(`/sources/${a.id}/`)!),
  ];
  const meta = (page: DistPage, key: string) =>
    page.document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? undefined;

  it('puts the metadata reference managers and link previews read in every event and source page', () => {
    for (const page of citedPages()) {
      const title = page.document.querySelector('h1')!.textContent!.trim();
      const event = timeline.events.find((e) => page.path === `/events/${e.id}/`);
      const citationTitle = event === undefined ? title : toEventCitationTitle(event);
      expect(meta(page, 'citation_title'), page.path).toBe(citationTitle);
      expect(meta(page, 'DC.title'), page.path).toBe(citationTitle);
      expect(meta(page, 'citation_publication_date'), page.path).toBe('2026/11/23');
      expect(meta(page, 'citation_public_url'), page.path).toBe(`http://localhost:4321${page.path}`);
      for (const key of [
        'DC.title',
        'DC.date',
        'DC.publisher',
        'DC.rights',
        'DC.language',
        'DC.type',
        'og:site_name',
        'og:title',
        'description',
      ]) {
        expect(meta(page, key), `${page.path} ${key}`).toBeTruthy();
      }
      expect(meta(page, 'og:type')).toBe('website');
      expect(meta(page, 'og:url')).toBe(`http://localhost:4321${page.path}`);
      expect(page.document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
        `http://localhost:4321${page.path}`,
      );
      expect(page.document.documentElement.getAttribute('lang')).toBe('en');
      // An organisation in citation_author would be split into a first and a last name.
      expect(page.document.querySelector('meta[name="citation_author"]')).toBeNull();
    }
  });

  it('describes event, source and data pages in JSON-LD that parses and has the required properties', () => {
    const jsonLd = (page: DistPage) => {
      const blocks = [...page.document.querySelectorAll('script[type="application/ld+json"]')];
      expect(blocks, page.path).toHaveLength(1);
      return JSON.parse(blocks[0]!.textContent!);
    };
    for (const event of timeline.events) {
      const data = jsonLd(pages.get(`/events/${event.id}/`)!);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: toEventCitationTitle(event),
        datePublished: '2026-11-23',
        // Built without history, the page is dated by the build; a correction made later is its last modification.
        dateModified: newestCorrection(event.corrections) ?? '2026-11-23',
      });
      expect(data.about).toMatchObject({
        '@type': 'Event',
        name: event.title,
        startDate: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      });
      expect(data.citation.length).toBeGreaterThan(0);
      for (const article of data.citation)
        expect(article).toMatchObject({
          '@type': 'NewsArticle',
          headline: expect.any(String),
          datePublished: expect.any(String),
        });
    }
    for (const article of timeline.articles) {
      const data = jsonLd(pages.get(`/sources/${article.id}/`)!);
      expect(data).toMatchObject({
        '@type': 'WebPage',
        citation: [{ '@type': 'NewsArticle', headline: article.title }],
      });
    }
    const dataset = jsonLd(pages.get('/data/')!);
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      name: expect.any(String),
      license: expect.stringMatching(/^https:/),
    });
    for (const download of dataset.distribution) {
      expect(download['@type']).toBe('DataDownload');
      expect(existsSync(join(build.outDir, new URL(download.contentUrl).pathname))).toBe(true);
    }
  });

  it('has a cite box with every format on event and source pages, also without JavaScript', () => {
    for (const page of citedPages()) {
      const box = page.document.querySelector('details.cite-box');
      expect(box, page.path).not.toBeNull();
      const labels = [...box!.querySelectorAll('.cite-format__label')].map((el) => el.textContent);
      for (const format of ['APA', 'MLA', 'Chicago', 'Harvard', 'BibTeX', 'RIS', 'CSL-JSON']) {
        expect(
          labels.some((label) => label?.startsWith(format)),
          `${page.path} ${format}`,
        ).toBe(true);
      }
    }
  });

  it('serves citation files that a BibTeX parser reads back with the same facts', () => {
    const event = timeline.events.find((e) => e.id === 'ceasefire-statement-2020-11-10') ?? timeline.events[0]!;
    const bib = read(`cite/${event.id}.bib`);
    const items = new Cite(bib).data as { title: string; URL?: string; issued?: { 'date-parts': number[][] } }[];
    const articles = new Set(event.citations.map((c) => c.article));
    expect(items).toHaveLength(1 + articles.size);
    const title = toEventCitationTitle(event);
    expect(items[0]).toMatchObject({ title, URL: `http://localhost:4321/events/${event.id}/` });
    expect(read(`cite/${event.id}.ris`)).toContain(`TI  - ${title}\r\n`);
    expect(JSON.parse(read(`cite/${event.id}.json`))[0]).toMatchObject({ type: 'webpage', title });
    for (const article of timeline.articles)
      expect(existsSync(join(build.outDir, `cite/${article.id}.bib`))).toBe(true);
  });

  it('dates every event page alike in its citation files, cite box, meta tags, Dublin Core and JSON-LD: the edition', () => {
    for (const event of timeline.events) {
      const page = pages.get(`/events/${event.id}/`)!;
      const title = toEventCitationTitle(event);
      expect(meta(page, 'citation_publication_date'), event.id).toBe('2026/11/23');
      expect(meta(page, 'DC.date'), event.id).toBe('2026-11-23');
      const [csl] = JSON.parse(read(`cite/${event.id}.json`));
      expect(csl, event.id).toMatchObject({ title, issued: { 'date-parts': [[2026, 11, 23]] } });
      const [fromBib] = new Cite(read(`cite/${event.id}.bib`)).data;
      expect(fromBib, event.id).toMatchObject({ title, issued: { 'date-parts': [[2026, 11, 23]] } });
      const [fromRis] = new Cite(read(`cite/${event.id}.ris`)).data;
      expect(fromRis, event.id).toMatchObject({ title, issued: { 'date-parts': [[2026, 11, 23]] } });
      const box = page.document.querySelector('details.cite-box .cite-entry')!;
      for (const style of ['apa', 'mla', 'chicago', 'harvard']) {
        const text = box.querySelector(`#cite-0-${style}`)!.getAttribute('data-copy-text')!;
        // The event's date in brackets, as the title ends (styles may change its case, never its words).
        expect(text.toLowerCase(), `${event.id} ${style}`).toContain(title.slice(title.lastIndexOf('(')).toLowerCase());
        expect(text, `${event.id} ${style}`).toMatch(/2026/);
      }
    }
  });

  it('serves BibLaTeX that biber’s data model check accepts: every event’s and source’s file and the bibliography', (context) => {
    if (!biberOrSkip()) return context.skip();
    const files = [
      ...timeline.events.map((e) => `cite/${e.id}.bib`),
      ...timeline.articles.map((a) => `cite/${a.id}.bib`),
      'data/bibliography.bib',
    ];
    expect(biberProblems(files.map((file) => join(build.outDir, file)))).toEqual([]);
    // The check finds what it should: the entry the site wrote before (booktitle in @online, no author).
    const old = join(build.outDir, '..', 'old.bib');
    writeFileSync(
      old,
      '@online{a,\n\tbooktitle = {S},\n\ttitle = {T},\n\turl = {https://x.org/},\n\tdate = {2020}\n}\n',
    );
    writeFileSync(old, '@article{b,\n\tjournaltitle = {J},\n\ttitle = {T},\n\tdate = {2020}\n}\n', { flag: 'a' });
    expect(biberProblems([old])).toEqual([
      expect.stringMatching(/Invalid field 'booktitle' for entrytype 'online'/),
      expect.stringMatching(/Missing mandatory field 'author'/),
    ]);
  });

  it('publishes events.json that validates against its own schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(read('data/events.schema.json')));
    const data = JSON.parse(read('data/events.json'));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(timeline.events.map((e) => e.id));
  });

  it('publishes a CSV that parses back to the same events and quotes', () => {
    const rows = csvParse(read('data/events.csv'));
    expect(rows.map((r) => r['id'])).toEqual(timeline.events.map((e) => e.id));
    timeline.events.forEach((event, i) => {
      const row = rows[i]!;
      expect(row['title']).toBe(event.title);
      expect(row['date_edtf']).toBe(event.date.edtf);
      expect(Number(row['citation_count'])).toBe(event.citations.length);
      event.citations.forEach((citation, c) => expect(row[`citation_${c + 1}_quote`]).toBe(citation.quote));
    });
  });

  it('publishes TimelineJS data with a valid start date for every event', () => {
    const data = JSON.parse(read('data/timelinejs.json'));
    expect(data.events).toHaveLength(timeline.events.length);
    for (const slide of data.events) {
      const { year, month, day } = slide.start_date;
      expect(Number.isInteger(Number(year)), JSON.stringify(slide.start_date)).toBe(true);
      if (month !== undefined) expect(Number(month)).toBeGreaterThanOrEqual(1);
      if (day !== undefined) expect(Number(day)).toBeGreaterThanOrEqual(1);
      expect(slide.text.headline).toBeTruthy();
    }
  });

  it('publishes the bibliography of all sources and a search index', () => {
    expect(new Cite(read('data/bibliography.bib')).data).toHaveLength(timeline.articles.length);
    expect(read('data/bibliography.ris').match(/^TY {2}- /gm)).toHaveLength(timeline.articles.length);
    expect(JSON.parse(read('data/bibliography.json'))).toHaveLength(timeline.articles.length);
    expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

/** The day of the newest correction, as `YYYY-MM-DD`. */
function newestCorrection(corrections: readonly Correction[]): string | undefined {
  const day = corrections.at(-1)?.date;
  if (day === undefined) return undefined;
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
