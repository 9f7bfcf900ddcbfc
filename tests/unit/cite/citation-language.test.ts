import { beforeAll, describe, expect, it } from 'vitest';
import { citeEvent, formatCitation, type CslItem } from '../../../src/lib/cite/index.ts';
import { cslLocaleOf } from '../../../src/lib/cite/csl-styles.ts';
import { createSiteText } from '../../../src/lib/i18n/site-text.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';
import { citationItems, loadSmallSite } from './cite-fixtures.ts';

let small: Timeline;
let events: CslItem[];
beforeAll(async () => {
  small = await loadSmallSite();
  ({ events } = citationItems(small));
});
const event = (id: string) => events.find((item) => item.id === id)!;

describe('citations in the site language', () => {
  // The official ru-RU locale words "accessed" as «просмотрено» (GOST's «дата обращения» is a style of its own).
  it('writes the styles’ terms from the Russian CSL locale for a Russian site', () => {
    const harvard = formatCitation([event('council-vote')], 'harvard', 'ru');
    expect(harvard).toContain('Доступно на: https://');
    expect(harvard).toContain('(Просмотрено: 23 ноябрь 2026 г.)');
    expect(harvard).not.toContain('Accessed');
    expect(formatCitation([event('council-vote')], 'mla', 'ru')).toContain('«Council Approves the Bridge');
  });

  it('keeps English exactly as before for English sites (Harvard in British English)', () => {
    const item = event('council-vote');
    expect(formatCitation([item], 'harvard', 'en')).toBe(formatCitation([item], 'harvard'));
    expect(formatCitation([item], 'harvard', 'en-GB')).toContain('(Accessed: 23 November 2026)');
  });

  it('maps a language to the CSL locale that writes it, and leaves languages CSL lacks to the style', () => {
    expect(cslLocaleOf('ru')).toBe('ru-RU');
    expect(cslLocaleOf('hy')).toBe('hy-AM');
    expect(cslLocaleOf('ar')).toBe('ar');
    expect(cslLocaleOf('de')).toBe('de-DE');
    expect(cslLocaleOf('uk-UA')).toBe('uk-UA');
    expect(cslLocaleOf('en-US')).toBeUndefined();
    // No CSL locale for Azerbaijani: the style's own (English) terms.
    expect(cslLocaleOf('az')).toBeUndefined();
  });

  it('formats in every shipped locale without falling back silently to English terms', () => {
    const item = event('council-vote');
    for (const [language, accessed] of [
      ['hy', 'Դիտված'],
      ['ar', 'تاريخ الوصول'],
      ['de', 'Zugegriffen'],
    ] as const) {
      expect(formatCitation([item], 'harvard', language), language).toContain(accessed);
    }
  });

  it('labels the cite box’s entries in the page’s language', () => {
    const text = createSiteText('ru');
    const vote = small.events.find((candidate) => candidate.id === 'council-vote')!;
    const articleOf = (id: string) => small.articles.find((article) => article.id === id)!;
    const context = {
      config: small.config,
      siteUrl: 'https://example.org/',
      published: { year: 2026, month: 11, day: 23 },
      accessed: { year: 2026, month: 11, day: 23 },
      text,
    };
    const [page, source] = citeEvent(vote, articleOf, context);
    expect(page?.label).toBe('Эта страница события');
    expect(source?.label).toMatch(/^Исходная статья: «.+»$/);
    expect(page?.text.harvard).toContain('Просмотрено');
  });
});
