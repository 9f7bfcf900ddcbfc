/**
 * The sub-rows of one lane and what occupies them: per row, a sorted list of non-overlapping [left, right]
 * extents in px. Events are placed in time order rather than by left edge, and a label may sit left of its mark,
 * so a new extent can land between two earlier ones; each row therefore keeps all its extents, not just its end.
 */
export interface LaneRows {
  /** Rows in use so far. */
  readonly count: number;
  /** The lowest row (or a new one, within the cap) where [left, right] clears everything by `gap`; -1 if none. */
  findRow(left: number, right: number): number;
  /** Record [left, right] as taken in `row` (from findRow). */
  occupy(row: number, left: number, right: number): void;
}

/** Empty rows, at most `maxRows` of them, keeping `gap` px between extents. */
export function createLaneRows(maxRows: number, gap: number): LaneRows {
  // Per row: lefts and rights in parallel, sorted by left; extents never overlap, so rights are sorted too.
  const rows: { lefts: number[]; rights: number[] }[] = [];

  const fits = (row: { lefts: number[]; rights: number[] }, left: number, right: number): boolean => {
    const next = firstAtOrAfter(row.lefts, left);
    const before = row.rights[next - 1];
    const after = row.lefts[next];
    return (before === undefined || before + gap <= left) && (after === undefined || right + gap <= after);
  };

  return {
    get count() {
      return rows.length;
    },
    findRow(left, right) {
      for (let index = 0; index < rows.length; index += 1) {
        const row = rows[index];
        if (row !== undefined && fits(row, left, right)) return index;
      }
      return rows.length < maxRows ? rows.length : -1;
    },
    occupy(index, left, right) {
      while (rows.length <= index) rows.push({ lefts: [], rights: [] });
      const row = rows[index];
      if (row === undefined) return;
      const at = firstAtOrAfter(row.lefts, left);
      row.lefts.splice(at, 0, left);
      row.rights.splice(at, 0, right);
    },
  };
}

// The index of the first value ≥ target in a sorted array (its length if none).
function firstAtOrAfter(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
