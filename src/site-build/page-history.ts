import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { CalendarDay } from '../lib/dates/calendar-day.ts';
import { formatTimelineDate } from '../lib/dates/format-date.ts';
import { dayDate } from '../lib/dates/partial-date.ts';
import { choosePageDates, type PageDateOverrides } from '../lib/history/choose-page-dates.ts';
import { toVersions, type ContentVersion, type FileRevision } from '../lib/history/content-version.ts';
import type { PageDates, PageDatesLookup } from '../lib/history/page-dates.ts';
import { readContentHistory } from './content-history.ts';

/** A page whose dates and versions the build needs: its lookup key, its file and its frontmatter overrides. */
export interface HistoryPage extends PageDateOverrides {
  /** `events/<id>.md` or `articles/<id>.md`: the PageDatesLookup key. */
  readonly key: string;
  /** The file, relative to the working directory (as the model's `file`). */
  readonly file: string;
}

/** Dates and versions of every page, from one reading of the content history. */
export interface PageHistory {
  readonly pageDates: PageDatesLookup;
  /** The versions of a page by its key, oldest first; none when the build has no history. */
  readonly versions: (key: string) => readonly ContentVersion[];
  /** Whether the build read a history (false: no version pages, dates from frontmatter only). */
  readonly available: boolean;
}

/**
 * Read the content history once and date every page. Uncommitted changes count: a file whose working-tree text
 * says something its last commit did not has a version of the build day (and a file no commit has yet was first
 * published on the build day). The build says so in one line, and in one line why it has no history at all.
 */
export function readPageHistory(contentDir: string, pages: readonly HistoryPage[], builtOn: CalendarDay): PageHistory {
  const history = readContentHistory(contentDir);
  if (!history.available) {
    console.warn(
      `[content-history] No content history (${history.reason}): pages are dated only by their pagePublished/` +
        'pageUpdated frontmatter and show no dates otherwise; no version pages are built. ' +
        'Build from a full clone (e.g. fetch-depth: 0) to date pages from git.',
    );
    const dates = new Map(pages.map((page) => [page.key, choosePageDates(undefined, page)]));
    return { pageDates: lookup(dates), versions: () => [], available: false };
  }
  const versions = new Map<string, ContentVersion[]>();
  const dates = new Map<string, PageDates>();
  let uncommitted = 0;
  for (const page of pages) {
    const path = relative(contentDir, resolve(page.file)).split(sep).join('/');
    const committed = history.revisions.get(path) ?? [];
    const working: FileRevision = { day: builtOn, text: readFileSync(page.file, 'utf8') };
    const list = toVersions([...committed, working]);
    if (list.at(-1)?.commit === undefined) uncommitted++;
    versions.set(page.key, list);
    dates.set(page.key, choosePageDates(list, page));
  }
  if (uncommitted > 0) {
    console.warn(
      `[content-history] ${uncommitted} content file${uncommitted === 1 ? ' has' : 's have'} uncommitted ` +
        `changes: their pages are dated as updated on ${formatTimelineDate(dayDate(builtOn))} (the build day), ` +
        'with a version of that day. Commit them for lasting dates.',
    );
  }
  return { pageDates: lookup(dates), versions: (key) => versions.get(key) ?? [], available: true };
}

function lookup(dates: ReadonlyMap<string, PageDates>): PageDatesLookup {
  return (key) => dates.get(key) ?? { basis: 'unknown' };
}
