import { describe, expect, it } from 'vitest';
import { MIN_MARK_GAP, spreadMarks, type SpreadableMark } from '../../../src/lib/map/spread-marks.ts';
import { layoutPlaceMap } from '../../../src/lib/map/layout-place-map.ts';
import { TWO_COUNTRIES } from './fixture-topology.ts';
import { HISTORY_COUNTS, testPlace } from './map-test-places.ts';

const size = { width: 200, height: 150 };
const mark = (id: string, x: number, y: number, radius = 4): SpreadableMark => ({ id, x, y, radius });
const apart = (marks: readonly SpreadableMark[]) => {
  for (const [i, a] of marks.entries()) {
    for (const b of marks.slice(i + 1)) {
      const wanted = Math.max(MIN_MARK_GAP, a.radius + b.radius + 2);
      expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(wanted - 0.2);
    }
  }
};

describe('spreadMarks()', () => {
  it('leaves marks that are already apart where they are', () => {
    const marks = [mark('a', 20, 20), mark('b', 80, 20), mark('c', 50, 100)];
    expect(spreadMarks(marks, size)).toEqual(marks);
  });

  it('draws places on the very same point apart, around it, far enough for each to be seen and tapped', () => {
    const marks = ['bridge', 'village', 'region', 'city'].map((id) => mark(id, 100, 75));
    const spread = spreadMarks(marks, size);
    apart(spread);
    for (const m of spread) expect(Math.hypot(m.x - 100, m.y - 75)).toBeLessThan(2 * MIN_MARK_GAP);
  });

  it('keeps big marks whole beside each other, and moves none out of the frame', () => {
    const spread = spreadMarks([mark('a', 2, 2, 10), mark('b', 4, 3, 10), mark('c', 150, 100, 6)], size);
    apart(spread);
    for (const m of spread) {
      expect(m.x).toBeGreaterThanOrEqual(m.radius);
      expect(m.y).toBeGreaterThanOrEqual(m.radius);
      expect(m.x).toBeLessThanOrEqual(size.width - m.radius);
      expect(m.y).toBeLessThanOrEqual(size.height - m.radius);
    }
  });

  it('gives the same positions whatever order the marks come in', () => {
    const marks = [mark('a', 50, 50), mark('b', 51, 50), mark('c', 50, 52)];
    const byId = (list: SpreadableMark[]) => Object.fromEntries(list.map((m) => [m.id, [m.x, m.y]]));
    expect(byId(spreadMarks([...marks].reverse(), size))).toEqual(byId(spreadMarks(marks, size)));
  });

  it('lets a laid-out map reach a village and the bridge drawn at its point', () => {
    const village = testPlace('kornidzor', 'Kornidzor', 39.5481, 46.5311, 'village');
    const bridge = testPlace('hakari-bridge', 'Hakari bridge', 39.5481, 46.5311, 'bridge');
    const road = testPlace('lachin-corridor', 'Lachin corridor', 39.6086, 46.5447, 'route');
    const layout = layoutPlaceMap({
      places: [village, bridge, road],
      counts: HISTORY_COUNTS,
      size: { width: 320, height: 220 },
      kind: 'locator',
      countries: TWO_COUNTRIES,
    });
    apart(layout.marks.map((m) => ({ id: m.place.id, x: m.x, y: m.y, radius: m.radius })));
  });
});
