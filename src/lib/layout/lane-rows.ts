/**
 * The sub-rows of one lane and what occupies them: per row, a sorted list of non-overlapping [left, right]
 * extents in px. Events are placed in time order rather than by left edge, and a label may sit left of its mark,
 * so a new extent can land between two earlier ones; each row therefore keeps all its extents, not just its end.
 *
 * A class, and reusable (`reset`), because the browser lays out every frame of a zoom: methods on one prototype
 * let the engine inline the calls from the layout's per-event loop (a closure made per lane is a new call target
 * each time), and the per-pixel arrays are kept from frame to frame instead of allocated per lane per frame.
 */
export class LaneRows {
  #maxRows = 0;
  #gap = 0;
  #pixels = 0;
  #count = 0;
  // Per row: lefts and rights in parallel, sorted by left; extents never overlap, so rights are sorted too. `hint`
  // is where the last lookup landed: events arrive nearly left to right, so the next one usually lands there too.
  // For the quick check, per row and pixel p (0 <= p < pixels) `nextCovered[p]`: the first pixel at or after p that
  // an extent, widened by the gap, covers whole; `pixels` where there is none. Pixel p is [p, p + 1]. Rows past
  // `count` are kept for reuse.
  readonly #rows: Row[] = [];

  /**
   * Empty rows, at most `maxRows` of them, keeping `gap` px between extents. `width` (px) sizes the per-pixel
   * check behind mayFit; extents outside [0, width] still work, they are just not tracked there.
   */
  constructor(maxRows: number, gap: number, width = 0) {
    this.reset(maxRows, gap, width);
  }

  /** Empty again, for another layout, keeping the storage grown so far. */
  reset(maxRows: number, gap: number, width = 0): void {
    this.#maxRows = maxRows;
    this.#gap = gap;
    this.#pixels = Math.max(0, Math.ceil(width));
    this.#count = 0;
  }

  /** Rows in use so far. */
  get count(): number {
    return this.#count;
  }

  /** The lowest row (or a new one, within the cap) where [left, right] clears everything by `gap`; -1 if none. */
  findRow(left: number, right: number): number {
    const gap = this.#gap;
    for (let index = 0; index < this.#count; index += 1) {
      const row = this.#rows[index];
      if (row === undefined) continue;
      const next = firstAtOrAfterFrom(row, left);
      const before = next > 0 ? (row.rights[next - 1] ?? -Infinity) : -Infinity;
      const after = next < row.lefts.length ? (row.lefts[next] ?? Infinity) : Infinity;
      if (before + gap <= left && right + gap <= after) return index;
    }
    return this.#count < this.#maxRows ? this.#count : -1;
  }

  /** Record [left, right] as taken in `row` (from findRow). */
  occupy(index: number, left: number, right: number): void {
    const pixels = this.#pixels;
    while (this.#count <= index) {
      let row = this.#rows[this.#count];
      if (row === undefined || row.nextCovered.length !== pixels + 1) {
        row = { lefts: [], rights: [], hint: 0, nextCovered: new Int32Array(pixels + 1) };
        this.#rows[this.#count] = row;
      }
      row.lefts.length = 0;
      row.rights.length = 0;
      row.hint = 0;
      row.nextCovered.fill(pixels);
      this.#count += 1;
    }
    const row = this.#rows[index];
    if (row === undefined) return;
    const at = firstAtOrAfter(row.lefts, left);
    row.lefts.splice(at, 0, left);
    row.rights.splice(at, 0, right);
    const next = row.nextCovered;
    const first = Math.max(0, Math.ceil(left - this.#gap));
    const last = Math.min(pixels - 1, Math.floor(right + this.#gap) - 1);
    if (first > last) return;
    for (let p = first; p <= last; p += 1) next[p] = p;
    // Pixels before the extent now reach a covered pixel at `first`, back to the last one already closer.
    for (let p = first - 1; p >= 0 && (next[p] ?? 0) > first; p -= 1) next[p] = first;
  }

  /**
   * False only when findRow(left, right) would certainly say -1: every row there can be has a pixel inside
   * [left, right] that an extent (with its gap) covers. A few array reads per row, for dense views where most
   * events find no room at all; true means "look properly with findRow".
   */
  mayFit(left: number, right: number): boolean {
    if (this.#count < this.#maxRows) return true;
    // An extent conflicts with a row wherever a covered pixel lies wholly inside it: then left < an extent's
    // right + gap and right > its left - gap, which findRow rejects. Pixels outside [0, pixels) are not tracked.
    const pixels = this.#pixels;
    const from = Math.max(0, Math.ceil(left));
    const to = Math.min(pixels, Math.floor(right)) - 1;
    if (from > to) return true;
    for (let index = 0; index < this.#count; index += 1) {
      if ((this.#rows[index]?.nextCovered[from] ?? pixels) > to) return true;
    }
    return false;
  }
}

/** Empty rows: see LaneRows. */
export function createLaneRows(maxRows: number, gap: number, width = 0): LaneRows {
  return new LaneRows(maxRows, gap, width);
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
  const { length } = lefts;
  for (let at = row.hint; at <= row.hint + 1 && at <= length; at += 1) {
    if ((at === 0 || (lefts[at - 1] ?? Infinity) < target) && (at === length || (lefts[at] ?? -Infinity) >= target)) {
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
