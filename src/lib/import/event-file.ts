import { dump } from 'js-yaml';
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
 * An event file as an editor would write it: YAML frontmatter in the README's field order (strings quoted only where
 * YAML needs it, dates always quoted so that YAML never reads them as numbers or instants), then the summary.
 */
export function writeEventFile(fields: EventFileFields): string {
  const data: Record<string, unknown> = {
    title: fields.title,
    date: fields.date,
    lane: fields.lane,
    ...(fields.draft ? { status: 'draft' } : {}),
    ...(fields.actors.length > 0 ? { actors: fields.actors } : {}),
    ...(fields.places.length > 0 ? { places: fields.places } : {}),
    ...(fields.citations.length > 0 ? { citations: fields.citations } : {}),
    ...(fields.note === undefined ? {} : { note: fields.note }),
    ...(fields.corrections === undefined || fields.corrections.length === 0
      ? {}
      : { corrections: fields.corrections.map(({ date, text }) => ({ date, text })) }),
  };
  const frontmatter = dump(data, { lineWidth: 118, noRefs: true });
  const dateLine = /^date: .*$/m;
  const comments = fields.comments.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('');
  // js-yaml leaves "1991" unquoted only where it would read back as a number; quote every date the same way.
  const quoted = frontmatter.replace(dateLine, `date: ${JSON.stringify(fields.date)}`);
  return `---\n${comments}${quoted}---\n${fields.summary.trim()}\n`;
}
