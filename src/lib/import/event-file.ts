import { FRONTMATTER_COMMENTS, writeContentFile } from '../content-file/write-content-file.ts';
import type { ImportedCitation } from './imported-event.ts';

/** What an imported event file says, in the order an editor writes the fields. */
export interface EventFileFields {
  readonly title: string;
  readonly date: string;
  readonly lane: string;
  readonly draft: boolean;
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly citations: readonly ImportedCitation[];
  readonly note?: string;
  readonly corrections?: readonly { readonly date: string; readonly text: string }[];
  readonly summary: string;
  /** Comment lines at the top of the frontmatter: where the event came from, and what the import could not keep. */
  readonly comments: readonly string[];
}

/**
 * An event file as an editor would write it, through the one formatter of content files (writeContentFile): the
 * schema's field order, text in double quotes, dates always quoted so that YAML never reads them as numbers or
 * instants, then the summary.
 */
export function writeEventFile(fields: EventFileFields): string {
  return writeContentFile('events', {
    [FRONTMATTER_COMMENTS]: fields.comments.map((line) => line.replace(/[\r\n]+/g, ' ')).join('\n'),
    title: fields.title,
    date: fields.date,
    lane: fields.lane,
    ...(fields.draft ? { status: 'draft' } : {}),
    actors: fields.actors,
    places: fields.places,
    citations: fields.citations,
    note: fields.note,
    corrections: fields.corrections?.map(({ date, text }) => ({ date, text })),
    body: `${fields.summary.trim()}\n`,
  });
}
