import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportProblem } from '../../../src/lib/import/imported-event.ts';
import { readTimelineJsJson } from '../../../src/lib/import/read-timelinejs-json.ts';
import { readTimelineJsSheet } from '../../../src/lib/import/read-timelinejs-sheet.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('readTimelineJsSheet()', () => {
  const read = readTimelineJsSheet(fixture('timelinejs-sheet.csv'));

  it('reads each event row at the precision it gives, numbered as the spreadsheet numbers rows', () => {
    expect(read.events.map((event) => [event.row, event.title, event.date, event.group])).toEqual([
      [4, 'Old ferry closes', '1994', 'Works'],
      [5, 'Bridge works, first phase', '2003-06/2004-03', 'Works'],
      [6, 'Council votes to finish the bridge', '2005-11-03', undefined],
      [12, 'Ceremony & opening', '2016', 'Celebrations'],
    ]);
  });

  it('turns the Text column into sanitised Markdown and keeps media, display dates and times for the editor', () => {
    const [ferry, works, vote] = read.events;
    expect(ferry!.summary).toBe('The old ferry across the harbour **closed**.');
    expect(ferry!.kept).toEqual(['Media: https://example.org/ferry.jpg (The last ferry; Gazette archive)']);
    expect(works!.summary).toBe('Works began.\n\nA bad link and a [plan](https://example.org/plan).');
    expect(vote!.summary).toBe('Votes: 7 to 2.');
    expect(vote!.kept).toEqual([
      'Media in the text: x',
      'Display Date: 3 November',
      'Time: 14:30 (the site dates events to the day)',
    ]);
  });

  it('names the row and column of every bad row, and lists the rows it skips on purpose', () => {
    expect(read.problems.map((problem) => formatImportProblem(problem))).toEqual([
      'row 8: Day: February 2010 has no day 30',
      'row 9: Year: years before 1 CE are not supported: -500',
      'row 10: Headline: is empty: an event needs a title',
      'row 11: End Year: interval ends (2014) before it starts (2015-03)',
    ]);
    expect(read.skipped.map((problem) => formatImportProblem(problem))).toEqual([
      'row 2: Type: the title slide is not an event',
      'row 3: Type: an era is not an event (declare eras in timeline.yaml)',
      'row 7: empty row',
    ]);
  });

  it('refuses a file without the template header, and says which columns are missing', () => {
    expect(readTimelineJsSheet('a,b\n1,2\n').problems.map((p) => formatImportProblem(p))).toEqual([
      'row 1: has no header row with a "Headline" column (is it the TimelineJS template?)',
    ]);
    expect(readTimelineJsSheet('Headline,Text\nA,B\n').problems.map((p) => formatImportProblem(p))).toEqual([
      'row 1: the header row lacks the column Year',
    ]);
  });
});

describe('readTimelineJsJson()', () => {
  const read = readTimelineJsJson(fixture('timelinejs.json'));

  it('reads each slide with its unique_id, group, dates and text', () => {
    expect(read.events.map((event) => [event.row, event.sourceId, event.title, event.date, event.group])).toEqual([
      [1, 'ferry-closed', 'Old ferry closes', '1994', 'Works'],
      [2, 'Not A Valid Id!', 'Council vote', '2005-11-03', 'Council'],
    ]);
    expect(read.events[0]!.summary).toBe('The old ferry closed.');
    expect(read.events[0]!.kept).toEqual([
      'Media in the text: https://example.org/video',
      'Media: https://example.org/ferry.jpg (The last ferry; Gazette)',
    ]);
  });

  it('names the slide and field of every bad slide', () => {
    expect(read.problems.map((problem) => formatImportProblem(problem, read.unit))).toEqual([
      'slide 3: start_date.month: must be a month number from 1 to 12, not "13"',
      'slide 4: is not a slide (an object with start_date and text)',
      'slide 5: start_date.year: is missing',
    ]);
    expect(read.skipped.map((problem) => formatImportProblem(problem, read.unit))).toEqual([
      'title: the title slide is not an event',
      'eras[0]: an era is not an event (declare eras in timeline.yaml)',
    ]);
  });

  it('refuses text that is not TimelineJS data', () => {
    expect(readTimelineJsJson('{').problems[0]!.message).toMatch(/^is not valid JSON: /);
    expect(readTimelineJsJson('{"slides": []}').problems[0]!.message).toBe(
      'is not TimelineJS data: it needs an "events" list',
    );
  });
});
