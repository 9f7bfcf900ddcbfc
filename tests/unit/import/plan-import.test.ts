import { describe, expect, it } from 'vitest';
import type { ImportedEvent, ImportRead } from '../../../src/lib/import/imported-event.ts';
import { planImport, type ImportContext } from '../../../src/lib/import/plan-import.ts';
import { DEFAULT_MARKUP_POLICY } from '../../../src/lib/markup/markdown-problems.ts';

const event = (row: number, fields: Partial<ImportedEvent> = {}): ImportedEvent => ({
  row,
  title: `Event number ${row}`,
  date: '2001',
  summary: 'A summary.',
  actors: [],
  places: [],
  citations: [],
  kept: [],
  ...fields,
});
const read = (...events: ImportedEvent[]): ImportRead => ({ unit: 'row', events, problems: [], skipped: [] });
const context = (fields: Partial<ImportContext> = {}): ImportContext => ({
  sourceName: 'sheet.csv',
  lanes: [
    { id: 'works', label: 'Works' },
    { id: 'council', label: 'Town council' },
  ],
  existing: new Map(),
  policy: DEFAULT_MARKUP_POLICY,
  overwrite: false,
  ...fields,
});

describe('planImport()', () => {
  it('writes a draft for an event without citations, in the one content-file form, with where it came from', () => {
    const plan = planImport(read(event(4, { group: 'Works', kept: ['Media: https://example.org/a.jpg'] })), context());
    expect(plan.files).toEqual([
      {
        id: 'event-number-4-2001',
        row: 4,
        action: 'create',
        draft: true,
        text:
          '---\n# Imported from sheet.csv, row 4 (npm run import).\n# Media: https://example.org/a.jpg\n' +
          'title: "Event number 4"\ndate: "2001"\nlane: works\nstatus: draft\n---\nA summary.\n',
      },
    ]);
  });

  it('publishes an event that brings citations, and keeps its own valid id', () => {
    const citations = [{ article: 'gazette', quote: 'four words at least', stance: 'fact' as const }];
    const plan = planImport(read(event(2, { sourceId: 'ferry-closed', citations })), context());
    expect(plan.files.map((file) => [file.id, file.draft])).toEqual([['ferry-closed', false]]);
    expect(plan.files[0]!.text).not.toContain('status:');
  });

  it('matches groups to lanes by id or label, lists unknown groups with a lane id, and reports rows without one', () => {
    const plan = planImport(
      read(
        event(2, { group: 'town council' }),
        event(3, { group: 'Celebrations & fêtes' }),
        event(4, { group: 'Celebrations & fêtes' }),
        event(5),
      ),
      context(),
    );
    expect(plan.files.map((file) => /^lane: (.*)$/m.exec(file.text)![1])).toEqual([
      'council',
      'celebrations-fetes',
      'celebrations-fetes',
      'works',
    ]);
    expect(plan.unknownGroups).toEqual([{ group: 'Celebrations & fêtes', lane: 'celebrations-fetes', rows: [3, 4] }]);
    expect(plan.ungrouped).toEqual([5]);
  });

  it('gives two events with the same title and date two ids', () => {
    const plan = planImport(read(event(2), event(3, { title: 'Event number 2' })), context());
    expect(plan.files.map((file) => file.id)).toEqual(['event-number-2-2001', 'event-number-2-2001-2']);
  });

  it('changes nothing when the same file is imported again', () => {
    const first = planImport(read(event(2)), context());
    const existing = new Map(first.files.map((file) => [file.id, { text: file.text, published: false }]));
    const again = planImport(read(event(2)), context({ existing }));
    expect(again.files).toEqual([]);
    expect(again.unchanged).toEqual([{ id: 'event-number-2-2001', row: 2 }]);
  });

  it('updates a draft, but leaves a published event alone unless told to overwrite it', () => {
    const existing = new Map([['event-number-2-2001', { text: 'edited by hand', published: true }]]);
    const refused = planImport(read(event(2)), context({ existing }));
    expect(refused.files).toEqual([]);
    expect(refused.problems).toEqual([
      {
        row: 2,
        column: '',
        message:
          'events/event-number-2-2001.md is published and differs: left as it is (run with --overwrite to replace it)',
      },
    ]);
    expect(planImport(read(event(2)), context({ existing, overwrite: true })).files[0]!.action).toBe('overwrite');
    const draft = new Map([['event-number-2-2001', { text: 'old draft', published: false }]]);
    expect(planImport(read(event(2)), context({ existing: draft })).files[0]!.action).toBe('update');
  });

  it('refuses a summary or note that the site would refuse, naming the row and field', () => {
    const plan = planImport(
      read(event(3, { summary: 'Hi <b>there</b>', note: '[x](javascript:alert(1))' })),
      context(),
    );
    expect(plan.files).toEqual([]);
    expect(plan.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [3, 'summary'],
      [3, 'note'],
    ]);
  });

  it('writes the title as the summary of an event without text, and says so in the file', () => {
    const plan = planImport(read(event(2, { summary: '' })), context());
    expect(plan.files[0]!.text).toContain('# The source had no text: the summary repeats the title');
    expect(plan.files[0]!.text.endsWith('---\nEvent number 2\n')).toBe(true);
  });
});
