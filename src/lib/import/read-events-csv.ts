import { csvParse } from 'd3-dsv';
import { CSV_LIST_SEPARATOR } from '../export/events-csv.ts';
import { fromSpreadsheetSafe } from '../export/spreadsheet-safe.ts';
import { edtfProblem } from './edtf-problem.ts';
import type { ImportedCitation, ImportedEvent, ImportProblem, ImportRead } from './imported-event.ts';

/** Whether a CSV header row is that of this site's own `events.csv`. */
export function isEventsCsvHeader(header: readonly string[]): boolean {
  return header.includes('id') && header.includes('date_edtf') && header.includes('lane_id');
}

/**
 * The events of an `events.csv` this site wrote (or a spreadsheet edited from one): every field as written,
 * citations included, so an edition moves between sites whole. Cells a spreadsheet would run as a formula were
 * written with a leading `'`, removed here.
 */
export function readEventsCsv(text: string): ImportRead {
  const table = csvParse(text.replace(/^\uFEFF/, ''));
  if (!isEventsCsvHeader(table.columns)) {
    const message = 'is not an events.csv of this site: it needs the columns id, date_edtf and lane_id';
    return { unit: 'row', events: [], skipped: [], problems: [{ row: 1, column: '', message }] };
  }
  const events: ImportedEvent[] = [];
  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  table.forEach((record, i) => {
    const row = i + 2;
    const cell = (column: string) => fromSpreadsheetSafe(record[column] ?? '').trim();
    if (table.columns.every((column) => (record[column] ?? '').trim() === '')) {
      skipped.push({ row, column: '', message: 'empty row' });
      return;
    }
    const before = problems.length;
    const title = cell('title');
    if (title === '') problems.push({ row, column: 'title', message: 'is empty: an event needs a title' });
    const date = cell('date_edtf');
    const dateProblem = date === '' ? 'is empty: an event needs a date' : edtfProblem(date);
    if (dateProblem !== undefined) problems.push({ row, column: 'date_edtf', message: dateProblem });
    const citations: ImportedCitation[] = [];
    for (let n = 1; table.columns.includes(`citation_${n}_article`); n++) {
      const article = cell(`citation_${n}_article`);
      const quote = cell(`citation_${n}_quote`);
      if (article === '' && quote === '') continue;
      const stance = cell(`citation_${n}_stance`) || 'fact';
      if (article === '' || quote === '' || (stance !== 'fact' && stance !== 'claim')) {
        const column = article === '' ? 'article' : quote === '' ? 'quote' : 'stance';
        const message = column === 'stance' ? `must be "fact" or "claim", not ${JSON.stringify(stance)}` : 'is empty';
        problems.push({ row, column: `citation_${n}_${column}`, message });
        continue;
      }
      const claimant = cell(`citation_${n}_claimant`);
      citations.push({ article, quote, stance, ...(claimant === '' ? {} : { claimant }) });
    }
    const corrections: { date: string; text: string }[] = [];
    for (let n = 1; table.columns.includes(`correction_${n}_date`); n++) {
      const date = cell(`correction_${n}_date`);
      const text = cell(`correction_${n}_text`);
      if (date === '' && text === '') continue;
      if (date === '' || text === '') {
        const column = date === '' ? `correction_${n}_date` : `correction_${n}_text`;
        problems.push({ row, column, message: 'is empty' });
        continue;
      }
      corrections.push({ date, text });
    }
    if (problems.length > before) return;
    const list = (column: string) =>
      cell(column)
        .split(CSV_LIST_SEPARATOR.trim())
        .map((item) => item.trim())
        .filter((item) => item !== '');
    const note = cell('note');
    events.push({
      row,
      ...(cell('id') === '' ? {} : { sourceId: cell('id') }),
      title,
      date,
      ...(cell('lane_id') === '' ? {} : { group: cell('lane_id') }),
      summary: cell('summary'),
      ...(note === '' ? {} : { note }),
      actors: list('actors'),
      places: list('places'),
      citations,
      ...(corrections.length === 0 ? {} : { corrections }),
      kept: [],
    });
  });
  return { unit: 'row', events, problems, skipped };
}
