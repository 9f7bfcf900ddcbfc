import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CITATION_FORMATS,
  formatCitation,
  formatCitationHtml,
  isCitationStyle,
  type CslItem,
} from '../../../src/lib/cite/index.ts';
import { citationItems, loadSmallSite } from './cite-fixtures.ts';

// Golden files: every format's output for one fixture event and one fixture article, checked by eye once.
// After an intended change, rewrite them with UPDATE_GOLDEN=1 and review the diff.
const folder = new URL('../../fixtures/golden/cite/', import.meta.url);
const update = process.env['UPDATE_GOLDEN'] === '1';

function expectGolden(name: string, actual: string): void {
  const file = new URL(name, folder);
  if (update || !existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, actual);
    if (!update) throw new Error(`wrote the missing golden file ${name}: check it by eye`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

let chosen: CslItem[];
beforeAll(async () => {
  const { events, articles } = citationItems(await loadSmallSite());
  chosen = [events.find((e) => e.id === 'council-vote')!, articles.find((a) => a.id === 'gazette-2022-06')!];
});

describe(`every citation format against its golden file [TZ=${process.env['TZ'] ?? 'unset'}]`, () => {
  for (const { format, extension } of CITATION_FORMATS) {
    it(`${format}`, () => {
      for (const item of chosen) {
        const text = formatCitation([item], format);
        if (isCitationStyle(format)) expectGolden(`${item.id}.${format}.txt`, `${text}\n`);
        else expectGolden(`${item.id}.${extension === 'json' ? 'csl.json' : extension}`, text);
        if (isCitationStyle(format))
          expectGolden(`${item.id}.${format}.html`, `${formatCitationHtml([item], format)}\n`);
      }
    });
  }
});
