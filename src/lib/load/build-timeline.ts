import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import { compareTimelineDates } from '../dates/compare-dates.ts';
import { parseTimelineDate, type PartialDate } from '../dates/timeline-date.ts';
import type { Article, ArticleId, Citation, Era, EventId, Timeline, TimelineConfig, TimelineEvent } from '../timeline-model.ts';
import { parseArticleText } from './article-text.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { articleSchema, configSchema, eventSchema, validate } from './content-schemas.ts';
import { findQuote } from './find-quote.ts';

/** A content file as read from disk: where it is (for messages) and what it says. */
export interface SourceFile {
  /** Path relative to the working directory, e.g. `content/events/ceasefire.md`. */
  readonly path: string;
  readonly text: string;
}

/** Every file a timeline is made of. */
export interface ContentSources {
  readonly config: SourceFile;
  readonly articles: readonly SourceFile[];
  readonly events: readonly SourceFile[];
  /** `about.md`, when the folder has one. */
  readonly about?: SourceFile;
}

/**
 * Turn content files into a cross-checked timeline, or throw a ContentError listing every problem found: invalid
 * frontmatter, impossible dates, unknown lanes or articles, duplicate ids, quotes that are not in their article.
 * Pure: it reads nothing but its argument.
 */
export function buildTimeline(sources: ContentSources): Timeline {
  const problems: ContentProblem[] = [];
  const config = buildConfig(sources.config, problems);
  const articles = buildArticles(sources.articles, problems);
  const events = buildEvents(sources.events, config, articles, problems);
  // Citation downloads live at /cite/<id>.bib for events and articles alike, so the two share one namespace.
  for (const file of sources.events) {
    const id = idOf(file.path) as ArticleId;
    const article = articles.get(id);
    if (article !== undefined) {
      problems.push({ file: file.path, field: '', message: `id "${id}" is also an article's (${article.file}): rename one of them` });
    }
  }
  if (problems.length > 0 || config === undefined) throw new ContentError(problems);
  return {
    config,
    about: sources.about?.text.trim() ?? '',
    articles: [...articles.values()].sort((a, b) => compareTimelineDates(a.published, b.published) || a.id.localeCompare(b.id)),
    events: events.sort((a, b) => compareTimelineDates(a.date, b.date) || a.id.localeCompare(b.id)),
  };
}

// YAML's core schema: unquoted 2020-11-10 stays the text "2020-11-10" instead of becoming a midnight-UTC Date.
function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

function readFrontmatter(file: SourceFile, problems: ContentProblem[]): { data: unknown; body: string } | undefined {
  try {
    const parsed = matter(file.text, { engines: { yaml: parseYaml as (input: string) => object } });
    if (Object.keys(parsed.data).length === 0 && !file.text.trimStart().startsWith('---')) {
      problems.push({ file: file.path, field: '', message: 'has no frontmatter: it must start with a "---" line' });
      return undefined;
    }
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    problems.push({ file: file.path, field: '', message: `frontmatter is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function buildConfig(file: SourceFile, problems: ContentProblem[]): TimelineConfig | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(file.text);
  } catch (error) {
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${firstLine(error)}` });
    return undefined;
  }
  const result = validate(configSchema, raw, file.path);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  const { lanes, eras: rawEras, sourceBalance, license, ...rest } = result.data;
  reportDuplicates(lanes.map((lane, i) => ({ id: lane.id, field: `lanes[${i}].id` })), file.path, 'lane', problems);
  const eras: Era[] = [];
  rawEras.forEach((era, i) => {
    const from = parseDay(era.from, file.path, `eras[${i}].from`, problems);
    const to = parseDay(era.to, file.path, `eras[${i}].to`, problems);
    if (from !== undefined && to !== undefined) eras.push({ id: era.id, label: era.label, from, to });
  });
  return {
    ...rest,
    ...(sourceBalance === undefined ? {} : { sourceBalance }),
    ...(license === undefined ? {} : { license }),
    lanes,
    eras,
  };
}

function parseDay(text: string, file: string, field: string, problems: ContentProblem[]): PartialDate | undefined {
  const parsed = parseTimelineDate(text);
  if (!parsed.ok) {
    problems.push({ file, field, message: parsed.reason });
    return undefined;
  }
  if (parsed.date.kind !== 'date') {
    problems.push({ file, field, message: `must be a single date, not an interval: "${text}"` });
    return undefined;
  }
  return parsed.date;
}

function idOf(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.(md|markdown)$/, '');
}

function checkId(file: SourceFile, problems: ContentProblem[]): boolean {
  const id = idOf(file.path);
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return true;
  problems.push({
    file: file.path,
    field: '',
    message: `file name "${id}" cannot be a permanent id: use lowercase letters, digits and single hyphens`,
  });
  return false;
}

function reportDuplicates(
  items: readonly { id: string; field: string; file?: string }[],
  file: string,
  what: string,
  problems: ContentProblem[],
): void {
  const seen = new Map<string, { field: string; file?: string }>();
  for (const item of items) {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, item);
      continue;
    }
    const where = first.file === undefined ? first.field : first.file;
    problems.push({ file: item.file ?? file, field: item.field, message: `duplicate ${what} id "${item.id}" (also ${where})` });
  }
}

function buildArticles(files: readonly SourceFile[], problems: ContentProblem[]): Map<ArticleId, Article> {
  const articles = new Map<ArticleId, Article>();
  reportDuplicates(files.map((f) => ({ id: idOf(f.path), field: '', file: f.path })), '', 'article', problems);
  for (const file of files) {
    if (!checkId(file, problems)) continue;
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const result = validate(articleSchema, parsed.data, file.path);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const published = parseDay(result.data.published, file.path, 'published', problems);
    const blocks = parseArticleText(parsed.body);
    if (blocks.length === 0) problems.push({ file: file.path, field: '', message: 'has no text: the article body is empty' });
    if (published === undefined || blocks.length === 0) continue;
    const id = idOf(file.path) as ArticleId;
    if (articles.has(id)) continue;
    const { published: _published, ...fields } = result.data;
    articles.set(id, { ...dropUndefined(fields), id, file: file.path, published, blocks });
  }
  return articles;
}

function buildEvents(
  files: readonly SourceFile[],
  config: TimelineConfig | undefined,
  articles: ReadonlyMap<ArticleId, Article>,
  problems: ContentProblem[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const laneIds = config?.lanes.map((lane) => lane.id);
  reportDuplicates(files.map((f) => ({ id: idOf(f.path), field: '', file: f.path })), '', 'event', problems);
  const taken = new Set<string>();
  for (const file of files) {
    if (!checkId(file, problems)) continue;
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const before = problems.length;
    const summary = parsed.body.trim();
    const result = validate(eventSchema, parsed.data, file.path);
    if (!result.ok) problems.push(...result.problems);
    if (summary === '') problems.push({ file: file.path, field: '', message: 'has no summary: write one below the frontmatter' });
    if (!result.ok) continue;
    const data = result.data;
    const date = parseTimelineDate(data.date);
    if (!date.ok) problems.push({ file: file.path, field: 'date', message: date.reason });
    if (laneIds !== undefined && !laneIds.includes(data.lane)) {
      problems.push({
        file: file.path,
        field: 'lane',
        message: `unknown lane "${data.lane}" (lanes declared in the site config: ${laneIds.join(', ')})`,
      });
    }
    const citations = data.citations.flatMap((citation, i) => {
      const resolved = resolveCitation(citation, `citations[${i}]`, file.path, articles, problems);
      return resolved === undefined ? [] : [resolved];
    });
    const id = idOf(file.path);
    if (problems.length > before || !date.ok || taken.has(id)) continue;
    taken.add(id);
    events.push({
      id: id as EventId,
      file: file.path,
      title: data.title,
      date: date.date,
      lane: data.lane,
      actors: data.actors,
      places: data.places,
      citations,
      ...(data.note === undefined ? {} : { note: data.note }),
      summary,
    });
  }
  return events;
}

function resolveCitation(
  citation: { article: string; quote: string; stance: 'fact' | 'claim'; claimant?: string | undefined },
  field: string,
  file: string,
  articles: ReadonlyMap<ArticleId, Article>,
  problems: ContentProblem[],
): Citation | undefined {
  const article = articles.get(citation.article as ArticleId);
  if (article === undefined) {
    const known = [...articles.keys()].join(', ');
    problems.push({ file, field: `${field}.article`, message: `unknown article "${citation.article}" (known articles: ${known || 'none'})` });
    return undefined;
  }
  for (const block of article.blocks) {
    if (block.id === undefined) continue;
    const range = findQuote(block.text, citation.quote);
    if (range === undefined) continue;
    return {
      article: article.id,
      quote: citation.quote,
      passage: block.text.slice(range.start, range.end),
      stance: citation.stance,
      ...(citation.claimant === undefined ? {} : { claimant: citation.claimant }),
      paragraphId: block.id,
      range,
    };
  }
  const wholeText = article.blocks.map((block) => block.text).join(' ');
  const spans = findQuote(wholeText, citation.quote) !== undefined;
  problems.push({
    file,
    field: `${field}.quote`,
    message: spans
      ? `spans more than one paragraph of article "${article.id}": quote from a single paragraph`
      : `not found in article "${article.id}"`,
  });
  return undefined;
}

// exactOptionalPropertyTypes: an optional field is either absent or a value, never `undefined`.
function dropUndefined<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
