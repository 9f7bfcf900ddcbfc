import { ENGLISH_DATES } from '../dates/format-date.ts';
import type { Translate } from '../i18n/translator.ts';
import { formatCitationView, type EventVersionView } from './event-version-view.ts';

/** A field of an event whose change a version names. */
export type ChangedField = 'title' | 'date' | 'lane' | 'summary' | 'note' | 'actors' | 'places';

/** One change between two versions of an event: data, put into words in the page's language by formatChange(). */
export type EventChange =
  | { readonly kind: 'first' }
  | { readonly kind: 'other' }
  | { readonly kind: 'added' | 'removed' | 'changed'; readonly field: ChangedField }
  | { readonly kind: 'changedFromTo'; readonly field: 'date' | 'lane'; readonly from: string; readonly to: string }
  | { readonly kind: 'citationsAdded' | 'citationsRemoved'; readonly count: number }
  | { readonly kind: 'citationsChanged' };

/**
 * What changed between two versions of an event, in field order: the title changed, the date changed from 2023-09
 * to 2023-09-19, a citation was added. Without a previous version: first published. When only something not shown
 * changed (a field today's pages do not show): other details changed.
 */
export function describeChanges(previous: EventVersionView | undefined, current: EventVersionView): EventChange[] {
  if (previous === undefined) return [{ kind: 'first' }];
  const changes: EventChange[] = [];
  const field = (name: ChangedField, a: string | undefined, b: string | undefined) => {
    if (a === b) return;
    changes.push({ kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', field: name });
  };
  const valued = (name: 'date' | 'lane', a: string | undefined, b: string | undefined) => {
    if (a !== undefined && b !== undefined && a !== b)
      changes.push({ kind: 'changedFromTo', field: name, from: a, to: b });
    else field(name, a, b);
  };
  field('title', previous.title, current.title);
  valued('date', previous.date, current.date);
  valued('lane', previous.lane, current.lane);
  field('summary', words(previous.summary), words(current.summary));
  field('note', previous.note, current.note);
  field('actors', listText(previous.actors), listText(current.actors));
  field('places', listText(previous.places), listText(current.places));
  changes.push(...describeCitationChanges(previous, current));
  return changes.length === 0 ? [{ kind: 'other' }] : changes;
}

/**
 * One change as a phrase of the catalogue (`history.change.*`): "Date changed from 2023-09 to 2023-09-21".
 * @example formatChange({ kind: 'added', field: 'note' }, t) // "Note added"
 */
export function formatChange(change: EventChange, t: Translate = ENGLISH_DATES.t): string {
  switch (change.kind) {
    case 'first':
      return t('history.change.first');
    case 'other':
      return t('history.change.other');
    case 'citationsChanged':
      return t('history.change.citationsChanged');
    case 'citationsAdded':
      return t('history.change.citationsAdded', { count: change.count });
    case 'citationsRemoved':
      return t('history.change.citationsRemoved', { count: change.count });
    case 'changedFromTo':
      return t('history.change.changedFromTo', {
        field: t(`history.field.${change.field}`),
        from: change.from,
        to: change.to,
      });
    default:
      return t(`history.change.${change.kind}`, { field: t(`history.field.${change.field}`) });
  }
}

/** The changes as one line, the first capitalised as a sentence and the others not: "Summary changed; note added". */
export function formatChanges(
  changes: readonly EventChange[],
  t: Translate = ENGLISH_DATES.t,
  language = 'en',
): string {
  return changes
    .map((change) => formatChange(change, t))
    .map((text, i) => (i === 0 ? text : text.charAt(0).toLocaleLowerCase(language) + text.slice(1)))
    .join(t('history.change.separator'));
}

// Citations are matched by article and quote; a citation whose stance or claimant changed is "changed".
function describeCitationChanges(previous: EventVersionView, current: EventVersionView): EventChange[] {
  const before = previous.citations.map(formatCitationView);
  const after = current.citations.map(formatCitationView);
  if (before.join('\n') === after.join('\n')) return [];
  const key = (c: { article?: string; quote?: string }) => `${c.article ?? ''}\u0000${c.quote ?? ''}`;
  const oldKeys = new Set(previous.citations.map(key));
  const newKeys = new Set(current.citations.map(key));
  const added = current.citations.filter((c) => !oldKeys.has(key(c))).length;
  const removed = previous.citations.filter((c) => !newKeys.has(key(c))).length;
  const changes: EventChange[] = [];
  if (added > 0) changes.push({ kind: 'citationsAdded', count: added });
  if (removed > 0) changes.push({ kind: 'citationsRemoved', count: removed });
  if (changes.length === 0) changes.push({ kind: 'citationsChanged' });
  return changes;
}

function words(text: string): string | undefined {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : collapsed;
}

function listText(list: readonly string[]): string | undefined {
  return list.length === 0 ? undefined : list.join(', ');
}
