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
   * False only when findRow(left, right) would certainly say -1: every row there can be has a pixel inside
   * [left, right] that an extent (with its gap) covers. A few array reads per row, for dense views where most
   * events find no room at all; true means "look properly with findRow".
   */
  mayFit(left: number, right: number): boolean;
}

/**
 * Empty rows, at most `maxRows` of them, keeping `gap` px between extents. `width` (px) sizes the per-pixel count
 * behind isFullAt; extents outside [0, width] still work, they are just not counted there.
 */
export function createLaneRows(maxRows: number, gap: number, width = 0): LaneRows {
  // Per row: lefts and rights in parallel, sorted by left; extents never overlap, so rights are sorted too. `hint`
  // is where the last lookup landed: events arrive nearly left to right, so the next one usually lands there too.
  const rows: Row[] = [];
  // For the quick check, per row and pixel p (0 <= p < pixels): the first pixel at or after p that an extent,
  // widened by the gap, covers whole; `pixels` where there is none. Pixel p is [p, p + 1].
  const pixels = Math.max(0, Math.ceil(width));

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
      while (rows.length <= index) {
        rows.push({ lefts: [], rights: [], hint: 0, nextCovered: new Int32Array(pixels + 1).fill(pixels) });
      }
      const row = rows[index];
      if (row === undefined) return;
      const at = firstAtOrAfter(row.lefts, left);
      row.lefts.splice(at, 0, left);
      row.rights.splice(at, 0, right);
      const next = row.nextCovered;
      const first = Math.max(0, Math.ceil(left - gap));
      const last = Math.min(pixels - 1, Math.floor(right + gap) - 1);
      if (first > last) return;
      for (let p = first; p <= last; p += 1) next[p] = p;
      // Pixels before the extent now reach a covered pixel at `first`, back to the last one already closer.
      for (let p = first - 1; p >= 0 && (next[p] ?? 0) > first; p -= 1) next[p] = first;
    },
    mayFit(left, right) {
      if (rows.length < maxRows) return true;
      // An extent conflicts with a row wherever a covered pixel lies wholly inside it: then left < an extent's
      // right + gap and right > its left - gap, which findRow rejects. Pixels outside [0, pixels) are not tracked.
      const from = Math.max(0, Math.ceil(left));
      const to = Math.min(pixels, Math.floor(right)) - 1;
      if (from > to) return true;
      for (const row of rows) {
        if ((row.nextCovered[from] ?? pixels) > to) return true;
      }
      return false;
    },
  };
}

interface Row {
  readonly lefts: number[];
  readonly rights: number[];
  hint: number;
  readonly nextCovered: Int32Array;
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
