import { spawnSync } from 'node:child_process';
import type { CalendarDay } from '../lib/dates/calendar-day.ts';
import type { FileRevision } from '../lib/history/content-version.ts';

/**
 * The content folder's git history, read once per build: one `git log` for every commit that touched the folder
 * (with the blob id of each file it changed) and one `git cat-file --batch` for the texts of all those blobs, so the
 * cost grows with the number of commits and changed files, never with one process per page. src/lib decides what
 * the revisions mean (src/lib/history).
 *
 * Renames are not followed (`--no-renames`): a file's name is its page's permanent id, so a renamed file is a new
 * page, and its history starts at the rename. Merge commits add no revisions of their own; the commits they bring
 * in do. Dates are author dates, which survive a rebase, in the author's own time zone.
 */
export type ContentHistory =
  | {
      readonly available: true;
      /** Revisions of each file that history knows, oldest first, by path relative to the content folder. */
      readonly revisions: ReadonlyMap<string, readonly FileRevision[]>;
    }
  | {
      readonly available: false;
      /** Why there is no history, in a few words: "not a git repository", "a shallow clone". */
      readonly reason: string;
    };

/** Read the history of `contentDir` (a repository, a subfolder of one, or no repository at all). */
export function readContentHistory(contentDir: string, env: NodeJS.ProcessEnv = process.env): ContentHistory {
  if (env['TIMELINE_HISTORY'] === 'off') return { available: false, reason: 'TIMELINE_HISTORY=off' };
  const probe = git(contentDir, ['rev-parse', '--is-shallow-repository']);
  if (probe.error !== undefined) return { available: false, reason: `git cannot run (${probe.error})` };
  if (probe.status !== 0) return { available: false, reason: 'the content folder is not in a git repository' };
  if (probe.stdout.trim() === 'true') return { available: false, reason: 'the repository is a shallow clone' };

  const log = git(contentDir, [
    '-c',
    'core.quotePath=false',
    'log',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--relative',
    '--format=%x01%H %aI',
    '--',
    '.',
  ]);
  if (log.status !== 0) return { available: false, reason: `git log failed: ${log.stderr.trim() || log.error}` };
  const changes = parseLog(log.stdout);
  if (changes.length === 0) return { available: false, reason: 'no commit touches the content folder' };

  const blobs = [...new Set(changes.flatMap((change) => (change.blob === undefined ? [] : [change.blob])))];
  const texts = readBlobs(contentDir, blobs);
  const revisions = new Map<string, FileRevision[]>();
  // git log lists the newest commit first; revisions are kept oldest first.
  for (const change of changes.reverse()) {
    const list = revisions.get(change.path) ?? [];
    const text = change.blob === undefined ? undefined : texts.get(change.blob);
    list.push({ commit: change.commit, day: change.day, ...(text === undefined ? {} : { text }) });
    revisions.set(change.path, list);
  }
  return { available: true, revisions };
}

interface FileChange {
  readonly commit: string;
  readonly day: CalendarDay;
  readonly path: string;
  /** The file's blob after the commit; undefined when the commit deleted it. */
  readonly blob?: string;
}

const NO_BLOB = /^0+$/;

// `\x01<hash> <author date>` then `:<mode> <mode> <old blob> <new blob> <status>\t<path>` per changed file.
function parseLog(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const record of output.split('\x01').slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [commit = '', date = ''] = header.split(' ');
    const day = parseDay(date);
    if (day === undefined) continue;
    for (const line of lines) {
      const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) [A-Z]\d*\t(.+)$/.exec(line);
      if (match === null) continue;
      const [, blob = '', path = ''] = match;
      changes.push({ commit, day, path, ...(NO_BLOB.test(blob) ? {} : { blob }) });
    }
  }
  return changes;
}

function parseDay(isoDate: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(isoDate);
  return match === null ? undefined : { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

// One `git cat-file --batch` for every blob: `<blob> blob <size>\n<content>\n` each.
function readBlobs(cwd: string, blobs: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (blobs.length === 0) return texts;
  const result = spawnSync('git', ['cat-file', '--batch'], {
    cwd,
    input: `${blobs.join('\n')}\n`,
    maxBuffer: 1 << 30,
  });
  const out = result.stdout;
  const decoder = new TextDecoder('utf-8');
  let offset = 0;
  while (offset < out.length) {
    const lineEnd = out.indexOf(10, offset);
    if (lineEnd < 0) break;
    const [blob = '', type = '', size = ''] = out.subarray(offset, lineEnd).toString('utf8').split(' ');
    offset = lineEnd + 1;
    if (type !== 'blob') continue; // "<blob> missing"
    const length = Number(size);
    texts.set(blob, decoder.decode(out.subarray(offset, offset + length)));
    offset += length + 1;
  }
  return texts;
}

function git(cwd: string, args: readonly string[]): { status: number; stdout: string; stderr: string; error?: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const error = (result.error as NodeJS.ErrnoException | undefined)?.code;
  return {
    status: result.status ?? 1,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ...(error === undefined ? {} : { error }),
  };
}
