import { describe, expect, it } from 'vitest';
import { createLaneRows } from '../../../src/lib/layout/lane-rows.ts';
import { seededRandom } from './layout-invariants.ts';

describe('createLaneRows()', () => {
  it('finds the lowest row where an extent clears the others by the gap', () => {
    const rows = createLaneRows(3, 8);
    expect(rows.findRow(0, 100)).toBe(0);
    rows.occupy(0, 0, 100);
    expect(rows.findRow(104, 200)).toBe(1);
    expect(rows.findRow(108, 200)).toBe(0);
    rows.occupy(0, 300, 400);
    // Between two extents of row 0, when it fits with the gap on both sides.
    expect(rows.findRow(110, 290)).toBe(0);
    expect(rows.findRow(110, 295)).toBe(1);
  });

  it('opens new rows up to the cap, then says there is no room', () => {
    const rows = createLaneRows(2, 8);
    rows.occupy(rows.findRow(0, 50), 0, 50);
    rows.occupy(rows.findRow(0, 50), 0, 50);
    expect(rows.count).toBe(2);
    expect(rows.findRow(10, 20)).toBe(-1);
    expect(rows.findRow(60, 70)).toBe(0);
  });
});

describe('LaneRows.isFullAt()', () => {
  it('says full only where every row is taken, and then findRow finds no row for anything there', () => {
    const random = seededRandom(7);
    const rows = createLaneRows(3, 8, 400);
    for (let i = 0; i < 200; i += 1) {
      const left = random() * 390;
      const right = left + 3 + random() * 60;
      const row = rows.findRow(left, right);
      if (row >= 0) rows.occupy(row, left, right);
    }
    let full = 0;
    for (let x = 0; x <= 400; x += 0.25) {
      if (!rows.isFullAt(x)) continue;
      full += 1;
      expect(rows.findRow(x - 1, x + 1), `x = ${x}`).toBe(-1);
    }
    expect(full).toBeGreaterThan(0);
  });

  it('never says full while a row is still free', () => {
    const rows = createLaneRows(2, 8, 100);
    rows.occupy(0, 0, 100);
    expect(rows.isFullAt(50)).toBe(false);
    rows.occupy(1, 0, 100);
    expect(rows.isFullAt(50)).toBe(true);
    expect(rows.isFullAt(150)).toBe(false);
  });
});
