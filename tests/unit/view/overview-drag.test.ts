import { describe, expect, it } from 'vitest';
import { OVERVIEW_UNITS } from '../../../src/lib/layout/overview-axis.ts';
import {
  clickedOverviewExtent,
  dragOverviewTo,
  overviewDragModeAt,
  startOverviewDrag,
} from '../../../src/lib/view/overview-drag.ts';

const extent = [400, 600] as const;
const mouse = (at: number) => ({ at, grip: 8, touch: false });
const finger = (at: number) => ({ at, grip: 8, touch: true });

describe('overviewDragModeAt()', () => {
  it('resizes at either edge, moves inside, draws outside', () => {
    expect(overviewDragModeAt(extent, mouse(395))).toBe('start');
    expect(overviewDragModeAt(extent, mouse(607))).toBe('end');
    expect(overviewDragModeAt(extent, mouse(500))).toBe('move');
    expect(overviewDragModeAt(extent, mouse(100))).toBe('draw');
    expect(overviewDragModeAt(extent, mouse(900))).toBe('draw');
  });

  it('never resizes under a finger, which cannot aim at an edge', () => {
    expect(overviewDragModeAt(extent, finger(402))).toBe('move');
    expect(overviewDragModeAt(extent, finger(395))).toBe('draw');
  });

  it('draws a new window when the window covers (nearly) the whole strip, which cannot move', () => {
    expect(overviewDragModeAt([0, OVERVIEW_UNITS], mouse(500))).toBe('draw');
  });
});

describe('dragOverviewTo()', () => {
  it('does nothing until the pointer has really moved', () => {
    const { drag, extent: next } = dragOverviewTo(startOverviewDrag(extent, mouse(500)), 500.5);
    expect(drag.moved).toBe(false);
    expect(next).toBeUndefined();
  });

  it('moves the window keeping its size, and stops it at the ends of the strip', () => {
    const drag = startOverviewDrag(extent, mouse(500));
    expect(dragOverviewTo(drag, 550).extent).toEqual([450, 650]);
    expect(dragOverviewTo(drag, 5000).extent).toEqual([OVERVIEW_UNITS - 200, OVERVIEW_UNITS]);
    expect(dragOverviewTo(drag, -5000).extent).toEqual([0, 200]);
  });

  it('moves one edge when an edge is dragged, and spans press to pointer when drawing', () => {
    expect(dragOverviewTo(startOverviewDrag(extent, mouse(400)), 300).extent).toEqual([300, 600]);
    expect(dragOverviewTo(startOverviewDrag(extent, mouse(600)), 700).extent).toEqual([400, 700]);
    expect(dragOverviewTo(startOverviewDrag(extent, mouse(100)), 50).extent).toEqual([100, 50]);
  });

  it('keeps a drag moved once it has moved, even when the pointer comes back', () => {
    const drag = startOverviewDrag(extent, mouse(500));
    const moved = dragOverviewTo(drag, 560).drag;
    expect(dragOverviewTo(moved, 500).extent).toEqual([400, 600]);
  });
});

describe('clickedOverviewExtent()', () => {
  it('centres the window, its width kept, where the strip was clicked outside it', () => {
    expect(clickedOverviewExtent(startOverviewDrag(extent, mouse(100)), 100)).toEqual([0, 200]);
  });

  it('asks for nothing after a drag, or after a click inside the window', () => {
    const drag = startOverviewDrag(extent, mouse(100));
    expect(clickedOverviewExtent(dragOverviewTo(drag, 200).drag, 200)).toBeUndefined();
    expect(clickedOverviewExtent(startOverviewDrag(extent, mouse(500)), 500)).toBeUndefined();
  });
});
