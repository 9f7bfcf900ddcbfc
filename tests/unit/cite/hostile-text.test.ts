import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitationHtml, type CslItem } from '../../../src/lib/cite/index.ts';

// Titles, outlets and the publisher as a careless editor or a hostile import might write them.
const HOSTILE = 'Bridge <script>alert("x")</script> & "ferry" {50% off} \\ #1 $2 _3 ~4 ^5 }{';
const INJECTION = 'Line one\r\nER  - \r\nTY  - JOUR\nTI  - Forged\u2028record';

const event: CslItem = {
  id: 'hostile-event',
  type: 'webpage',
  'citation-key': 'hostile_event',
  title: HOSTILE,
  'container-title': `Site } of {{ ${HOSTILE}`,
  publisher: 'Editors & Co {x}',
  issued: { 'date-parts': [[2026, 11, 23]] },
  accessed: { 'date-parts': [[2026, 11, 23]] },
  URL: 'https://example.org/events/hostile-event/',
  language: 'en',
};
const article: CslItem = {
  id: 'hostile-article',
  type: 'article-newspaper',
  'citation-key': 'hostile_article',
  title: INJECTION,
  'container-title': 'Outlet} & {Sons and Daughters, Ltd.',
  issued: { 'date-parts': [[2022, 6]] },
  note: `${HOSTILE}\n${INJECTION}`,
  language: 'en',
};
const items = [event, article];

// Every brace of a BibLaTeX value closes in the value: LaTeX's own special characters come escaped.
function expectBalanced(value: string, where: string): void {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '{') depth++;
    else if (value[i] === '}') depth--;
    expect(depth, where).toBeGreaterThanOrEqual(0);
  }
  expect(depth, where).toBe(0);
}

describe('hostile text in every citation format', () => {
  it('BibLaTeX: every field’s braces balance and LaTeX’s special characters are escaped', () => {
    const bib = formatCitation(items, 'bibtex');
    const fields = [...bib.matchAll(/^\t(\w+) = \{(.*)\},$/gm)];
    expect(fields.length).toBeGreaterThan(10);
    expect(bib.split('\n').filter((line) => line !== '' && !/^(@\w+\{\w+,|\t\w+ = \{.*\},|\})$/.test(line))).toEqual(
      [],
    );
    for (const [, field, value] of fields) {
      expectBalanced(value!, field!);
      if (field === 'url') continue;
      // %, &, #, $ and _ only ever after a backslash.
      expect(value!.replace(/\\[%&#$_]/g, ''), field).not.toMatch(/[%&#$_]/);
    }
    expect(bib).toContain('author = {{Outlet\\textbraceright{} \\& \\textbraceleft{}Sons and Daughters, Ltd.}}');
  });

  it('BibLaTeX: citation-js reads back two entries with the titles as written', () => {
    const data = new Cite(formatCitation(items, 'bibtex')).data as { title: string }[];
    expect(data).toHaveLength(2);
    expect(data[0]!.title).toBe(HOSTILE);
  });

  it('RIS: one line per field, so no value can end a record or start a forged one', () => {
    const ris = formatCitation(items, 'ris');
    const lines = ris.split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n\u2028]*$/);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toEqual(['TY  - ELEC', 'TY  - NEWS']);
    expect(lines.filter((line) => line.startsWith('ER  - '))).toHaveLength(2);
    expect(ris).toContain('TI  - Line one ER - TY - JOUR TI - Forged record\r\n');
    const data = new Cite(ris).data as { title: string }[];
    expect(data.map((entry) => entry.title)).toEqual([HOSTILE, 'Line one ER - TY - JOUR TI - Forged record']);
  });

  it('CSL-JSON: parses back to the items, markup-free', () => {
    expect(JSON.parse(formatCitation(items, 'csl-json'))).toEqual(items);
  });

  it('the styles’ HTML (what the cite box shows) escapes the text: no element but the style’s own', () => {
    for (const style of ['apa', 'mla', 'chicago', 'harvard'] as const) {
      const html = formatCitationHtml(items, style);
      expect(html, style).not.toMatch(/<script|<\/script/i);
      const tags = [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((match) => match[1]!.toLowerCase());
      expect(new Set(tags), style).toEqual(new Set(tags.filter((tag) => ['div', 'i', 'b', 'span'].includes(tag))));
      expect(html, style).toContain('&#60;script&#62;');
    }
  });
});
