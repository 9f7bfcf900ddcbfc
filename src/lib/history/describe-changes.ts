import { formatCitationView, type EventVersionView } from './event-version-view.ts';

/**
 * What changed between two versions of an event, as short sentences in field order: "Title changed",
 * "Date changed from 2023-09 to 2023-09-19", "Citation added". Without a previous version: "First published".
 * When only something not shown changed (a field today's pages do not show), "Other details changed".
 * @example describeChanges(before, after) // ["Date changed from 2023-09 to 2023-09-19", "Citation added"]
 */
export function describeChanges(previous: EventVersionView | undefined, current: EventVersionView): string[] {
  if (previous === undefined) return ['First published'];
  const changes: string[] = [];
  const field = (label: string, a: string | undefined, b: string | undefined) => {
    if (a === b) return;
    if (a === undefined) changes.push(`${label} added`);
    else if (b === undefined) changes.push(`${label} removed`);
    else changes.push(`${label} changed`);
  };
  const valued = (label: string, a: string | undefined, b: string | undefined) => {
    if (a !== undefined && b !== undefined && a !== b) changes.push(`${label} changed from ${a} to ${b}`);
    else field(label, a, b);
  };
  field('Title', previous.title, current.title);
  valued('Date', previous.date, current.date);
  valued('Lane', previous.lane, current.lane);
  field('Summary', words(previous.summary), words(current.summary));
  field('Note', previous.note, current.note);
  field('Actors', listText(previous.actors), listText(current.actors));
  field('Places', listText(previous.places), listText(current.places));
  changes.push(...describeCitationChanges(previous, current));
  return changes.length === 0 ? ['Other details changed'] : changes;
}

/** The changes as one line: "Summary changed; citation added". */
export function formatChanges(changes: readonly string[]): string {
  return changes.map((change, i) => (i === 0 ? change : change.charAt(0).toLowerCase() + change.slice(1))).join('; ');
}

// Citations are matched by article and quote; a citation whose stance or claimant changed is "changed".
function describeCitationChanges(previous: EventVersionView, current: EventVersionView): string[] {
  const before = previous.citations.map(formatCitationView);
  const after = current.citations.map(formatCitationView);
  if (before.join('\n') === after.join('\n')) return [];
  const key = (c: { article?: string; quote?: string }) => `${c.article ?? ''}\u0000${c.quote ?? ''}`;
  const oldKeys = new Set(previous.citations.map(key));
  const newKeys = new Set(current.citations.map(key));
  const added = current.citations.filter((c) => !oldKeys.has(key(c))).length;
  const removed = previous.citations.filter((c) => !newKeys.has(key(c))).length;
  const changes: string[] = [];
  if (added > 0) changes.push(added === 1 ? 'Citation added' : `${added} citations added`);
  if (removed > 0) changes.push(removed === 1 ? 'Citation removed' : `${removed} citations removed`);
  if (changes.length === 0) changes.push('Citations changed');
  return changes;
}

function words(text: string): string | undefined {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

function listText(list: readonly string[]): string | undefined {
  return list.length === 0 ? undefined : list.join(', ');
}
