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

describe('LaneRows.reset()', () => {
  it('empties the rows for another layout, at another width and cap', () => {
    const rows = createLaneRows(2, 8, 300);
    rows.occupy(0, 0, 300);
    rows.occupy(1, 0, 300);
    expect(rows.findRow(10, 20)).toBe(-1);
    rows.reset(3, 8, 500);
    expect(rows.count).toBe(0);
    expect(rows.findRow(10, 20)).toBe(0);
    rows.occupy(0, 0, 100);
    rows.occupy(1, 0, 100);
    rows.occupy(2, 0, 100);
    // Nothing of the earlier layout is left in the per-pixel check: 120..490 is free in every row.
    expect(rows.mayFit(120, 490)).toBe(true);
    expect(rows.findRow(120, 490)).toBe(0);
    expect(rows.mayFit(40, 60)).toBe(false);
  });
});

describe('LaneRows.mayFit()', () => {
  it('rules out only what findRow would refuse', () => {
    const random = seededRandom(7);
    const rows = createLaneRows(3, 8, 400);
    for (let i = 0; i < 200; i += 1) {
      const left = random() * 390;
      const right = left + 3 + random() * 60;
      const row = rows.findRow(left, right);
      if (row >= 0) rows.occupy(row, left, right);
    }
    let ruledOut = 0;
    for (let i = 0; i < 2000; i += 1) {
      const left = random() * 420 - 10;
      const right = left + 1 + random() * 80;
      if (rows.mayFit(left, right)) continue;
      ruledOut += 1;
      expect(rows.findRow(left, right), `[${left}, ${right}]`).toBe(-1);
    }
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('never rules out anything while a row is still free, nor room between extents', () => {
    const rows = createLaneRows(2, 8, 300);
    rows.occupy(0, 0, 100);
    expect(rows.mayFit(40, 60)).toBe(true);
    rows.occupy(1, 0, 100);
    expect(rows.mayFit(40, 60)).toBe(false);
    rows.occupy(0, 200, 300);
    rows.occupy(1, 200, 300);
    // 108..192 is free in both rows.
    expect(rows.mayFit(110, 190)).toBe(true);
    expect(rows.mayFit(150, 210)).toBe(false);
  });
});
