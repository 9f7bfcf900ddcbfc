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

// The container without CSL's rich-text marks (BibLaTeX and RIS are plain text).
const plain = (text: string) => text.replace(/<\/?span[^>]*>/g, '');

function expected(item: CslItem): Essentials {
  return {
    title: item.title,
    date: item.issued['date-parts'],
    container: plain(item['container-title'] ?? ''),
    URL: item.URL,
  };
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
  const [small, real] = await Promise.all([loadSmallSite(), loadTimeline('content')]);
  items = [small, real].flatMap((timeline) => {
    const { events, articles } = citationItems(timeline);
    return [...events, ...articles];
  });
});

describe('BibTeX (BibLaTeX) parsed back with citation-js', () => {
  it('keeps title, date at its precision (ranges included), container and URL of every event and article', () => {
    for (const item of items) expect(parsedBack(formatCitation([item], 'bibtex')), item.id).toEqual([expected(item)]);
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
      expect(ris, item.id).toContain(`\nDA  - ${[...start, '', '', ''].slice(0, 3).join('/')}/\n`);
    }
  });

  it('writes one line per tag, however long the value, starting with TY and ending with ER', () => {
    const item = items.find((i) => (i.URL ?? '').length > 70)!;
    const ris = formatCitation([item], 'ris');
    expect(ris).toContain(`UR  - ${item.URL}\n`);
    const lines = ris.split('\n').slice(0, -1);
    expect(lines[0]).toMatch(/^TY {2}- (ELEC|NEWS)$/);
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('dates a month-precise article as YYYY/MM//', () => {
    const article = items.find((i) => i.type === 'article-newspaper' && i.issued['date-parts'][0].length === 2)!;
    const [[year, month]] = article.issued['date-parts'] as [[number, number]];
    expect(formatCitation([article], 'ris')).toContain(`DA  - ${year}/${month}//\n`);
  });
});

describe('CSL-JSON parsed back with citation-js', () => {
  it('is the items themselves', () => {
    const text = formatCitation(items, 'csl-json');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(items)));
  });
});
