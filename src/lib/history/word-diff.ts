import { diffWords } from 'diff';

/** One run of a word-level diff: text both versions share, or text only the newer (added) or older (removed) has. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/**
 * A readable word-level diff of two texts, by the `diff` library (Myers' algorithm); whitespace differences alone
 * do not count.
 * @example diffText('held until 2020', 'held until 2023') // [same "held until ", removed "2020", added "2023"]
 */
export function diffText(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Whether a diff holds any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
