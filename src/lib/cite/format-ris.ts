import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslDate, CslItem } from './csl-item.ts';

type RisRecord = Record<string, string | string[]>;

/** Tags written in this order when present; citation-js's other tags follow, then `ER`. */
const TAG_ORDER = ['ID', 'TI', 'T2', 'PB', 'PY', 'DA', 'Y2', 'UR', 'LA', 'N1'] as const;

/**
 * RIS for CSL items: citation-js maps the fields (its `ris` output as records) and this writes the lines as the RIS
 * specification has them, repairing what citation-js writes otherwise:
 * - lines end in CRLF, as both the 2001 and the 2011 specification require;
 * - `ID` is the whole id: citation-js cuts it to the 2001 specification's 20 characters, which made two events of
 *   one day collide, and our ids (with hyphens) are outside that specification's A–Z/0–9 set anyway; Zotero ignores
 *   `ID`, citation-js reads it back whole;
 * - dates as the 2011 specification puts them: `PY` the four-digit year, `DA` the full date `YYYY/MM/DD/` zero-padded
 *   with empty parts at the date's real precision (`2022/06//`, `1992///`), `Y2` the access date. citation-js
 *   wrote unpadded dates, no `DA` for a newspaper article, and a web page's access date in `M1`, which Zotero and
 *   citation-js read as a number for most types;
 * - a web page (ELEC) gets its site's name as `T2` (Zotero reads it as the website's title);
 * - one line per value, never wrapped (citation-js wraps at 70 characters and readers join the pieces with a
 *   space, breaking URLs); inside a value, every run of spaces, line breaks and other control characters becomes
 *   one space, so that no value can start a tag of its own, nor hold the "  - " that simple readers split a line
 *   at; CSL's rich-text marks are removed (RIS is plain text).
 */
export function formatRis(items: readonly CslItem[]): string {
  const records = new Cite(structuredClone(items)).format('ris', { format: 'object' }) as RisRecord[];
  const lines = records.flatMap((record, index) => {
    const item = items[index];
    return item === undefined ? [] : toLines(repair(record, item));
  });
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}

function repair(record: RisRecord, item: CslItem): RisRecord {
  // M1 (citation-js's place for a web page's access date), and the dates and id it wrote, are replaced below.
  const { M1: _accessedAsNumber, Y2: _accessed, DA: _date, PY: _year, ID: _cutId, ...rest } = record;
  const repaired: RisRecord = { ...rest, ID: item.id, PY: toRisYear(item.issued), DA: toRisDate(item.issued) };
  if (item.accessed !== undefined) repaired['Y2'] = toRisDate(item.accessed);
  const site = item['container-title'];
  if (record['TY'] === 'ELEC' && site !== undefined) repaired['T2'] = site;
  return repaired;
}

// TY first and ER last, as RIS requires; one line per value, never wrapped.
function toLines({ TY: type, ...tags }: RisRecord): string[] {
  const known = TAG_ORDER.filter((tag) => tags[tag] !== undefined);
  const others = Object.keys(tags).filter((tag) => !(TAG_ORDER as readonly string[]).includes(tag));
  const lines = [`TY  - ${String(type)}`];
  for (const tag of [...known, ...others]) {
    for (const part of [tags[tag] ?? []].flat()) lines.push(`${tag}  - ${toPlainText(part)}`);
  }
  lines.push('ER  - ');
  return lines;
}

// One line, without CSL's rich-text markup (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
function toPlainText(value: string): string {
  return value
    .replace(/<\/?(?:i|b|sup|sub|span)\b[^>]*>/g, '')
    .replace(/[\s\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .trim();
}

/**
 * A CSL date as a RIS date, `YYYY/MM/DD/` zero-padded, the parts the date lacks left empty: "2022/06//", "1992///".
 * A range is written as its start (RIS has no ranges).
 */
export function toRisDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return [pad(year, 4), month === undefined ? '' : pad(month, 2), day === undefined ? '' : pad(day, 2), ''].join('/');
}

function toRisYear(date: CslDate): string {
  return pad(date['date-parts'][0][0], 4);
}

function pad(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}
