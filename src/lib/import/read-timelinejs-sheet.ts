import { csvParseRows } from 'd3-dsv';
import { htmlToMarkdown, htmlToPlainText } from './html-to-markdown.ts';
import type { ImportedEvent, ImportProblem, ImportRead } from './imported-event.ts';
import { timelineJsSpan } from './timelinejs-date.ts';

/** The columns of Knight Lab's TimelineJS Google Sheets template, as its CSV export names them. */
export const TIMELINEJS_SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

type Column = (typeof TIMELINEJS_SHEET_COLUMNS)[number];

/**
 * The events of the TimelineJS Google Sheets template exported as CSV. Columns are found by name (any order, any
 * case, extra columns ignored). Rows are numbered as the spreadsheet numbers them (the header is row 1). Title and
 * era rows (`Type`) and empty rows are listed as skipped; a row whose date or headline is wrong is a problem naming
 * its row and column. Cells may hold HTML (TimelineJS shows it), converted to Markdown and sanitised.
 */
export function readTimelineJsSheet(text: string): ImportRead {
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
  const headerIndex = rows.findIndex((row) => row.some((cell) => normalise(cell) === 'headline'));
  if (headerIndex === -1) {
    const message = 'has no header row with a "Headline" column (is it the TimelineJS template?)';
    return { unit: 'row', events: [], skipped: [], problems: [{ row: 1, column: '', message }] };
  }
  const header = rows[headerIndex]!.map(normalise);
  const index = new Map<Column, number>();
  for (const column of TIMELINEJS_SHEET_COLUMNS) {
    const at = header.indexOf(normalise(column));
    if (at !== -1) index.set(column, at);
  }
  const missing = (['Year', 'Headline'] as const).filter((column) => !index.has(column));
  if (missing.length > 0) {
    const message = `the header row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    return { unit: 'row', events: [], skipped: [], problems: [{ row: headerIndex + 1, column: '', message }] };
  }
  const events: ImportedEvent[] = [];
  const problems: ImportProblem[] = [];
  const skipped: ImportProblem[] = [];
  rows.slice(headerIndex + 1).forEach((cells, i) => {
    const row = headerIndex + i + 2;
    const cell = (column: Column) => {
      const at = index.get(column);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    if (cells.every((value) => value.trim() === '')) {
      skipped.push({ row, column: '', message: 'empty row' });
      return;
    }
    const type = cell('Type').toLowerCase();
    if (type === 'title' || type === 'era') {
      const message =
        type === 'title' ? 'the title slide is not an event' : 'an era is not an event (declare eras in timeline.yaml)';
      skipped.push({ row, column: 'Type', message });
      return;
    }
    const before = problems.length;
    const title = htmlToPlainText(cell('Headline'));
    if (title === '') problems.push({ row, column: 'Headline', message: 'is empty: an event needs a title' });
    const hasEnd = cell('End Year') !== '' || cell('End Month') !== '' || cell('End Day') !== '';
    const span = timelineJsSpan(
      { year: cell('Year'), month: cell('Month'), day: cell('Day') },
      hasEnd ? { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') } : undefined,
    );
    if (!span.ok) {
      for (const problem of span.problems) {
        const column =
          problem.date === 'order' ? 'End Year' : `${problem.date === 'end' ? 'End ' : ''}${COLUMN_OF[problem.part]}`;
        problems.push({ row, column, message: problem.reason });
      }
    }
    if (problems.length > before || !span.ok) return;
    const date = span.edtf;
    const converted = htmlToMarkdown(cell('Text'));
    const kept = [
      ...converted.media.map((url) => `Media in the text: ${url}`),
      ...keptCell('Media', cell('Media'), [cell('Media Caption'), cell('Media Credit')]),
      ...keptCell('Media Thumbnail', cell('Media Thumbnail')),
      ...keptCell('Background', cell('Background')),
      ...keptCell('Display Date', cell('Display Date')),
      ...keptCell('Time', cell('Time'), [], ' (the site dates events to the day)'),
      ...keptCell('End Time', cell('End Time'), [], ' (the site dates events to the day)'),
    ];
    const group = htmlToPlainText(cell('Group'));
    events.push({
      row,
      title,
      date,
      ...(group === '' ? {} : { group }),
      summary: converted.markdown,
      actors: [],
      places: [],
      citations: [],
      kept,
    });
  });
  return { unit: 'row', events, problems, skipped };
}

const COLUMN_OF = { year: 'Year', month: 'Month', day: 'Day' } as const;

function keptCell(name: string, value: string, about: readonly string[] = [], why = ''): string[] {
  if (value === '') return [];
  const details = about.map(htmlToPlainText).filter((text) => text !== '');
  return [`${name}: ${htmlToPlainText(value)}${details.length > 0 ? ` (${details.join('; ')})` : ''}${why}`];
}

function normalise(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}
