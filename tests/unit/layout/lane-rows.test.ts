import { describe, expect, it } from 'vitest';
import { createLaneRows } from '../../../src/lib/layout/lane-rows.ts';

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
