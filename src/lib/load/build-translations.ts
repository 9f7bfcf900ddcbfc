import type { MarkupPolicy } from '../markup/markdown-problems.ts';
import type {
  ArticleId,
  ArticleTranslation,
  ConfigTranslation,
  ContentTranslation,
  EventId,
  EventTranslation,
} from '../timeline-model.ts';
import {
  checkMarkdown,
  contentIdOf,
  readFrontmatter,
  type SourceFile,
  type TranslationSources,
} from './content-file.ts';
import type { ContentProblem } from './content-problem.ts';
import {
  articleSchema,
  articleTranslationSchema,
  citationSchema,
  configSchema,
  configTranslationSchema,
  correctionSchema,
  eventSchema,
  eventTranslationSchema,
  placesTranslationSchema,
  UNKNOWN_FIELD,
  validateFields,
} from './content-schemas.ts';
import { parseContentYaml } from './content-yaml.ts';

/** What a translation of an event is checked against: its original, as far as that could be read. */
export interface OriginalEvent {
  readonly file: string;
  readonly hasNote: boolean;
  /** How many citations and corrections the original lists (valid or not). */
  readonly citations: number;
  readonly corrections: number;
  /** The file's indices of the corrections in the model's order (by date), when they are valid. */
  readonly correctionOrder?: readonly number[];
}

/** What a translation of an article's notes is checked against. */
export interface OriginalArticle {
  readonly file: string;
  /** The frontmatter fields the original fills. */
  readonly notes: ReadonlySet<string>;
}

/** The original content, as the translations see it. */
export interface OriginalContent {
  readonly configFile?: string;
  readonly language?: string;
  readonly laneIds?: readonly string[];
  readonly eraIds?: readonly string[];
  readonly optionalTexts: ReadonlySet<string>;
  readonly events: ReadonlyMap<string, OriginalEvent>;
  readonly articles: ReadonlyMap<string, OriginalArticle>;
  /** The gazetteer's ids; undefined when places.yaml cannot be read (then translated names are not checked). */
  readonly placeIds?: ReadonlySet<string>;
  readonly policy: MarkupPolicy;
}

const EVENT_HOLDS = 'a translation holds only title, note, citations[].translation, corrections[].text and the summary';
const ARTICLE_HOLDS =
  'a translation holds only the editors’ notes: titleNote, outletNote, perspective, publishedNote, furnitureRemoved, stitchedNote';
const CONFIG_HOLDS =
  'a translation holds only title, shortTitle, description, publisher, credit, sourceBalance, lanes, eras and license.name';

/**
 * Check every translation folder against the original and turn it into plain data, sorted by language. Every
 * problem is added to `problems`, so translations are reported in the same run as the original content.
 * Pure: it reads nothing but its arguments.
 */
export function buildTranslations(
  folders: readonly TranslationSources[],
  original: OriginalContent,
  problems: ContentProblem[],
): ContentTranslation[] {
  const translations: ContentTranslation[] = [];
  for (const folder of folders) {
    const before = problems.length;
    const language = checkLanguage(folder, original, problems);
    const config = folder.config === undefined ? EMPTY_CONFIG : buildConfig(folder.config, original, problems);
    const about = folder.about === undefined ? undefined : buildAbout(folder.about, original, problems);
    const events = buildEvents(folder.events, original, problems);
    const articles = buildArticles(folder.articles, original, problems);
    const places = folder.places === undefined ? {} : buildPlaceNames(folder.places, original, problems);
    if (language === undefined || problems.length > before) continue;
    translations.push({ language, config, ...(about === undefined ? {} : { about }), events, articles, places });
  }
  return translations.sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0));
}

// The folder's name as a canonical BCP 47 tag, which is also its path on the site; undefined when it is not one.
function checkLanguage(folder: TranslationSources, original: OriginalContent, problems: ContentProblem[]) {
  const problem = (message: string) => problems.push({ file: folder.folder, field: '', message });
  const tag = folder.language;
  const canonical = canonicalTag(tag);
  if (canonical === undefined) {
    problem(`"${tag}" is not a language tag (BCP 47): name the folder for its language, such as "ru", "az" or "pt-BR"`);
    return undefined;
  }
  // BCP 47 reserves language subtags of five to eight letters (none is assigned), so `events` or `about` is a
  // folder name taken for a language, and `und` says the language is unknown.
  const subtag = new Intl.Locale(canonical).language ?? '';
  if (!/^[a-z]{2,3}$/.test(subtag) || subtag === 'und') {
    problem(
      `"${tag}" is not a language: a language tag starts with the language's two- or three-letter code (ISO 639)`,
    );
    return undefined;
  }
  if (canonical !== tag) {
    problem(`language tag "${tag}" is written "${canonical}": rename the folder`);
    return undefined;
  }
  const originalTag = original.language === undefined ? undefined : canonicalTag(original.language);
  if (originalTag === canonical) {
    problem(
      `is the original language ("language: ${original.language}" in timeline.yaml): the original texts live in ` +
        'events/, about.md and timeline.yaml, not in a translation',
    );
    return undefined;
  }
  return canonical;
}

// The canonical form of a BCP 47 tag (`pt-br` -> `pt-BR`); undefined when the text is not a tag.
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const EMPTY_CONFIG: ConfigTranslation = { lanes: {}, eras: {} };

function buildConfig(file: SourceFile, original: OriginalContent, problems: ContentProblem[]): ConfigTranslation {
  const yaml = parseContentYaml(file.text);
  if (!yaml.ok) {
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${yaml.reason}` });
    return EMPTY_CONFIG;
  }
  const configFile = original.configFile ?? 'timeline.yaml';
  const result = validateFields(configTranslationSchema, yaml.value, file.path);
  problems.push(
    ...explainUnknown(result.problems, (field) =>
      Object.hasOwn(configSchema.shape, topField(field)) || field === 'license.url'
        ? `belongs to the original ${configFile}; ${CONFIG_HOLDS}`
        : `unknown field: ${CONFIG_HOLDS}`,
    ),
  );
  const { fields } = result;
  for (const key of ['sourceBalance', 'license'] as const) {
    if (fields[key] !== undefined && !original.optionalTexts.has(key)) {
      problems.push({
        file: file.path,
        field: key,
        message: `the original ${configFile} has no ${key}: there is nothing to translate`,
      });
    }
  }
  // The keys as the YAML gives them: a `__proto__` key would not survive into a parsed record.
  const raw = isRecord(yaml.value) ? yaml.value : {};
  checkIds(raw['lanes'], original.laneIds, 'lane', file.path, problems);
  checkIds(raw['eras'], original.eraIds, 'era', file.path, problems);
  const { lanes, eras, license, ...texts } = fields;
  return {
    ...dropUndefined(texts),
    ...(license === undefined ? {} : { licenseName: license.name }),
    lanes: { ...lanes },
    eras: { ...eras },
  };
}

function checkIds(
  labels: unknown,
  known: readonly string[] | undefined,
  what: 'lane' | 'era',
  file: string,
  problems: ContentProblem[],
): void {
  if (!isRecord(labels) || known === undefined) return;
  for (const id of Object.keys(labels)) {
    if (known.includes(id)) continue;
    const declared = known.length === 0 ? 'none' : [...new Set(known)].join(', ');
    problems.push({
      file,
      field: `${what}s.${id}`,
      message: `unknown ${what} "${id}" (${what}s of the original: ${declared})`,
    });
  }
}

function buildAbout(file: SourceFile, original: OriginalContent, problems: ContentProblem[]): string | undefined {
  const about = file.text.replace(/^\uFEFF/, '').trim();
  if (about === '') {
    problems.push({ file: file.path, field: '', message: 'is empty: translate the about page or delete the file' });
    return undefined;
  }
  checkMarkdown(about, file.path, '', original.policy, problems);
  return about;
}

// `places: { id: name }`: a name for each place of the gazetteer the editors translated, and no other id.
function buildPlaceNames(
  file: SourceFile,
  original: OriginalContent,
  problems: ContentProblem[],
): Record<string, string> {
  const yaml = parseContentYaml(file.text);
  if (!yaml.ok) {
    problems.push({ file: file.path, field: '', message: `is not valid YAML: ${yaml.reason}` });
    return {};
  }
  const result = validateFields(placesTranslationSchema, yaml.value, file.path);
  problems.push(...result.problems);
  const names = result.fields.places ?? {};
  // The keys as the YAML gives them: a `__proto__` key would not survive into a parsed record.
  const raw = isRecord(yaml.value) && isRecord(yaml.value['places']) ? yaml.value['places'] : {};
  const known = original.placeIds;
  const out: Record<string, string> = {};
  for (const id of Object.keys(raw)) {
    if (known !== undefined && !known.has(id)) {
      const declared = known.size === 0 ? 'none' : [...known].join(', ');
      problems.push({
        file: file.path,
        field: `places.${id}`,
        message: `unknown place "${id}": the original places.yaml has no such place (places: ${declared})`,
      });
      continue;
    }
    const name = Object.hasOwn(names, id) ? names[id] : undefined;
    if (name !== undefined) Object.defineProperty(out, id, { value: name, enumerable: true, writable: true });
  }
  return out;
}

function buildEvents(
  files: readonly SourceFile[],
  original: OriginalContent,
  problems: ContentProblem[],
): EventTranslation[] {
  const events: EventTranslation[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = contentIdOf(file.path);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ file: file.path, field: '', message: `duplicate translation of event "${id}" (also ${first})` });
      continue;
    }
    seen.set(id, file.path);
    const before = problems.length;
    const source = original.events.get(id);
    if (source === undefined) {
      problems.push({
        file: file.path,
        field: '',
        message: `translates no event: the original has no events/${id}.md (a translation keeps its original's file name)`,
      });
    }
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const originalFile = source?.file ?? `events/${id}.md`;
    const result = validateFields(eventTranslationSchema, parsed.data, file.path, 'frontmatter');
    problems.push(
      ...explainUnknown(result.problems, (field) =>
        belongsToEvent(field)
          ? `belongs to the original event ${originalFile}; ${EVENT_HOLDS}`
          : `unknown field: ${EVENT_HOLDS}`,
      ),
    );
    const summary = parsed.body.trim();
    if (summary === '') {
      problems.push({ file: file.path, field: '', message: 'has no summary: translate it below the frontmatter' });
    }
    checkMarkdown(summary, file.path, 'summary', original.policy, problems);
    const { fields } = result;
    if (fields.note !== undefined) checkMarkdown(fields.note, file.path, 'note', original.policy, problems);
    fields.corrections?.forEach((correction, i) =>
      checkMarkdown(correction.text, file.path, `corrections[${i}].text`, original.policy, problems),
    );
    if (source === undefined) continue;
    const raw = isRecord(parsed.data) ? parsed.data : {};
    if (source.hasNote && raw['note'] == null && !problems.some((p) => p.file === file.path && p.field === 'note')) {
      problems.push({
        file: file.path,
        field: 'note',
        message: `required: the original (${source.file}) has a note; translate it too`,
      });
    }
    if (!source.hasNote && raw['note'] != null) {
      problems.push({
        file: file.path,
        field: 'note',
        message: `the original (${source.file}) has no note: there is nothing to translate`,
      });
    }
    checkLength(raw['citations'], source.citations, 'citations', 'citation', source.file, file.path, problems);
    checkLength(raw['corrections'], source.corrections, 'corrections', 'correction', source.file, file.path, problems);
    if (problems.length > before || result.data === undefined) continue;
    const { title, note, citations = [], corrections = [] } = result.data;
    const order = source.correctionOrder ?? corrections.map((_, i) => i);
    events.push({
      id: id as EventId,
      file: file.path,
      title,
      summary,
      ...(note === undefined ? {} : { note }),
      citations: citations.map(({ translation }) => (translation === undefined ? {} : { translation })),
      corrections: corrections.length === 0 ? [] : order.map((i) => (corrections[i] as { text: string }).text),
    });
  }
  return events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// A list given in a translation has one item per item of the original's list, in its order.
function checkLength(
  list: unknown,
  expected: number,
  field: string,
  what: string,
  originalFile: string,
  file: string,
  problems: ContentProblem[],
): void {
  if (!Array.isArray(list) || list.length === expected) return;
  const items = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  problems.push({
    file,
    field,
    message:
      `lists ${items(list.length, 'item')}, but the original (${originalFile}) has ${items(expected, what)}: ` +
      `give one item per ${what}, in the original's order ({} for one left untranslated)`,
  });
}

// Whether a field of an event translation is one of the original's own (`date`, `citations[0].quote`).
function belongsToEvent(field: string): boolean {
  const top = topField(field);
  const inner = field.replace(/^.*[.\]]/, '');
  if (top === 'citations' && field !== 'citations') return Object.hasOwn(citationSchema.shape, inner);
  if (top === 'corrections' && field !== 'corrections') return Object.hasOwn(correctionSchema.shape, inner);
  return Object.hasOwn(eventSchema.shape, top);
}

function buildArticles(
  files: readonly SourceFile[],
  original: OriginalContent,
  problems: ContentProblem[],
): ArticleTranslation[] {
  const articles: ArticleTranslation[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const id = contentIdOf(file.path);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file: file.path,
        field: '',
        message: `duplicate translation of article "${id}" (also ${first})`,
      });
      continue;
    }
    seen.set(id, file.path);
    const before = problems.length;
    const source = original.articles.get(id);
    if (source === undefined) {
      problems.push({
        file: file.path,
        field: '',
        message: `translates no article: the original has no articles/${id}.md (a translation keeps its original's file name)`,
      });
    }
    const parsed = readFrontmatter(file, problems);
    if (parsed === undefined) continue;
    const originalFile = source?.file ?? `articles/${id}.md`;
    const result = validateFields(articleTranslationSchema, parsed.data, file.path, 'frontmatter');
    problems.push(
      ...explainUnknown(result.problems, (field) =>
        Object.hasOwn(articleSchema.shape, topField(field))
          ? `belongs to the original article ${originalFile}; ${ARTICLE_HOLDS}`
          : `unknown field: ${ARTICLE_HOLDS}`,
      ),
    );
    if (parsed.body.trim() !== '') {
      problems.push({
        file: file.path,
        field: '',
        message: 'has text below the frontmatter: an article’s text is never translated; quotes stay verbatim',
      });
    }
    if (source !== undefined) {
      for (const key of Object.keys(result.fields)) {
        if (source.notes.has(key)) continue;
        problems.push({
          file: file.path,
          field: key,
          message: `the original (${source.file}) has no ${key}: there is nothing to translate`,
        });
      }
    }
    if (problems.length > before || result.data === undefined) continue;
    articles.push({ id: id as ArticleId, file: file.path, ...dropUndefined(result.data) });
  }
  return articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// validateFields() says only "unknown field"; a translation says whose field it is and what a translation holds.
function explainUnknown(problems: readonly ContentProblem[], explain: (field: string) => string): ContentProblem[] {
  return problems.map((p) => (p.message === UNKNOWN_FIELD ? { ...p, message: explain(p.field) } : p));
}

function topField(field: string): string {
  return field.replace(/[.[].*$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// exactOptionalPropertyTypes: an optional field is either absent or a value, never `undefined`.
function dropUndefined<T extends Record<string, unknown>>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
