import { describe, expect, it } from 'vitest';
import {
  clusterCandidateList,
  clusterEvents as clusterList,
  createCharWidthMeasure,
  createTimeScale,
  layoutTimeAxis,
  type ClusterCandidate,
} from '../../../src/lib/layout/index.ts';
import type { EventId } from '../../../src/lib/timeline-model.ts';

const scale = createTimeScale(layoutTimeAxis([[0, 999]], { width: 400, paddingDays: 0 }));
const options = { measureText: createCharWidthMeasure(), gap: 8, edge: 2 };
const clusterEvents = (
  candidates: readonly ClusterCandidate[],
  ...rest: Parameters<typeof clusterList> extends [unknown, ...infer R] ? R : never
) => clusterList(clusterCandidateList(candidates), ...rest);
const at = (id: string, left: number): ClusterCandidate => ({
  eventId: id as EventId,
  days: [Math.floor(scale.day(left)), Math.floor(scale.day(left))],
  left,
  right: left + 9,
});

describe('clusterEvents()', () => {
  it('puts every event in exactly one cluster, labelled with how many it holds', () => {
    const candidates = Array.from({ length: 100 }, (_, i) => at(`e${i}`, (i * 37) % 390));
    const clusters = clusterEvents(candidates, scale, options);
    expect(clusters.flatMap((cluster) => cluster.eventIds).sort()).toEqual(candidates.map((c) => c.eventId).sort());
    for (const cluster of clusters) expect(cluster.label.text).toBe(`+${cluster.eventIds.length}`);
  });

  it('keeps clusters apart, inside the window and no wider than maxWidth unless squeezed at the edge', () => {
    const candidates = Array.from({ length: 400 }, (_, i) => at(`e${i}`, i - 5));
    const clusters = clusterEvents(candidates, scale, { ...options, maxWidth: 50 });
    clusters.slice(1).forEach((cluster, i) => expect(clusters[i]?.x2 ?? Infinity).toBeLessThanOrEqual(cluster.x - 8));
    for (const cluster of clusters) {
      expect(cluster.x).toBeGreaterThanOrEqual(2);
      expect(cluster.x2).toBeLessThanOrEqual(398);
      expect(cluster.label.x).toBeGreaterThanOrEqual(cluster.x);
      expect(cluster.label.x + cluster.label.width).toBeLessThanOrEqual(cluster.x2);
    }
    expect(clusters.slice(0, -1).every((cluster) => cluster.x2 - cluster.x <= 50)).toBe(true);
  });

  it('makes a pill wide enough for its label even for events on one day', () => {
    const clusters = clusterEvents([at('a', 200), at('b', 200), at('c', 200)], scale, options);
    expect(clusters).toHaveLength(1);
    expect((clusters[0]?.x2 ?? 0) - (clusters[0]?.x ?? 0)).toBeGreaterThanOrEqual(options.measureText('+3'));
  });

  it('opens onto a narrower window around the cluster', () => {
    const [cluster] = clusterEvents([at('a', 100), at('b', 110)], scale, options);
    expect(cluster).toBeDefined();
    if (cluster === undefined) return;
    const expanded = createTimeScale(scale.axis, cluster.expandWindow);
    expect(expanded.pxPerDay).toBeGreaterThan(scale.pxPerDay * 5);
    expect(expanded.x(scale.day(100))).toBeGreaterThan(0);
    expect(expanded.x(scale.day(119))).toBeLessThan(400);
  });

  it('returns no clusters for no events', () => {
    expect(clusterEvents([], scale, options)).toEqual([]);
  });
});
