import type { APIRoute, GetStaticPaths } from 'astro';
import { rasteriseSnapshot, snapshotSpecs, snapshotSvg } from '../../../site-build/snapshots.ts';
import { forEachEdition } from '../../../data/site-data.ts';

// /snapshots/timeline.svg|png, /snapshots/era-<id>.svg|png, /snapshots/events/<id>.svg|png (see src/site-build/snapshots.ts).
export const getStaticPaths = (() =>
  forEachEdition(async (_site, lang) => {
    return (await snapshotSpecs(lang)).flatMap((spec) =>
      (['svg', 'png'] as const).map((format) => ({
        params: { file: `${spec.name}.${format}` },
        props: { name: spec.name, format },
      })),
    );
  })) satisfies GetStaticPaths;

const svgCache = new Map<string, Promise<string>>();

export const GET: APIRoute = async ({ props, params }) => {
  const { name, format } = props as { name: string; format: 'svg' | 'png' };
  const lang = params['lang'];
  let markup = svgCache.get(`${lang}:${name}`);
  if (markup === undefined) {
    const spec = (await snapshotSpecs(lang)).find((s) => s.name === name)!;
    markup = snapshotSvg(spec, lang);
    svgCache.set(`${lang}:${name}`, markup);
  }
  const svg = await markup;
  if (format === 'svg') return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
  return new Response(Buffer.from(rasteriseSnapshot(svg)), { headers: { 'content-type': 'image/png' } });
};
