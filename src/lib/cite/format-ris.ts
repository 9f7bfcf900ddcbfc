import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslDateParts, CslItem } from './csl-item.ts';

type RisRecord = Record<string, string | string[]>;

/**
 * RIS for CSL items: citation-js maps the fields (its `ris` output as records) and this writes the lines, with
 * repairs so that nothing we hold is lost:
 * - no line wrapping: citation-js wraps values at 70 characters, and readers (citation-js included) join the pieces
 *   with a space, so a long URL came back broken;
 * - plain text: CSL's rich-text marks (`<span class="nocase">`) are removed rather than written out as tags;
 * - a newspaper article (NEWS) gets its date at its precision in `DA`, the RIS tag for a full date, beside the
 *   year in `PY` (citation-js writes only the year; its own reader takes a NEWS date from PY alone, so a
 *   round trip through citation-js keeps the year, and readers that follow the RIS spec, such as Zotero, the day);
 * - a web page (ELEC) gets its site's name as `T2`, which citation-js leaves out (it reads T2 back as
 *   `collection-title`; Zotero as the website's title).
 * Web pages keep citation-js's own `DA` and `PY`, which citation-js reads back at full precision.
 */
export function formatRis(items: readonly CslItem[]): string {
  const records = new Cite(structuredClone(items)).format('ris', { format: 'object' }) as RisRecord[];
  const lines = records.flatMap((record, index) => {
    const item = items[index];
    return item === undefined ? [] : toLines(repair(record, item));
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function repair(record: RisRecord, item: CslItem): RisRecord {
  const repaired: RisRecord = { ...record };
  if (record['TY'] === 'NEWS' && record['DA'] === undefined) repaired['DA'] = toRisDate(item.issued['date-parts'][0]);
  const site = item['container-title'];
  if (record['TY'] === 'ELEC' && record['T2'] === undefined && site !== undefined) repaired['T2'] = site;
  return repaired;
}

// TY first and ER last, as RIS requires; one line per value, never wrapped.
function toLines({ TY: type, ...tags }: RisRecord): string[] {
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, value] of Object.entries(tags)) {
    for (const part of [value].flat()) lines.push(`${tag}  - ${toPlainText(part)}`);
  }
  lines.push('ER  - ');
  return lines;
}

// One line, without CSL's rich-text markup (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
function toPlainText(value: string): string {
  return value.replace(/<\/?(?:i|b|sup|sub|span)\b[^>]*>/g, '').replace(/\s*\n\s*/g, ' ');
}

// RIS dates are YYYY/MM/DD/other, with empty parts where the date is less precise: "2021/10//".
function toRisDate([year, month, day]: CslDateParts): string {
  return [year, month ?? '', day ?? '', ''].join('/');
}
