import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslDateParts, CslItem } from './csl-item.ts';

type RisRecord = Record<string, string | string[]>;

/**
 * RIS for CSL items: citation-js maps the fields (its `ris` output as records), and this writes the lines, with
 * three repairs so that the file reads back, in citation-js as in Zotero, with title, date at its precision,
 * container and URL:
 * - no line wrapping: citation-js wraps values at 70 characters, and readers join the pieces with a space, so a
 *   long URL comes back broken;
 * - a newspaper article (NEWS) gets its date at its precision as `Y1` and `DA` instead of a bare year in `PY`:
 *   citation-js reads a NEWS date only from PY, or from Y1 when there is no PY;
 * - a web page (ELEC) gets its site's name as `T2`, which citation-js leaves out (it reads T2 back as
 *   `collection-title`; Zotero as the website title).
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
  if (record['TY'] === 'NEWS') {
    const date = toRisDate(item.issued['date-parts'][0]);
    delete repaired['PY'];
    repaired['Y1'] = date;
    repaired['DA'] = date;
  }
  if (record['TY'] === 'ELEC' && record['T2'] === undefined) repaired['T2'] = item['container-title'];
  return repaired;
}

// TY first and ER last, as RIS requires; one line per value, never wrapped.
function toLines({ TY: type, ...tags }: RisRecord): string[] {
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, value] of Object.entries(tags)) {
    for (const part of [value].flat()) lines.push(`${tag}  - ${part.replace(/\s*\n\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return lines;
}

// RIS dates are YYYY/MM/DD/other, with empty parts where the date is less precise: "2021/10//".
function toRisDate([year, month, day]: CslDateParts): string {
  return [year, month ?? '', day ?? '', ''].join('/');
}
