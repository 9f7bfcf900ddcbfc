import { FRONTMATTER_COMMENTS } from '../content-file/write-content-file.ts';
import { writePlacesFile } from '../content-file/write-places-file.ts';
import { buildPlaces, checkEventPlaces } from '../load/build-places.ts';
import { parseTimelineDate } from '../dates/timeline-date.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import { articleSchema, citationSchema, eventSchema, validateFields } from '../load/content-schemas.ts';
import { locateQuote } from '../load/locate-quote.ts';
import { DEFAULT_MARKUP_POLICY, markdownProblems, type MarkupPolicy } from '../markup/markdown-problems.ts';

/** An article's text as the editor receives it from /admin/articles.json. */
export interface EditorArticle {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly { readonly id?: string | undefined; readonly text: string }[];
}

/**
 * What the checks of one entry need to know about the rest of the content folder (/admin/site.json): the lanes and
 * the Markdown policy of timeline.yaml, the ids already taken, and the gazetteer's places with the events that
 * name each.
 */
export interface EditorSite {
  readonly laneIds: readonly string[];
  readonly allowHtml: MarkupPolicy['allowHtml'];
  readonly eventIds: readonly string[];
  readonly articleIds: readonly string[];
  /** The ids of places.yaml's places. */
  readonly placeIds: readonly string[];
  /** By place id, the events (drafts too) that name it: a place they name cannot be removed. */
  readonly placeEvents: Readonly<Record<string, readonly string[]>>;
}

/** The gazetteer, as the editor and its messages name it. */
const PLACES_FILE = 'content/places.yaml';

/** Where the entry is going: its file, and for a new one the id (file name) it will get. */
export interface EntryTarget {
  readonly file: string;
  readonly newId?: string | undefined;
}

/**
 * The build's checks on one event the web editor is about to save: the schema (every field, with the build's
 * `field: reason` messages), a citation unless it is a draft, the date, the summary and notes against the Markdown
 * policy, the lane, the id, and each quote against its article's paragraphs. `data` is the entry as the CMS holds
 * it: the frontmatter fields plus `body`. Without `site` the checks that need the content folder are skipped.
 */
export function checkEventEntry(
  data: Record<string, unknown>,
  articles: readonly EditorArticle[],
  target: EntryTarget | string,
  site?: EditorSite,
): ContentProblem[] {
  const { file, newId } = typeof target === 'string' ? { file: target, newId: undefined } : target;
  const { body, [FRONTMATTER_COMMENTS]: _comments, ...frontmatter } = data;
  const result = validateFields(eventSchema, dropEmpty(frontmatter), file, 'frontmatter');
  const problems = [...result.problems];
  const { fields } = result;
  // As the build: a published event (the default) needs a citation; a draft may have none yet.
  if (fields.status !== 'draft' && fields.citations?.length === 0) {
    problems.push({
      file,
      field: 'citations',
      message: 'every event needs at least one citation (or "status: draft" until it has one)',
    });
  }
  const summary = typeof body === 'string' ? body.trim() : '';
  if (summary === '') problems.push({ file, field: '', message: 'has no summary: write one below the frontmatter' });
  const policy: MarkupPolicy = site === undefined ? DEFAULT_MARKUP_POLICY : { allowHtml: site.allowHtml };
  markdown(summary, 'summary', policy, file, problems);
  if (fields.note !== undefined) markdown(fields.note, 'note', policy, file, problems);
  for (const [index, correction] of (fields.corrections ?? []).entries()) {
    markdown(correction.text, `corrections[${index}].text`, policy, file, problems);
  }
  const date = fields.date === undefined ? undefined : parseTimelineDate(fields.date);
  if (date?.ok === false) problems.push({ file, field: 'date', message: date.reason });
  if (site !== undefined) {
    if (fields.lane !== undefined && !site.laneIds.includes(fields.lane)) {
      const message = `unknown lane "${fields.lane}" (lanes declared in the site config: ${site.laneIds.join(', ')})`;
      problems.push({ file, field: 'lane', message });
    }
    problems.push(...idProblems(newId, 'event', site.eventIds, site.articleIds, file));
    // As the build: each place an id of the gazetteer (the select offers no other, but an imported file may name one).
    if (fields.places !== undefined) {
      checkEventPlaces(fields.places, { places: [], ids: new Set(site.placeIds), file: PLACES_FILE }, file, problems);
    }
  }
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

/** The build's checks on one source article the web editor is about to save: its schema, its text, its id. */
export function checkArticleEntry(
  data: Record<string, unknown>,
  target: EntryTarget | string,
  site?: EditorSite,
): ContentProblem[] {
  const { file, newId } = typeof target === 'string' ? { file: target, newId: undefined } : target;
  const { body, [FRONTMATTER_COMMENTS]: _comments, ...frontmatter } = data;
  const problems = [...validateFields(articleSchema, dropEmpty(frontmatter), file, 'frontmatter').problems];
  if (typeof body !== 'string' || body.trim() === '') {
    problems.push({ file, field: '', message: 'has no text: the article body is empty' });
  }
  if (site !== undefined) problems.push(...idProblems(newId, 'article', site.articleIds, site.eventIds, file));
  return problems;
}

/**
 * The build's checks on the gazetteer the web editor is about to save (places.yaml, checked as the build reads the
 * file it will write): each place's fields, coordinates in range, every id once, notes against the Markdown policy;
 * with `site`, no place removed that an event still names.
 */
export function checkPlacesEntry(data: Record<string, unknown>, site?: EditorSite): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const policy: MarkupPolicy = site === undefined ? DEFAULT_MARKUP_POLICY : { allowHtml: site.allowHtml };
  const gazetteer = buildPlaces({ path: PLACES_FILE, text: writePlacesFile(data) }, [], policy, problems);
  if (site !== undefined && gazetteer.ids !== undefined) {
    for (const [id, events] of Object.entries(site.placeEvents)) {
      if (gazetteer.ids.has(id) || events.length === 0) continue;
      const message = `place "${id}" is named by ${events.map((e) => `content/events/${e}.md`).join(', ')}: remove it there first, or keep it`;
      problems.push({ file: PLACES_FILE, field: 'places', message });
    }
  }
  return problems;
}

// A new file's name is its permanent id: it must be free among its own kind and not be the other kind's.
function idProblems(
  id: string | undefined,
  what: 'event' | 'article',
  own: readonly string[],
  other: readonly string[],
  file: string,
): ContentProblem[] {
  if (id === undefined) return [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    const message = `file name "${id}" cannot be a permanent id: use lowercase letters, digits and single hyphens in the title`;
    return [{ file, field: 'title', message }];
  }
  if (own.includes(id)) {
    return [{ file, field: 'title', message: `duplicate ${what} id "${id}": give the ${what} a different title` }];
  }
  if (other.includes(id)) {
    const owner = what === 'event' ? "an article's" : "an event's";
    return [{ file, field: 'title', message: `id "${id}" is also ${owner}: give the ${what} a different title` }];
  }
  return [];
}

function markdown(text: string, field: string, policy: MarkupPolicy, file: string, problems: ContentProblem[]): void {
  for (const message of markdownProblems(text, policy)) problems.push({ file, field, message });
}

// The CMS keeps an optional field the editor left blank as "" (or an empty list); the file it writes leaves it out.
function dropEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== '' && value !== null && value !== undefined),
  );
}
