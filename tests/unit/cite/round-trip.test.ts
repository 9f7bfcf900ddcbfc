import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitation, type CslItem } from '../../../src/lib/cite/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { citationItems, loadSmallSite } from './cite-fixtures.ts';

/** What a reference manager must get back: title, date at its precision, container and URL. */
interface Essentials {
  title: unknown;
  date: unknown;
  container: unknown;
  URL: unknown;
}

function expected(item: CslItem): Essentials {
  return { title: item.title, date: item.issued['date-parts'], container: item['container-title'], URL: item.URL };
}

function parsedBack(text: string): Essentials[] {
  return new Cite(text).data.map((entry) => ({
    title: entry['title'],
    date: (entry['issued'] as { 'date-parts'?: unknown } | undefined)?.['date-parts'],
    // citation-js reads a web page's (ELEC) T2 as collection-title; Zotero reads it as the website's title.
    container: entry['container-title'] ?? entry['collection-title'],
    URL: entry['URL'],
  }));
}

let items: CslItem[];
beforeAll(async () => {
  const [small, layoutSite] = await Promise.all([loadSmallSite(), loadTimeline('tests/fixtures/layout-site')]);
  items = [small, layoutSite].flatMap((timeline) => {
    const { events, articles } = citationItems(timeline);
    return [...events, ...articles];
  });
});

describe('BibTeX (BibLaTeX) parsed back with citation-js', () => {
  it('keeps title, date at its precision (ranges included), outlet and URL of every article', () => {
    for (const item of items.filter((i) => i.type === 'article-newspaper'))
      expect(parsedBack(formatCitation([item], 'bibtex')), item.id).toEqual([expected(item)]);
  });

  it('keeps title, the page’s date and URL of every event page (citation-js does not read the site’s titleaddon)', () => {
    for (const item of items.filter((i) => i.type === 'webpage')) {
      expect(parsedBack(formatCitation([item], 'bibtex')), item.id).toEqual([
        { ...expected(item), container: undefined },
      ]);
      expect(formatCitation([item], 'bibtex')).toMatch(/\ttitleaddon = \{.+\},\n/);
    }
  });

  it('uses the citation key and one entry per item', () => {
    const bib = formatCitation(items.slice(0, 3), 'bibtex');
    expect(bib.match(/^@/gm)).toHaveLength(3);
    expect(bib).toContain(`{${items[0]!['citation-key']},`);
  });
});

describe('RIS parsed back with citation-js', () => {
  it('keeps title, date at its precision (a range keeps its start), container and URL of every event page', () => {
    for (const item of items.filter((i) => i.type === 'webpage')) {
      const [start] = item.issued['date-parts'];
      expect(parsedBack(formatCitation([item], 'ris')), item.id).toEqual([{ ...expected(item), date: [start] }]);
    }
  });

  it('keeps title, container and URL of every article, and its date at its precision in DA', () => {
    for (const item of items.filter((i) => i.type === 'article-newspaper')) {
      const [start] = item.issued['date-parts'];
      const ris = formatCitation([item], 'ris');
      // citation-js reads a NEWS date from PY only: the year. The full date is in DA, as the RIS spec has it.
      expect(parsedBack(ris), item.id).toEqual([{ ...expected(item), date: [[start[0]]] }]);
      const padded = [String(start[0]).padStart(4, '0'), ...start.slice(1).map((n) => String(n).padStart(2, '0'))];
      expect(ris, item.id).toContain(`\r\nDA  - ${[...padded, '', ''].slice(0, 3).join('/')}/\r\n`);
    }
  });

  it('writes one CRLF-ended line per tag, however long the value, starting with TY and ending with ER', () => {
    const item = items.find((i) => (i.URL ?? '').length > 70)!;
    const ris = formatCitation([item], 'ris');
    expect(ris).toContain(`UR  - ${item.URL}\r\n`);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ris.split('\r\n').slice(0, -1);
    expect(lines[0]).toMatch(/^TY {2}- (ELEC|NEWS)$/);
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('writes the whole id, however long, so that no two records share one', () => {
    const long = items.filter((i) => i.id.length > 20);
    expect(long.length).toBeGreaterThan(0);
    const ids = formatCitation(long, 'ris').match(/^ID {2}- .*$/gm)!;
    expect(ids).toEqual(long.map((i) => `ID  - ${i.id}`));
    expect(new Cite(formatCitation(long, 'ris')).data.map((entry) => entry['id'])).toEqual(long.map((i) => i.id));
  });

  it('dates a month-precise article as YYYY/MM// zero-padded, with the four-digit year in PY', () => {
    const article = items.find((i) => i.type === 'article-newspaper' && i.issued['date-parts'][0].length === 2)!;
    const [[year, month]] = article.issued['date-parts'] as [[number, number]];
    const ris = formatCitation([article], 'ris');
    expect(ris).toContain(`\r\nDA  - ${year}/${String(month).padStart(2, '0')}//\r\n`);
    expect(ris).toContain(`\r\nPY  - ${year}\r\n`);
  });

  it('dates an event page by the page (PY, DA) and gives the access date in Y2, never in M1', () => {
    for (const item of items.filter((i) => i.type === 'webpage')) {
      const ris = formatCitation([item], 'ris');
      expect(ris).toContain('\r\nPY  - 2026\r\nDA  - 2026/11/23/\r\nY2  - 2026/11/23/\r\n');
      expect(ris).not.toMatch(/^M1 /m);
    }
  });
});

describe('CSL-JSON parsed back with citation-js', () => {
  it('is the items themselves', () => {
    const text = formatCitation(items, 'csl-json');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(items)));
  });
});
