import { markdownProblems, type MarkupPolicy } from '../markup/markdown-problems.ts';
import { writeEventFile } from './event-file.ts';
import type { ImportedEvent, ImportProblem, ImportRead } from './imported-event.ts';

/** An event file already in the content folder. */
export interface ExistingEvent {
  readonly text: string;
  /** False for a draft: a re-import may update a draft, never a published event unless told to. */
  readonly published: boolean;
}

/** What the import is run on. */
export interface ImportContext {
  /** The source file's name, written into each event file's first comment. */
  readonly sourceName: string;
  /** The site's lanes, to match groups by id or label. */
  readonly lanes: readonly { readonly id: string; readonly label: string }[];
  readonly existing: ReadonlyMap<string, ExistingEvent>;
  readonly policy: MarkupPolicy;
  /** Replace published events whose file differs (`--overwrite`). */
  readonly overwrite: boolean;
}

/** One file to write. */
export interface PlannedFile {
  readonly id: string;
  readonly row: number;
  readonly text: string;
  readonly action: 'create' | 'update' | 'overwrite';
  readonly draft: boolean;
}

/** A group that names no lane of the site: the lane the events were given, to declare in timeline.yaml. */
export interface UnknownGroup {
  readonly group: string;
  readonly lane: string;
  readonly rows: readonly number[];
}

/** Everything an import would do, computed before anything is written. */
export interface ImportPlan {
  readonly files: readonly PlannedFile[];
  /** Events whose file already says exactly this: re-importing the same source changes nothing. */
  readonly unchanged: readonly { readonly id: string; readonly row: number }[];
  /** Rows not imported, with why: the reader's problems and skipped rows, refused overwrites, unsafe text. */
  readonly problems: readonly ImportProblem[];
  readonly skipped: readonly ImportProblem[];
  readonly unknownGroups: readonly UnknownGroup[];
  /** Rows without a group, put in the first lane. */
  readonly ungrouped: readonly number[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Decide what importing `read` into a content folder does: an id per event (the source's own when it is a valid id,
 * otherwise the title's first words and the date), a lane per group, `status: draft` for every event without a
 * citation, and for each file whether it is new, an update of a draft, unchanged, or a published event that is
 * left alone unless `overwrite` is set. Pure: the caller reads the folder and writes the files.
 */
export function planImport(read: ImportRead, context: ImportContext): ImportPlan {
  const problems: ImportProblem[] = [...read.problems];
  const files: PlannedFile[] = [];
  const unchanged: { id: string; row: number }[] = [];
  const groups = new Map<string, { lane: string; rows: number[] }>();
  const ungrouped: number[] = [];
  const taken = new Set<string>();
  const firstLane = context.lanes[0]?.id ?? 'events';

  for (const event of read.events) {
    const unsafe = [
      ...markdownProblems(event.summary, context.policy).map((message) => ({ column: 'summary', message })),
      ...(event.note === undefined ? [] : markdownProblems(event.note, context.policy)).map((message) => ({
        column: 'note',
        message,
      })),
      ...(event.corrections ?? []).flatMap((correction, i) =>
        markdownProblems(correction.text, context.policy).map((message) => ({
          column: `corrections[${i}].text`,
          message,
        })),
      ),
    ];
    if (unsafe.length > 0) {
      problems.push(...unsafe.map(({ column, message }) => ({ row: event.row, column, message })));
      continue;
    }
    const lane = laneOf(event, context, groups, ungrouped, firstLane);
    const id = uniqueId(event, taken);
    taken.add(id);
    const draft = event.citations.length === 0;
    const text = writeEventFile({
      title: event.title,
      date: event.date,
      lane,
      draft,
      actors: event.actors,
      places: event.places,
      citations: event.citations,
      ...(event.note === undefined ? {} : { note: event.note }),
      ...(event.corrections === undefined ? {} : { corrections: event.corrections }),
      summary: event.summary === '' ? event.title : event.summary,
      comments: [
        `Imported from ${context.sourceName}, ${read.unit} ${event.row} (npm run import).`,
        ...(event.summary === ''
          ? ['The source had no text: the summary repeats the title until an editor writes one.']
          : []),
        ...event.kept,
      ],
    });
    const existing = context.existing.get(id);
    if (existing?.text === text) {
      unchanged.push({ id, row: event.row });
    } else if (existing === undefined) {
      files.push({ id, row: event.row, text, action: 'create', draft });
    } else if (!existing.published) {
      files.push({ id, row: event.row, text, action: 'update', draft });
    } else if (context.overwrite) {
      files.push({ id, row: event.row, text, action: 'overwrite', draft });
    } else {
      problems.push({
        row: event.row,
        column: '',
        message: `events/${id}.md is published and differs: left as it is (run with --overwrite to replace it)`,
      });
    }
  }
  return {
    files,
    unchanged,
    problems: problems.sort((a, b) => a.row - b.row),
    skipped: read.skipped,
    unknownGroups: [...groups].map(([group, { lane, rows }]) => ({ group, lane, rows })),
    ungrouped,
  };
}

function laneOf(
  event: ImportedEvent,
  context: ImportContext,
  unknown: Map<string, { lane: string; rows: number[] }>,
  ungrouped: number[],
  firstLane: string,
): string {
  if (event.group === undefined) {
    ungrouped.push(event.row);
    return firstLane;
  }
  const key = event.group.trim().toLowerCase();
  const known = context.lanes.find((lane) => lane.id === key || lane.label.trim().toLowerCase() === key);
  if (known !== undefined) return known.id;
  const entry = unknown.get(event.group) ?? { lane: slug(event.group) || 'group', rows: [] };
  entry.rows.push(event.row);
  unknown.set(event.group, entry);
  return entry.lane;
}

function uniqueId(event: ImportedEvent, taken: ReadonlySet<string>): string {
  const base =
    event.sourceId !== undefined && ID.test(event.sourceId)
      ? event.sourceId
      : [slug(event.title.split(/\s+/).slice(0, 6).join(' ')), event.date.split('/')[0]!.replace(/[^0-9-]/g, '')]
          .filter((part) => part !== '')
          .join('-');
  let id = base || 'event';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Lowercase ASCII letters and digits joined by single hyphens: "Peace talks (Minsk)" -> "peace-talks-minsk". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
