import { toEventCitationTitle } from '../cite/event-citation-title.ts';
import { parseTimelineDate } from '../dates/timeline-date.ts';
import type { ContentVersion } from './content-version.ts';
import { describeChanges, type EventChange } from './describe-changes.ts';
import { readEventVersion, type EventVersionView } from './event-version-view.ts';
import { diffVersions, type FieldDiff } from './version-diff.ts';

/** One version of an event as its history page lists it. */
export interface EventHistoryEntry {
  readonly version: ContentVersion;
  readonly view: EventVersionView;
  /** What changed since the version before, in short sentences ("First published" for the first). */
  readonly changes: readonly EventChange[];
  /** The word-level differences from the version before; empty for the first. */
  readonly diffs: readonly FieldDiff[];
}

/** An event's versions, oldest first, each read leniently and compared with the one before. */
export function toEventHistory(versions: readonly ContentVersion[]): EventHistoryEntry[] {
  let previous: EventVersionView | undefined;
  return versions.map((version) => {
    const view = readEventVersion(version.text);
    const entry = {
      version,
      view,
      changes: describeChanges(previous, view),
      diffs: previous === undefined ? [] : diffVersions(previous, view),
    };
    previous = view;
    return entry;
  });
}

/**
 * The title a version is cited by, like the current page's (toEventCitationTitle), from what the version said;
 * a date today's parser refuses is shown as written.
 * @example toVersionCitationTitle({ title: 'Talks', date: '2023-09', … }) // "Talks (September 2023)"
 */
export function toVersionCitationTitle(view: EventVersionView): string {
  const title = view.title ?? 'Untitled event';
  if (view.date === undefined) return title;
  const date = parseTimelineDate(view.date);
  return date.ok ? toEventCitationTitle({ title, date: date.date }) : `${title} (${view.date})`;
}
