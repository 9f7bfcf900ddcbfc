import { parseTimelineDate } from '../dates/timeline-date.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import { articleSchema, citationSchema, eventSchema, validateFields } from '../load/content-schemas.ts';
import { locateQuote } from '../load/locate-quote.ts';

/** An article's text as the editor receives it from /admin/articles.json. */
export interface EditorArticle {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly { readonly id?: string | undefined; readonly text: string }[];
}

/**
 * The build's checks on one event the web editor is about to save: the schema (every field, with the build's
 * `field: reason` messages), the date, the summary, and each quote against its article's paragraphs. `data` is the
 * entry as the CMS holds it: the frontmatter fields plus `body`. What needs the whole content folder (duplicate
 * ids, the Markdown policy of timeline.yaml) is left to the build.
 */
export function checkEventEntry(
  data: Record<string, unknown>,
  articles: readonly EditorArticle[],
  file: string,
): ContentProblem[] {
  const { body, ...frontmatter } = data;
  const result = validateFields(eventSchema, dropEmpty(frontmatter), file, 'frontmatter');
  const problems = [...result.problems];
  if (typeof body !== 'string' || body.trim() === '') {
    problems.push({ file, field: '', message: 'has no summary: write one below the frontmatter' });
  }
  const date = result.fields.date === undefined ? undefined : parseTimelineDate(result.fields.date);
  if (date?.ok === false) problems.push({ file, field: 'date', message: date.reason });
  const byId = new Map(articles.map((article) => [article.id, article]));
  // Each citation that is valid by itself is checked against its article, even when a sibling is not (as the build does).
  const raw = Array.isArray(frontmatter['citations']) ? (frontmatter['citations'] as unknown[]) : [];
  for (const [index, value] of raw.entries()) {
    const parsed = citationSchema.safeParse(value);
    if (!parsed.success) continue;
    const citation = parsed.data;
    const field = `citations[${index}]`;
    const article = byId.get(citation.article);
    if (article === undefined) {
      const known = articles.map((a) => a.id).join(', ');
      problems.push({
        file,
        field: `${field}.article`,
        message: `unknown article "${citation.article}" (known articles: ${known || 'none'})`,
      });
      continue;
    }
    const location = locateQuote(article.blocks, citation.quote, article.id);
    if (!location.found) problems.push({ file, field: `${field}.quote`, message: location.message });
  }
  return problems;
}

/** The build's schema checks on one source article the web editor is about to save. */
export function checkArticleEntry(data: Record<string, unknown>, file: string): ContentProblem[] {
  const { body, ...frontmatter } = data;
  const problems = [...validateFields(articleSchema, dropEmpty(frontmatter), file, 'frontmatter').problems];
  if (typeof body !== 'string' || body.trim() === '') {
    problems.push({ file, field: '', message: 'has no text: the article body is empty' });
  }
  return problems;
}

// The CMS keeps an optional field the editor left blank as "" (or an empty list); the file it writes leaves it out.
function dropEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== '' && value !== null && value !== undefined),
  );
}
