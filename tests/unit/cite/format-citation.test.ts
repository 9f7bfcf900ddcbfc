import { beforeAll, describe, expect, it } from 'vitest';
import {
  CITATION_FORMATS,
  formatCitation,
  formatCitationHtml,
  formatInTextCitation,
  isCitationStyle,
  type CslItem,
} from '../../../src/lib/cite/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { citationItems, loadSmallSite } from './cite-fixtures.ts';

let small: Timeline;
let events: CslItem[];
let articles: CslItem[];
beforeAll(async () => {
  small = await loadSmallSite();
  ({ events, articles } = citationItems(small));
});
const event = (id: string) => events.find((item) => item.id === id)!;
const article = (id: string) => articles.find((item) => item.id === id)!;

describe('formatCitation() in the four styles', () => {
  it('writes APA 7 with the site as group author, the page’s date, the event’s date in the title and the URL', () => {
    expect(formatCitation([event('council-vote')], 'apa')).toBe(
      'Fixture editors. (2026, November 23). Council approves the bridge (2 March 2021). Harbour Bridge: A Fixture Timeline. https://example.org/timeline/events/council-vote/',
    );
  });

  it('writes MLA 9, Chicago notes-bibliography and Harvard with the same facts', () => {
    const item = event('council-vote');
    expect(formatCitation([item], 'mla')).toContain(
      '“Council Approves the Bridge (2 March 2021).” Harbour Bridge: A Fixture Timeline, Fixture editors, 23 Nov. 2026',
    );
    expect(formatCitation([item], 'chicago')).toContain(
      '“Council Approves the Bridge (2 March 2021).” Fixture editors, November 23, 2026.',
    );
    expect(formatCitation([item], 'harvard')).toContain(
      'Council approves the bridge (2 March 2021) (2026) Harbour Bridge: a fixture timeline.',
    );
    expect(formatCitation([item], 'harvard')).toContain('(Accessed: 23 November 2026)');
  });

  it('shows an approximate date as approximate where the style can', () => {
    expect(formatCitation([event('mayor-statement')], 'apa')).toContain('Mayor praises the bridge (about March 2021)');
    expect(formatCitation([article('gazette-2022-06')], 'apa')).toContain('(ca. 2022, June)');
    expect(formatCitation([article('gazette-2022-06')], 'chicago')).toContain('[June 2022?]');
  });

  it('keeps an outlet’s spelling instead of title-casing it', () => {
    const item = { ...article('gazette-2022-06'), 'container-title': 'GENERICO.ru' };
    expect(formatCitation([item], 'apa')).toContain('GENERICO.ru.');
    expect(formatCitation([item], 'mla')).toContain('GENERICO.ru,');
  });

  it('lists several items one per line, sorted as the style sorts them', () => {
    const text = formatCitation(articles, 'apa');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.endsWith('\n')).toBe(false);
  });

  it('refuses two items with one id rather than citing one of them twice', () => {
    const item = event('council-vote');
    expect(() => formatCitation([item, item], 'apa')).toThrow(/two citation items have the id "council-vote"/);
  });

  it('does not change the items it is given', () => {
    const item = event('council-vote');
    const copy = structuredClone(item);
    for (const { format } of CITATION_FORMATS) formatCitation([item], format);
    expect(item).toEqual(copy);
  });
});

describe('formatCitationHtml()', () => {
  it('keeps the style’s italics and escapes the text', () => {
    const html = formatCitationHtml(
      [{ ...event('council-vote'), title: 'Bridge <script>alert(1)</script> & ferry' }],
      'mla',
    );
    expect(html).toContain('<div class="csl-bib-body">');
    expect(html).toContain('<i>Harbour Bridge: A Fixture Timeline</i>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#38;');
  });
});

describe('formatInTextCitation()', () => {
  it('gives the parenthetical citation, and the full footnote for Chicago', () => {
    const item = event('council-vote');
    expect(formatInTextCitation([item], 'apa')).toBe('(Fixture editors, 2026)');
    expect(formatInTextCitation([item], 'harvard')).toBe('(Council approves the bridge (2 March 2021), 2026)');
    expect(formatInTextCitation([item], 'chicago')).toBe(
      '“Council Approves the Bridge (2 March 2021),” Harbour Bridge: a fixture timeline (Fixture editors, November 23, 2026), https://example.org/timeline/events/council-vote/.',
    );
  });
});

describe('CITATION_FORMATS', () => {
  it('lists the four styles and the three file formats once each', () => {
    expect(CITATION_FORMATS.map((f) => f.format)).toEqual([
      'apa',
      'mla',
      'chicago',
      'harvard',
      'bibtex',
      'ris',
      'csl-json',
    ]);
    expect(CITATION_FORMATS.filter((f) => isCitationStyle(f.format))).toHaveLength(4);
  });
});
