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
  /**
   * Whether every row there can be is taken at x: then nothing containing x fits anywhere, and findRow would say
   * -1. A lookup of one number, for dense views where most events find no row at all.
   */
  isFullAt(x: number): boolean;
}

/**
 * Empty rows, at most `maxRows` of them, keeping `gap` px between extents. `width` (px) sizes the per-pixel count
 * behind isFullAt; extents outside [0, width] still work, they are just not counted there.
 */
export function createLaneRows(maxRows: number, gap: number, width = 0): LaneRows {
  // Per row: lefts and rights in parallel, sorted by left; extents never overlap, so rights are sorted too. `hint`
  // is where the last lookup landed: events arrive nearly left to right, so the next one usually lands there too.
  const rows: Row[] = [];
  // rowsAt[p]: how many rows have an extent covering the whole pixel p (integer x from 0 to width).
  const rowsAt = new Uint16Array(Math.max(0, Math.ceil(width)) + 1);

  const fits = (row: Row, left: number, right: number): boolean => {
    const next = firstAtOrAfterFrom(row, left);
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
      while (rows.length <= index) rows.push({ lefts: [], rights: [], hint: 0 });
      const row = rows[index];
      if (row === undefined) return;
      const at = firstAtOrAfter(row.lefts, left);
      row.lefts.splice(at, 0, left);
      row.rights.splice(at, 0, right);
      const last = Math.min(rowsAt.length - 1, Math.floor(right));
      for (let p = Math.max(0, Math.ceil(left)); p <= last; p += 1) rowsAt[p] = (rowsAt[p] ?? 0) + 1;
    },
    isFullAt(x) {
      if (rows.length < maxRows) return false;
      const p = Math.round(x);
      // Extents in one row never overlap, so a count of maxRows means every row covers p.
      return p >= 0 && p < rowsAt.length && rowsAt[p] === maxRows && p >= x - 0.5 && p <= x + 0.5;
    },
  };
}

interface Row {
  readonly lefts: number[];
  readonly rights: number[];
  hint: number;
}

// firstAtOrAfter(row.lefts, target), trying the row's last answer and the one after it before searching.
function firstAtOrAfterFrom(row: Row, target: number): number {
  const { lefts } = row;
  for (let at = row.hint; at <= row.hint + 1 && at <= lefts.length; at += 1) {
    if (
      (at === 0 || (lefts[at - 1] ?? Infinity) < target) &&
      (at === lefts.length || (lefts[at] ?? -Infinity) >= target)
    ) {
      row.hint = at;
      return at;
    }
  }
  row.hint = firstAtOrAfter(lefts, target);
  return row.hint;
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
