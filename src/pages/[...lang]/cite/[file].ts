import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCitation, eventCitations } from '../../../site-build/citations.ts';
import { forEachEdition, getSiteData } from '../../../data/site-data.ts';
import { CITATION_FORMATS, formatCitation, isCitationStyle, type CitationFileFormat } from '../../../lib/cite/index.ts';

// /cite/<id>.bib, .ris and .json for every event (the event page and its sources) and every source article.
export const getStaticPaths = (() =>
  forEachEdition(async ({ events, articles }) => {
    const ids = [
      ...events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ...articles.map((a) => ({ kind: 'source' as const, id: a.id })),
    ];
    return ids.flatMap(({ kind, id }) =>
      CITATION_FORMATS.filter((f) => !isCitationStyle(f.format)).map((f) => ({
        params: { file: `${id}.${f.extension}` },
        props: { kind, id, format: f.format as CitationFileFormat, mediaType: f.mediaType },
      })),
    );
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, params }) => {
  const { kind, id, format, mediaType } = props as {
    kind: 'event' | 'source';
    id: string;
    format: CitationFileFormat;
    mediaType: string;
  };
  const lang = params['lang'];
  const { events, articles } = await getSiteData(lang);
  const entries =
    kind === 'event'
      ? await eventCitations(
          events.find((e) => e.id === id)!,
          lang,
        )
      : [
          await articleCitation(
            articles.find((a) => a.id === id)!,
            lang,
          ),
        ];
  const body = formatCitation(
    entries.map((entry) => entry.item),
    format,
  );
  return new Response(body, { headers: { 'content-type': `${mediaType}; charset=utf-8` } });
};
