import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES } from '../../../site-build/data-files.ts';
import { forEachEdition, getSiteData } from '../../../data/site-data.ts';

// The open data: /data/events.json, events.csv, … (see src/site-build/data-files.ts).
export const getStaticPaths = (() =>
  forEachEdition(() =>
    DATA_FILES.map((file) => ({ params: { file: file.name }, props: { name: file.name } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const file = DATA_FILES.find((f) => f.name === (props as { name: string }).name)!;
  const body = file.render(await getSiteData(params['lang']));
  return new Response(body, { headers: { 'content-type': `${file.mediaType}; charset=utf-8` } });
};
