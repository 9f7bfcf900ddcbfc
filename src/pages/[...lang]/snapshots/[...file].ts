import type { APIRoute, GetStaticPaths } from 'astro';
import { rasteriseSnapshot, snapshotSpecs, snapshotSvg } from '../../../site-build/snapshots.ts';

// /snapshots/timeline.svg|png, /snapshots/era-<id>.svg|png, /snapshots/events/<id>.svg|png (see src/site-build/snapshots.ts).
export const getStaticPaths = (async () => {
  const specs = await snapshotSpecs();
  return specs.flatMap((spec) =>
    (['svg', 'png'] as const).map((format) => ({
      params: { file: `${spec.name}.${format}` },
      props: { name: spec.name, format },
    })),
  );
}) satisfies GetStaticPaths;

const svgCache = new Map<string, Promise<string>>();

export const GET: APIRoute = async ({ props }) => {
  const { name, format } = props as { name: string; format: 'svg' | 'png' };
  let markup = svgCache.get(name);
  if (markup === undefined) {
    const spec = (await snapshotSpecs()).find((s) => s.name === name)!;
    markup = snapshotSvg(spec);
    svgCache.set(name, markup);
  }
  const svg = await markup;
  if (format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(Buffer.from(rasteriseSnapshot(svg)), { headers: { 'content-type': 'image/png' } });
};
