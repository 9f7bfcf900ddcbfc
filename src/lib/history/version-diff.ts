import { formatCitationView, type EventVersionView } from './event-version-view.ts';
import { diffText, hasChanges, type DiffPart } from './word-diff.ts';
import type { MessageKey } from '../i18n/catalogues.ts';

/** The word-level difference of one field between two versions. */
export interface FieldDiff {
  readonly field: 'Title' | 'Date' | 'Lane' | 'Summary' | 'Note' | 'Citations';
  readonly parts: readonly DiffPart[];
}

/** The catalogue key of each diffed field's name, for pages in any language. */
export const DIFF_FIELD_NAMES: Readonly<Record<FieldDiff['field'], MessageKey>> = {
  Title: 'history.field.title',
  Date: 'history.field.date',
  Lane: 'history.field.lane',
  Summary: 'history.field.summary',
  Note: 'history.field.note',
  Citations: 'history.field.citations',
};

/**
 * What changed from one version of an event to the next, field by field (only the fields that changed): title,
 * date, lane, summary, note and citations (one line per citation, quotes included).
 */
export function diffVersions(previous: EventVersionView, current: EventVersionView): FieldDiff[] {
  const fields: [FieldDiff['field'], string, string][] = [
    ['Title', previous.title ?? '', current.title ?? ''],
    ['Date', previous.date ?? '', current.date ?? ''],
    ['Lane', previous.lane ?? '', current.lane ?? ''],
    ['Summary', previous.summary, current.summary],
    ['Note', previous.note ?? '', current.note ?? ''],
    [
      'Citations',
      previous.citations.map(formatCitationView).join('\n'),
      current.citations.map(formatCitationView).join('\n'),
    ],
  ];
  return fields.flatMap(([field, before, after]) => {
    const parts = diffText(before, after);
    return hasChanges(parts) ? [{ field, parts }] : [];
  });
}
