import { it } from 'vitest';
import { loadTimeline } from '/work/main/src/lib/load/index.ts';
import { layoutTimeline } from '/work/main/src/lib/layout/layout-timeline.ts';
it('proto', async () => {
  const t = await loadTimeline('/work/main/content');
  for (const width of [320, 390, 1280, 2560]) {
    for (const mlw of [undefined, 200, 260, 320, 10000]) {
      const l = layoutTimeline(t.events, t.config.lanes, { width, maxRowsPerLane: 100, ...(mlw ? { maxLabelWidth: mlw } : {}) });
      const labelled = l.marks.filter((m) => m.kind !== 'cluster').length;
      const trunc = l.marks.filter((m) => m.kind !== 'cluster' && m.label.truncated).length;
      console.log(width, mlw ?? 'default', 'h', l.height, 'rows', l.lanes.map((b) => b.rows).join('/'), 'labelled', labelled, 'trunc', trunc, 'ticks', l.ticks.map((t) => t.label).join(' '), 'breaks', l.breaks.map((b) => `${Math.round(b.x)}-${Math.round(b.x2)}`).join(','));
    }
  }
});
