import { describe, expect, it } from 'vitest';
import { citeEventVersion, formatCitation, toEventVersionCsl } from '../../../src/lib/cite/index.ts';

const OPTIONS = {
  siteName: 'A timeline',
  publisher: 'Editors',
  siteUrl: 'https://example.org/t/',
  published: { year: 2026, month: 12, day: 2 },
  accessed: { year: 2026, month: 12, day: 5 },
};

describe('toEventVersionCsl()', () => {
  it('cites the permanent version address, dated by the version, with a key of its own', () => {
    const item = toEventVersionCsl(
      { eventId: 'bridge-opens', versionId: '2026-12-02-0a1b2c3d', title: 'Bridge opens (10 June 2022)' },
      OPTIONS,
    );
    expect(item).toMatchObject({
      id: 'bridge-opens-version-2026-12-02-0a1b2c3d',
      'citation-key': 'bridge_opens_version_2026_12_02_0a1b2c3d',
      type: 'webpage',
      URL: 'https://example.org/t/events/bridge-opens/versions/2026-12-02-0a1b2c3d/',
      issued: { 'date-parts': [[2026, 12, 2]] },
      accessed: { 'date-parts': [[2026, 12, 5]] },
    });
    expect(formatCitation([item], 'ris')).toContain('UR  - https://example.org/t/events/bridge-opens/versions/');
  });

  it('labels the cite-box entry by the version’s day', () => {
    const entry = citeEventVersion(
      'bridge-opens',
      { versionId: '2026-11-23-0a1b2c3d', day: { year: 2026, month: 11, day: 23 }, title: 'Bridge opens (June 2022)' },
      { config: { title: 'A timeline', publisher: 'Editors', language: 'en' }, ...OPTIONS },
    );
    expect(entry.label).toBe('This version (23 November 2026)');
    expect(entry.item.issued).toEqual({ 'date-parts': [[2026, 11, 23]] });
    expect(entry.text.apa).toContain('https://example.org/t/events/bridge-opens/versions/2026-11-23-0a1b2c3d/');
  });
});
