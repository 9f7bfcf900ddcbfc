import { toArticleCsl } from '../cite/article-csl.ts';
import type { CitationFileFormat } from '../cite/citation-formats.ts';
import { formatCitation } from '../cite/format-citation.ts';
import type { CalendarDay } from '../dates/calendar-day.ts';
import type { Timeline } from '../timeline-model.ts';

/**
 * Every source article as one bibliography file (`bibliography.bib`, `.ris` or `.json` as CSL-JSON), in the
 * timeline's article order. `accessed` is the day the original URLs were last checked, passed in.
 */
export function toSourcesBibliography(
  timeline: Pick<Timeline, 'articles'>,
  format: CitationFileFormat,
  { accessed }: { readonly accessed: CalendarDay },
): string {
  return formatCitation(
    timeline.articles.map((article) => toArticleCsl(article, { accessed })),
    format,
  );
}
