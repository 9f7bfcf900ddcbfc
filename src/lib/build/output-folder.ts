/**
 * The rules of the build's output folder: the build writes into a staging folder beside it and swaps it in only when
 * everything succeeded (src/integrations/atomic-output.ts does the file work). Names and verdicts live here.
 */

/** The file in every output folder the build made; its presence is what lets the next build replace the folder. */
export const MARKER_FILE = '.timeline-build';

/** The marker's text: fixed, so two builds of the same content stay byte-identical. */
export const MARKER_TEXT =
  'This folder was written by the timeline build (astro build); the next build replaces all of it.\n';

/** What a build may do with the folder it is asked to write. */
export type OutputVerdict =
  | 'absent' // nothing there yet: a fresh clone
  | 'empty'
  | 'ours' // holds the marker
  | 'earlier-build' // the default dist/ as earlier versions of this site built it, before the marker existed
  | 'foreign'; // anything else: never emptied

/** The two kinds of folder a build leaves beside the output while it runs: its new site, and the old one. */
export type Leftover = { readonly kind: 'staging' | 'replaced'; readonly pid: number };

/** `.dist.building-4242`: where build 4242 writes the site that will become `dist`. */
export function stagingName(outName: string, pid: number): string {
  return `.${outName}.building-${pid}`;
}

/** `.dist.replaced-4242`: where build 4242 moves the previous `dist` for the moment of the swap. */
export function replacedName(outName: string, pid: number): string {
  return `.${outName}.replaced-${pid}`;
}

/**
 * Recognise a folder a build of `outName` left behind, by its exact name.
 * @example parseLeftover('.dist.building-4242', 'dist') // { kind: 'staging', pid: 4242 }
 */
export function parseLeftover(entryName: string, outName: string): Leftover | undefined {
  const prefix = `.${outName}.`;
  if (!entryName.startsWith(prefix)) return undefined;
  const match = /^(building|replaced)-([1-9][0-9]{0,9})$/.exec(entryName.slice(prefix.length));
  if (match === null) return undefined;
  return { kind: match[1] === 'building' ? 'staging' : 'replaced', pid: Number(match[2]) };
}

/**
 * Judge a would-be output folder by the names at its top level (`undefined`: it does not exist). Only the project's
 * own default `dist/` may be an earlier build without a marker, and only if it has what every earlier build wrote.
 */
export function judgeOutputFolder(entries: readonly string[] | undefined, isDefaultDist: boolean): OutputVerdict {
  if (entries === undefined) return 'absent';
  if (entries.length === 0) return 'empty';
  if (entries.includes(MARKER_FILE)) return 'ours';
  const earlier = ['index.html', '_astro', 'pagefind'].every((name) => entries.includes(name));
  return isDefaultDist && earlier ? 'earlier-build' : 'foreign';
}

/** Why the build stops instead of emptying `folder`, and what to do. */
export function refusalMessage(folder: string): string {
  return [
    `Refusing to build into ${folder}: the folder is not empty and this build did not make it`,
    `(it has no ${MARKER_FILE} file), so replacing it would delete what it holds.`,
    'Set TIMELINE_OUT_DIR to an empty or new folder, or, if the folder only holds an old build you no longer need,',
    'delete it and build again.',
  ].join(' ');
}
