import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSourcesBibliography } from '../../../src/lib/export/index.ts';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import type { Timeline } from '../../../src/lib/timeline-model.ts';

const accessed = { year: 2026, month: 11, day: 23 };
const schema = JSON.parse(readFileSync(new URL('../cite/schema/csl-data.json', import.meta.url), 'utf8')) as object;

let layoutSite: Timeline;
beforeAll(async () => {
  layoutSite = await loadTimeline('tests/fixtures/layout-site');
});

describe('toSourcesBibliography()', () => {
  it('writes every source article once to BibTeX, RIS and CSL-JSON, each readable by citation-js', () => {
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      const text = toSourcesBibliography(layoutSite, format, { accessed });
      const titles = new Cite(text).data.map((entry) => entry['title']);
      expect(titles, format).toEqual(layoutSite.articles.map((article) => article.title));
    }
  });

  it('gives each source its own BibTeX key', () => {
    const keys = toSourcesBibliography(layoutSite, 'bibtex', { accessed }).match(/^@\w+\{([^,]+),/gm) ?? [];
    expect(new Set(keys).size).toBe(layoutSite.articles.length);
  });

  it('writes CSL-JSON valid against the CSL data schema', () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate(JSON.parse(toSourcesBibliography(layoutSite, 'csl-json', { accessed })))).toBe(true);
  });
});
