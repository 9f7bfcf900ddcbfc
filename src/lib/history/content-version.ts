import { createHash } from 'node:crypto';
import type { CalendarDay } from '../dates/calendar-day.ts';
import { toDatetimeAttribute } from '../dates/format-date.ts';
import { dayDate } from '../dates/partial-date.ts';
import { toSubstance } from './content-substance.ts';

/** One state of a content file as its repository recorded it (read at the edge, from git). */
export interface FileRevision {
  /** The commit, or undefined for the working tree's uncommitted text. */
  readonly commit?: string;
  /** The day the change was made (the commit's author date, in the author's time zone). */
  readonly day: CalendarDay;
  /** The file's text after the change; undefined when the change deleted the file. */
  readonly text?: string;
}

/** A published version: a revision that changed what the file says. */
export interface ContentVersion {
  /** Permanent: `<YYYY-MM-DD>-<first 8 hex digits of the SHA-256 of the substance>` (see toVersionId). */
  readonly id: string;
  readonly day: CalendarDay;
  readonly commit?: string;
  readonly text: string;
}

/**
 * The versions of a content file, oldest first, from its revisions, oldest first: a revision is a version only when
 * its substance differs from the version before it (a reformatting commit is not), and deleting a file makes no
 * version (restoring the same text later makes none either).
 */
export function toVersions(revisions: readonly FileRevision[]): ContentVersion[] {
  const versions: ContentVersion[] = [];
  const taken = new Set<string>();
  let previous: string | undefined;
  for (const revision of revisions) {
    if (revision.text === undefined) continue;
    const substance = toSubstance(revision.text);
    if (substance === previous) continue;
    previous = substance;
    let id = toVersionId(revision.day, substance);
    // The same text on the same day twice (changed and changed back): the later one is told apart by a counter.
    for (let n = 2; taken.has(id); n++) id = `${toVersionId(revision.day, substance)}-${n}`;
    taken.add(id);
    versions.push({
      id,
      day: revision.day,
      ...(revision.commit === undefined ? {} : { commit: revision.commit }),
      text: revision.text,
    });
  }
  return versions;
}

/**
 * A version's permanent id: its day and a short hash of what it says, never of the commit, so that the address
 * stays when commits are rebased or later versions are added.
 * @example toVersionId({ year: 2026, month: 12, day: 2 }, substance) // "2026-12-02-3f1c0a9b"
 */
export function toVersionId(day: CalendarDay, substance: string): string {
  const hash = createHash('sha256').update(substance).digest('hex').slice(0, 8);
  return `${toDatetimeAttribute(dayDate(day))}-${hash}`;
}
