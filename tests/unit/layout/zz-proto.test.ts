import { it } from 'vitest';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { layoutTimeline } from '../../../src/lib/layout/layout-timeline.ts';
import { toDayNumber } from '../../../src/lib/dates/calendar-day.ts';
import type { LayoutEvent } from '../../../src/lib/layout/place-events.ts';
it('proto', async () => {
  const t = await loadTimeline('content');
  const d = (y: number, m: number, dd: number) => toDayNumber({ year: y, month: m, day: dd });
  for (const [name, window] of [['2020-2023', { from: d(2020, 1, 1), to: d(2024, 1, 1) }], ['jun2023', { from: d(2023, 6, 1), to: d(2023, 7, 1) }], ['day', { from: d(2023, 6, 22), to: d(2023, 6, 23) }]] as const) {
    for (const width of [320, 390, 1280, 2560]) {
      const l = layoutTimeline(t.events, t.config.lanes, { width, window });
      console.log(name, width, 'h', l.height, 'rows', l.lanes.map((b) => b.rows).join('/'), 'marks', l.marks.length, 'clusters', l.marks.filter((m) => m.kind === 'cluster').length, 'ticks', l.ticks.map((t) => t.label).join(' '));
    }
  }
  // synthetic
  let seed = 1;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const events: LayoutEvent[] = [];
  const lanes = t.config.lanes;
  for (let i = 0; i < 10000; i++) {
    const y = 1900 + Math.floor(rnd() * 125);
    const m = 1 + Math.floor(rnd() * 12);
    const dd = 1 + Math.floor(rnd() * 28);
    const edtf = `${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    const start = { kind: 'date' as const, edtf, precision: 'day' as const, year: y, month: m, day: dd, approximate: false, uncertain: false };
    const date = rnd() < 0.2 ? { kind: 'interval' as const, edtf: `${edtf}/${y + 1}`, start, end: { kind: 'date' as const, edtf: `${y + 1}`, precision: 'year' as const, year: y + 1, approximate: false, uncertain: false } } : start;
    events.push({ id: `e-${i}` as LayoutEvent['id'], title: `Synthetic event ${i} with a title of some length`, date, lane: lanes[i % 4]!.id });
  }
  for (const width of [320, 1280, 2560]) {
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const l = layoutTimeline(events, lanes, { width });
      const t1 = performance.now();
      if (k === 2) console.log('10k', width, (t1 - t0).toFixed(1), 'ms', 'h', l.height, 'marks', l.marks.length, 'clusters', l.marks.filter((m) => m.kind === 'cluster').length, 'ticks', l.ticks.map((t) => t.label).join(' '));
    }
    const t0 = performance.now();
    const l = layoutTimeline(events, lanes, { width, window: { from: d(2000, 1, 1), to: d(2000, 2, 1) } });
    console.log('10k month', width, (performance.now() - t0).toFixed(1), 'ms', 'marks', l.marks.length, 'clusters', l.marks.filter((m) => m.kind === 'cluster').length);
  }
});
