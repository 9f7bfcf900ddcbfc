import { toDayNumber, type CalendarDay } from '../dates/calendar-day.ts';
import { compareTimelineDates, firstDayOf, lastDayOf, type PartialDate } from '../dates/partial-date.ts';
import { parseTimelineDate } from '../dates/timeline-date.ts';
import { DEFAULT_MARKUP_POLICY, type MarkupPolicy } from '../markup/markdown-problems.ts';
import type {
  Article,
  ArticleBlock,
  ArticleId,
  Citation,
  Correction,
  Era,
  EventId,
  PlaceId,
  Timeline,
  TimelineConfig,
  TimelineEvent,
} from '../timeline-model.ts';
import { parseArticleText } from './article-text.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import {
  articleSchema,
  citationSchema,
  configSchema,
  correctionSchema,
  eraSchema,
  eventSchema,
  parsePageDay,
  validateFields,
} from './content-schemas.ts';
import {
  checkMarkdown,
  contentIdOf as idOf,
  readFrontmatter,
  type SourceFile,
  type TranslationSources,
} from './content-file.ts';
import { parseContentYaml } from './content-yaml.ts';
import { buildTranslations, type OriginalArticle, type OriginalEvent } from './build-translations.ts';
import { locateQuote } from './locate-quote.ts';
import { buildPlaces, checkEventPlaces, type Gazetteer } from './build-places.ts';

export type { SourceFile, TranslationSources };

/** Every file a timeline is made of. */
export interface ContentSources {
  /** `timeline.yaml`; absent when the folder has none (reading it reports that). */
  readonly config?: SourceFile;
  readonly articles: readonly SourceFile[];
  readonly events: readonly SourceFile[];
  /** `about.md`, when the folder has one. */
  readonly about?: SourceFile;
  /** `places.yaml`, the gazetteer, when the folder has one. */
  readonly places?: SourceFile;
  /** `shapes/<place-id>.geojson`: the areas and routes of places, drawn on the map beside their marks. */
  readonly shapes?: readonly SourceFile[];
  /** One per folder under `translations/`, in name order. */
  readonly translations?: readonly TranslationSources[];
  /** Problems found while reading the files (a stray file, bytes that are not UTF-8), listed with all the others. */
  readonly problems?: readonly ContentProblem[];
}

/**
 * Turn content files into a cross-checked timeline, or throw a ContentError listing every problem found: invalid
 * frontmatter, impossible dates, unknown lanes or articles, duplicate ids, quotes that are not in their article,
 * unsafe Markdown. Each file is checked as far as its valid parts allow, so one mistake hides no other.
 * Pure: it reads nothing but its argument.
 */
export function buildTimeline(sources: ContentSources): Timeline {
  const problems: ContentProblem[] = [...(sources.problems ?? [])];
  const site = sources.config === undefined ? NO_CONFIG : buildConfig(sources.config, problems);
  const articles = buildArticles(sources.articles, site.policy, problems);
  const gazetteer = buildPlaces(sources.places, sources.shapes ?? [], site.policy, problems);
  const { events, drafts, originals } = buildEvents(sources.events, site, articles, gazetteer, problems);
  // Citation downloads live at /cite/<id>.bib for events and articles alike, so the two share one namespace.
  for (const file of sources.events) {
    const id = idOf(file.path);
    const article = articles.files.get(id);
    if (article !== undefined) {
      problems.push({
        file: file.path,
        field: '',
        message: `id "${id}" is also an article's (${article}): rename one of them`,
      });
    }
  }
  if (sources.about !== undefined) checkMarkdown(sources.about.text, sources.about.path, '', site.policy, problems);
  const translations = buildTranslations(
    sources.translations ?? [],
    {
      ...(sources.config === undefined ? {} : { configFile: sources.config.path }),
      ...site.original,
      events: originals,
      articles: articles.originals,
      ...(gazetteer.ids === undefined ? {} : { placeIds: gazetteer.ids }),
      policy: site.policy,
    },
    problems,
  );
  if (problems.length > 0 || site.config === undefined) {
    if (problems.length === 0)
      problems.push({
        file: 'timeline.yaml',
        field: '',
        message: 'missing: every content folder needs its site config',
      });
    // Grouped by file (stable, so each file's problems keep the order of its fields), as an editor works through them.
    throw new ContentError(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }
  return {
    config: site.config,
    about: sources.about?.text.trim() ?? '',
    articles: [...articles.valid.values()].sort(
      (a, b) => compareTimelineDates(a.published, b.published) || a.id.localeCompare(b.id),
    ),
    events: events.sort(compareEvents),
    places: gazetteer.places,
    drafts: drafts.sort(compareEvents),
    translations,
  };
}

/** The timeline's order of events: by date, then by id so that equal dates keep one order on every build. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareTimelineDates(a.date, b.date) || a.id.localeCompare(b.id);
}

/** What the rest of the content is checked against: the config when valid, and what of it is usable when not. */
interface SiteRules {
  readonly config?: TimelineConfig;
  /** The declared lanes, when the `lanes` list can be read; undefined skips the lane check. */
  readonly laneIds?: readonly string[];
  readonly policy: MarkupPolicy;
  /** What a translation of the config is checked against, read from whatever of the config is valid. */
  readonly original: {
    readonly language?: string;
    readonly eraIds?: readonly string[];
    readonly laneIds?: readonly string[];
    /** The optional texts the original has (`sourceBalance`, `license`): only those can be translated. */
    readonly optionalTexts: ReadonlySet<string>;
  };
}

const NO_CONFIG: SiteRules = { policy: DEFAULT_MARKUP_POLICY, original: { optionalTexts: new Set() } };

function buildConfig(file: SourceFile, problems: ContentProblem[]): SiteRules {
  const yaml = parseContentYaml(file.text);
  if (!yaml.ok) {
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${yaml.reason}` });
    return NO_CONFIG;
  }
  const result = validateFields(configSchema, yaml.value, file.path);
  problems.push(...result.problems);
  const raw = isRecord(yaml.value) ? yaml.value : {};
  // A lane list with one bad colour still declares its lanes: events are checked against every lane named.
  let laneIds = Array.isArray(raw['lanes'])
    ? raw['lanes'].flatMap((lane: unknown) => (isRecord(lane) && typeof lane['id'] === 'string' ? [lane['id']] : []))
    : undefined;
  if (laneIds?.length === 0) laneIds = undefined; // no usable lane: its own problem, not one per event
  if (laneIds !== undefined) {
    reportDuplicates(
      laneIds.map((id, i) => ({ id, field: `lanes[${i}].id` })),
      file.path,
      'lane',
      problems,
    );
  }
  const eras = checkEras(raw['eras'], file.path, problems);
  const policy: MarkupPolicy = { allowHtml: result.fields.allowHtml ?? DEFAULT_MARKUP_POLICY.allowHtml };
  const eraIds = Array.isArray(raw['eras'])
    ? raw['eras'].flatMap((era: unknown) => (isRecord(era) && typeof era['id'] === 'string' ? [era['id']] : []))
    : raw['eras'] === undefined
      ? []
      : undefined; // eras that cannot be read: their own problem, and no check of the translations' labels
  const original = {
    ...(result.fields.language === undefined ? {} : { language: result.fields.language }),
    ...(laneIds === undefined ? {} : { laneIds }),
    ...(eraIds === undefined ? {} : { eraIds }),
    optionalTexts: new Set(['sourceBalance', 'license'].filter((key) => raw[key] !== undefined)),
  };
  const rules: SiteRules = { ...(laneIds === undefined ? {} : { laneIds }), policy, original };
  if (result.data === undefined || eras === undefined) return rules;
  const { lanes, eras: _eras, sourceBalance, license, ...rest } = result.data;
  return {
    ...rules,
    config: {
      ...rest,
      ...(sourceBalance === undefined ? {} : { sourceBalance }),
      ...(license === undefined ? {} : { license }),
      lanes,
      eras,
    },
  };
}

// Eras are checked like events: valid dates, in order, each id once. Undefined when any era is wrong.
function checkEras(raw: unknown, file: string, problems: ContentProblem[]): Era[] | undefined {
  if (!Array.isArray(raw)) return raw === undefined ? [] : undefined;
  const before = problems.length;
  const eras: Era[] = [];
  const ids: { id: string; field: string }[] = [];
  raw.forEach((item: unknown, i) => {
    const era = eraSchema.safeParse(item);
    if (!era.success) return; // reported by validateFields
    ids.push({ id: era.data.id, field: `eras[${i}].id` });
    const from = parseDay(era.data.from, file, `eras[${i}].from`, problems);
    const to = parseDay(era.data.to, file, `eras[${i}].to`, problems);
    if (from === undefined || to === undefined) return;
    if (toDayNumber(lastDayOf(to)) < toDayNumber(firstDayOf(from))) {
      problems.push({
        file,
        field: `eras[${i}].to`,
        message: `the era ends (${to.edtf}) before it starts (${from.edtf})`,
      });
      return;
    }
    eras.push({ id: era.data.id, label: era.data.label, from, to });
  });
  reportDuplicates(ids, file, 'era', problems);
  return problems.length > before || eras.length < raw.length ? undefined : eras;
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

// The Markdown of each correction whose text is valid, even when a sibling correction is not.
function checkCorrections(frontmatter: unknown, file: string, policy: MarkupPolicy, problems: ContentProblem[]): void {
  const raw = isRecord(frontmatter) && Array.isArray(frontmatter['corrections']) ? frontmatter['corrections'] : [];
  raw.forEach((item: unknown, i) => {
    const text = correctionSchema.shape.text.safeParse(isRecord(item) ? item['text'] : undefined);
    if (text.success) checkMarkdown(text.data, file, `corrections[${i}].text`, policy, problems);
  });
}

// Editors may list corrections in any order; pages and data show them by date (Array.sort is stable: one day's
// corrections keep the file's order).
function toCorrections(corrections: readonly { date: string; text: string }[]): Correction[] {
  return correctionOrder(corrections).map((i) => {
    const { date, text } = corrections[i] as { date: string; text: string };
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return { date: { year, month, day }, text };
  });
}

// The file's indices of the corrections in the model's order (by date), which a translation's corrections follow too.
function correctionOrder(corrections: readonly { date: string }[]): number[] {
  const day = (i: number) => Number((corrections[i] as { date: string }).date.replaceAll('-', ''));
  return corrections.map((_, i) => i).sort((a, b) => day(a) - day(b));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
    problems.push({
      file: item.file ?? file,
      field: item.field,
      message: `duplicate ${what} id "${item.id}" (also ${where})`,
    });
  }
}

/** The articles: the valid ones, and every article file by id with its text where that could be read. */
interface ArticleIndex {
  readonly valid: Map<ArticleId, Article>;
  /** Every article id with a file, to its path: a citation of a broken article is not an "unknown article". */
  readonly files: Map<string, string>;
  /** The text of each article whose body could be read, valid or not: quotes of a broken article are still checked. */
  readonly texts: Map<string, readonly ArticleBlock[]>;
  /** What a translation of each article's notes is checked against. */
  readonly originals: Map<string, OriginalArticle>;
}

function buildArticles(files: readonly SourceFile[], policy: MarkupPolicy, problems: ContentProblem[]): ArticleIndex {
  const index: ArticleIndex = { valid: new Map(), files: new Map(), texts: new Map(), originals: new Map() };
  reportDuplicates(
    files.map((f) => ({ id: idOf(f.path), field: '', file: f.path })),
    '',
    'article',
    problems,
  );
  for (const file of files) {
    const id = idOf(file.path);
    const first = !index.files.has(id);
    if (first) index.files.set(id, file.path);
    const before = problems.length;
    const goodId = checkId(file, problems);
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const result = validateFields(articleSchema, parsed.data, file.path, 'frontmatter');
    problems.push(...result.problems);
    if (first) {
      const raw = isRecord(parsed.data) ? parsed.data : {};
      const notes = Object.keys(raw).filter((key) => raw[key] != null);
      index.originals.set(id, { file: file.path, notes: new Set(notes) });
    }
    checkCorrections(parsed.data, file.path, policy, problems);
    const published =
      result.fields.published === undefined
        ? undefined
        : parseDay(result.fields.published, file.path, 'published', problems);
    const blocks = parseArticleText(parsed.body);
    if (blocks.length === 0)
      problems.push({ file: file.path, field: '', message: 'has no text: the article body is empty' });
    else if (first) index.texts.set(id, blocks);
    if (!goodId || !first || result.data === undefined || published === undefined || problems.length > before) continue;
    const { published: _published, pagePublished, pageUpdated, corrections, ...fields } = result.data;
    index.valid.set(id as ArticleId, {
      ...dropUndefined(fields),
      id: id as ArticleId,
      file: file.path,
      published,
      corrections: toCorrections(corrections),
      blocks,
      ...pageDays(pagePublished, pageUpdated),
    });
  }
  return index;
}

function buildEvents(
  files: readonly SourceFile[],
  site: SiteRules,
  articles: ArticleIndex,
  gazetteer: Gazetteer,
  problems: ContentProblem[],
): { events: TimelineEvent[]; drafts: TimelineEvent[]; originals: Map<string, OriginalEvent> } {
  const events: TimelineEvent[] = [];
  const drafts: TimelineEvent[] = [];
  const originals = new Map<string, OriginalEvent>();
  reportDuplicates(
    files.map((f) => ({ id: idOf(f.path), field: '', file: f.path })),
    '',
    'event',
    problems,
  );
  const taken = new Set<string>();
  for (const file of files) {
    const before = problems.length;
    checkId(file, problems);
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const summary = parsed.body.trim();
    const result = validateFields(eventSchema, parsed.data, file.path, 'frontmatter');
    problems.push(...result.problems);
    const draft = result.fields.status === 'draft';
    if (!draft && result.fields.citations?.length === 0) {
      problems.push({
        file: file.path,
        field: 'citations',
        message: 'every event needs at least one citation (or "status: draft" until it has one)',
      });
    }
    if (summary === '')
      problems.push({ file: file.path, field: '', message: 'has no summary: write one below the frontmatter' });
    checkMarkdown(summary, file.path, 'summary', site.policy, problems);
    const { fields } = result;
    const raw = isRecord(parsed.data) ? parsed.data : {};
    if (!originals.has(idOf(file.path))) {
      originals.set(idOf(file.path), {
        file: file.path,
        hasNote: raw['note'] != null,
        citations: Array.isArray(raw['citations']) ? raw['citations'].length : 0,
        corrections: Array.isArray(raw['corrections']) ? raw['corrections'].length : 0,
        ...(fields.corrections === undefined ? {} : { correctionOrder: correctionOrder(fields.corrections) }),
      });
    }
    if (fields.note !== undefined) checkMarkdown(fields.note, file.path, 'note', site.policy, problems);
    checkCorrections(parsed.data, file.path, site.policy, problems);
    const date = fields.date === undefined ? undefined : parseTimelineDate(fields.date);
    if (date?.ok === false) problems.push({ file: file.path, field: 'date', message: date.reason });
    if (fields.lane !== undefined && site.laneIds !== undefined && !site.laneIds.includes(fields.lane)) {
      problems.push({
        file: file.path,
        field: 'lane',
        message: `unknown lane "${fields.lane}" (lanes declared in the site config: ${site.laneIds.join(', ')})`,
      });
    }
    if (fields.places !== undefined) checkEventPlaces(fields.places, gazetteer, file.path, problems);
    // Each citation that is valid by itself is resolved, even when a sibling is not.
    const rawCitations =
      isRecord(parsed.data) && Array.isArray(parsed.data['citations']) ? parsed.data['citations'] : [];
    const citations = rawCitations.flatMap((raw: unknown, i) => {
      const citation = citationSchema.safeParse(raw);
      if (!citation.success) return [];
      const resolved = resolveCitation(citation.data, `citations[${i}]`, file.path, articles, problems);
      return resolved === undefined ? [] : [resolved];
    });
    const id = idOf(file.path);
    if (problems.length > before || result.data === undefined || date?.ok !== true || taken.has(id)) continue;
    taken.add(id);
    const data = result.data;
    (draft ? drafts : events).push({
      id: id as EventId,
      file: file.path,
      title: data.title,
      date: date.date,
      lane: data.lane,
      actors: data.actors,
      places: data.places as PlaceId[],
      citations,
      ...(data.note === undefined ? {} : { note: data.note }),
      summary,
      ...(draft ? { draft } : {}),
      ...pageDays(data.pagePublished, data.pageUpdated),
      corrections: toCorrections(data.corrections),
    });
  }
  return { events, drafts, originals };
}

function resolveCitation(
  citation: { article: string; quote: string; stance: 'fact' | 'claim'; claimant?: string | undefined },
  field: string,
  file: string,
  articles: ArticleIndex,
  problems: ContentProblem[],
): Citation | undefined {
  const blocks = articles.texts.get(citation.article);
  if (blocks === undefined) {
    // An article with a file but no readable text is reported as its own problem, not once per citation.
    if (articles.files.has(citation.article)) return undefined;
    const known = [...articles.files.keys()].join(', ');
    problems.push({
      file,
      field: `${field}.article`,
      message: `unknown article "${citation.article}" (known articles: ${known || 'none'})`,
    });
    return undefined;
  }
  const location = locateQuote(blocks, citation.quote, citation.article);
  if (location.found) {
    const block = blocks[location.blockIndex] as ArticleBlock;
    const { range } = location;
    const article = articles.valid.get(citation.article as ArticleId);
    // A broken article fails the build on its own; its quotes were still worth checking.
    if (article === undefined) return undefined;
    return {
      article: article.id,
      quote: citation.quote,
      passage: block.text.slice(range.start, range.end),
      stance: citation.stance,
      ...(citation.claimant === undefined ? {} : { claimant: citation.claimant }),
      paragraphId: block.id as string,
      range,
    };
  }
  problems.push({ file, field: `${field}.quote`, message: location.message });
  return undefined;
}

// The page-date overrides as calendar days (the schema has checked that they are days).
function pageDays(
  pagePublished: string | undefined,
  pageUpdated: string | undefined,
): { pagePublished?: CalendarDay; pageUpdated?: CalendarDay } {
  const published = pagePublished === undefined ? undefined : parsePageDay(pagePublished);
  const updated = pageUpdated === undefined ? undefined : parsePageDay(pageUpdated);
  return {
    ...(published === undefined ? {} : { pagePublished: published }),
    ...(updated === undefined ? {} : { pageUpdated: updated }),
  };
}

// exactOptionalPropertyTypes: an optional field is either absent or a value, never `undefined`.
function dropUndefined<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
