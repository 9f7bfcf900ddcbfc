import * as z from 'zod';
import { isCalendarDay, type CalendarDay } from '../dates/calendar-day.ts';
import { OPTIONAL_HTML_ELEMENTS } from '../markup/markdown-problems.ts';
import { READER_LIST_SETTINGS } from '../reader-list-form.ts';
import { PLACE_KINDS } from '../timeline-model.ts';
import { formatFieldPath, type ContentProblem } from './content-problem.ts';
import { countWords } from './find-quote.ts';

/**
 * The fewest words a quote may have. Fewer rarely identify one passage ("a", "ceasefire", "he said" match
 * almost anywhere), while every quote the site cites is a phrase of six words or more; four leaves room for a
 * short, distinctive phrase.
 */
export const MIN_QUOTE_WORDS = 4;

/** What validateFields() says of a field no schema knows; the translation checks explain it in their own words. */
export const UNKNOWN_FIELD = 'unknown field (check the spelling against the README)';

/**
 * The shape of each content file's frontmatter. Strict: an unknown field is an error, because a misspelt
 * optional field (`claimnt`) would otherwise vanish without a word. Dates stay strings here; src/lib/dates
 * parses them with their own messages.
 */

/** Text that says something: trimmed, not empty. */
export const text = z.string().trim().min(1, 'must not be empty');
/** An address a reader can follow: http or https, nothing else (no `javascript:`). */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });
// YAML reads an unquoted 1991 as a number; a year is still a date. It also drops the zeros of 0990 and 0000,
// which are put back so that the date check can say what is wrong with the year.
const edtfText = z
  .union([z.string(), z.number()], { error: 'must be a date such as "2020-11-10", "2023-06" or "1991"' })
  .transform((value) =>
    typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 10_000 ? yearText(value) : String(value),
  )
  .pipe(text);
// The page's `lang` and `dir` come from it, so it must be a tag the browser and Intl understand, not "English".
const languageTag = text.refine(isLanguageTag, 'must be a BCP 47 language tag such as "en", "ar" or "az-Latn"');

// BCP 47 allows a language subtag of five to eight letters, but none is registered: "English" and "Arabic" parse as
// tags and would be published as lang="english", so the language must be an ISO 639 code of two or three letters.
function isLanguageTag(value: string): boolean {
  try {
    return /^[a-z]{2,3}$/.test(new Intl.Locale(value).language);
  } catch {
    return false;
  }
}

function yearText(year: number): string {
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
}
/** A day the site published or updated a page (`pagePublished`, `pageUpdated`): overrides the content history. */
const pageDay = z
  .string({ error: 'must be a day such as "2026-11-23"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as "2026-11-23"')
  .refine((value) => parsePageDay(value) !== undefined, 'is not a day of the calendar');

/** A `pagePublished`/`pageUpdated` value as a calendar day; undefined when it is not one. */
export function parsePageDay(value: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : undefined;
}
const CORRECTION_DAY_RULE = 'must be the day of the correction, such as "2026-12-02"';
// A correction is dated to the day it was made: no year or month alone, no `~`; YAML may read 20261202 as a number.
const correctionDay = z
  .union([z.string(), z.number()], { error: CORRECTION_DAY_RULE })
  .transform(String)
  .pipe(
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: CORRECTION_DAY_RULE, abort: true })
      .superRefine((day, ctx) => {
        const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
        if (!isCalendarDay(year, month, dayOfMonth))
          ctx.addIssue({ code: 'custom', message: `no such day in the calendar: "${day}"` });
      }),
  );

/** One correction of a page: the day it was made and the editors' words (Markdown) on what was wrong. */
export const correctionSchema = z.strictObject({ date: correctionDay, text });
// Any order in the file: the loader sorts them by date.
const corrections = z.array(correctionSchema).default([]);

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

export const laneSchema = z.strictObject({
  id,
  label: text,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#2f6db3"'),
});

export const eraSchema = z.strictObject({ id, label: text, from: edtfText, to: edtfText });

export const configSchema = z.strictObject({
  title: text,
  shortTitle: text,
  description: text,
  language: languageTag,
  publisher: text,
  credit: text,
  /** Plain words on where the sources come from and what that means for the reader; shown on the home and sources pages. */
  sourceBalance: text.optional(),
  /** The licence of the site's own work (summaries, notes, data); quoted excerpts stay their publishers'. */
  license: z.strictObject({ name: text, url: httpUrl }).optional(),
  lanes: z.array(laneSchema).min(1, 'declare at least one lane'),
  eras: z.array(eraSchema).default([]),
  citedParagraphsOnly: z.boolean().default(false),
  eventSnapshots: z.boolean().default(true),
  readerList: z.enum(READER_LIST_SETTINGS).default('auto'),
  /** HTML elements editors may write inside summaries, notes and about.md (a documented subset, still sanitised). */
  allowHtml: z.array(z.enum(OPTIONAL_HTML_ELEMENTS)).default([]),
});

export const articleSchema = z.strictObject({
  title: text,
  /** Where the title is the editors' and not the outlet's (the text had no headline), say so here. */
  titleNote: text.optional(),
  outlet: text,
  outletNote: text,
  perspective: text,
  published: edtfText,
  publishedBasis: z.enum(['stated', 'inferred']),
  publishedNote: text,
  dateline: text.optional(),
  language: languageTag,
  seed: text,
  url: httpUrl.optional(),
  furnitureRemoved: text.optional(),
  stitchedNote: text.optional(),
  pagePublished: pageDay.optional(),
  pageUpdated: pageDay.optional(),
  corrections,
});

export const citationSchema = z
  .strictObject({
    article: text,
    quote: text,
    stance: z.enum(['fact', 'claim']),
    claimant: text.optional(),
  })
  .superRefine((citation, ctx) => {
    const words = countWords(citation.quote);
    if (words < MIN_QUOTE_WORDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: `too short to identify a passage: quote at least ${MIN_QUOTE_WORDS} words (this has ${words})`,
      });
    }
    if (citation.stance === 'claim' && citation.claimant === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['claimant'],
        message: 'required when stance is "claim": who makes the claim',
      });
    }
    if (citation.stance === 'fact' && citation.claimant !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['claimant'], message: 'only for stance "claim"' });
    }
  });

/** Whether an event is on the published site. */
export const EVENT_STATUSES = ['published', 'draft'] as const;

export const eventSchema = z.strictObject({
  title: text,
  date: edtfText,
  lane: text,
  actors: z.array(text).default([]),
  places: z.array(text).default([]),
  /**
   * `draft`: checked like any event except that it may have no citation yet; left out of the published site, the
   * data and the search index, and shown with a Draft label in `npm run dev`.
   */
  status: z.enum(EVENT_STATUSES).default('published'),
  // At least one for a published event: checked in build-timeline.ts, where the status is known.
  citations: z.array(citationSchema).default([]),
  note: text.optional(),
  pagePublished: pageDay.optional(),
  pageUpdated: pageDay.optional(),
  corrections,
});

/**
 * A translation (`translations/<language>/`) holds only the editors' own texts: everything else (dates, lanes,
 * quotes, colours) belongs to the original. The checks against the original are in build-translations.ts.
 */
export const configTranslationSchema = z.strictObject({
  title: text.optional(),
  shortTitle: text.optional(),
  description: text.optional(),
  publisher: text.optional(),
  credit: text.optional(),
  sourceBalance: text.optional(),
  /** Labels by lane id: `works: Работы`. */
  lanes: z.record(z.string(), text).optional(),
  /** Labels by era id. */
  eras: z.record(z.string(), text).optional(),
  /** Only the licence's name: its address is the original's. */
  license: z.strictObject({ name: text }).optional(),
});

/** An event's translation: its title, note, quote translations, correction texts; the summary is the body. */
export const eventTranslationSchema = z.strictObject({
  title: text,
  note: text.optional(),
  /** One item per citation of the original, in its order; `{}` leaves that quote without a translation. */
  citations: z.array(z.strictObject({ translation: text.optional() })).optional(),
  /** One item per correction of the original, in the file's order; the dates are the original's. */
  corrections: z.array(z.strictObject({ text })).optional(),
});

/** The editors' notes on a source, translated; the article's title, outlet, dates and text stay verbatim. */
export const articleTranslationSchema = z.strictObject({
  titleNote: text.optional(),
  outletNote: text.optional(),
  perspective: text.optional(),
  publishedNote: text.optional(),
  furnitureRemoved: text.optional(),
  stitchedNote: text.optional(),
});

// Decimal degrees as YAML numbers: a quoted "39.8", a degrees-minutes text or .nan is not a coordinate.
const degrees = (name: string, limit: number, example: string) =>
  z
    .number({ error: `must be ${name} in decimal degrees, such as ${example}` })
    .min(-limit, `must be between -${limit} and ${limit} (decimal degrees)`)
    .max(limit, `must be between -${limit} and ${limit} (decimal degrees)`);

/** One place of the gazetteer (`places.yaml`): where the map draws it, and the public reference that says so. */
export const placeSchema = z.strictObject({
  id,
  name: text,
  kind: z.enum(PLACE_KINDS),
  latitude: degrees('a latitude', 90, '39.8153'),
  longitude: degrees('a longitude', 180, '46.7519'),
  /** Where the coordinates come from: a gazetteer, an encyclopaedia, an official page. */
  reference: text,
  referenceUrl: httpUrl.optional(),
  note: text.optional(),
});

/** `places.yaml`: the gazetteer, one list. */
export const placesFileSchema = z.strictObject({ places: z.array(z.unknown()) });

/** `translations/<language>/places.yaml`: each place's name in that language, by id. */
export const placesTranslationSchema = z.strictObject({ places: z.record(z.string(), text) });

/** What validateFields() found: each field that is valid on its own, and every problem. */
export interface FieldsResult<T extends z.ZodObject> {
  /** The whole value, when nothing is wrong. */
  readonly data?: z.output<T>;
  /** Every field that is valid by itself, so the checks that need only those fields can still run. */
  readonly fields: Partial<z.output<T>>;
  readonly problems: ContentProblem[];
}

/**
 * Validate an object field by field: one wrong field does not hide what the others allow to be checked (an
 * event's date, lane and citations when its title is missing). `whole` names the value itself in a message
 * when it is not a set of fields at all (`frontmatter`). The schemas here have no whole-object refinements, so
 * checking each field is the same as checking the object.
 */
export function validateFields<T extends z.ZodObject>(
  schema: T,
  value: unknown,
  file: string,
  whole = '',
): FieldsResult<T> {
  const record = value ?? {};
  if (typeof record !== 'object' || Array.isArray(record)) {
    const message = `must be a set of fields ("name: value" lines), not ${describeValue(record)}`;
    return { fields: {}, problems: [{ file, field: whole, message }] };
  }
  const problems: ContentProblem[] = [];
  const fields: Record<string, unknown> = {};
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(shape, key)) {
      problems.push({ file, field: key, message: UNKNOWN_FIELD });
    }
  }
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const result = fieldSchema.safeParse((record as Record<string, unknown>)[key], { reportInput: true });
    if (!result.success) {
      problems.push(
        ...result.error.issues.flatMap((issue) => toProblems({ ...issue, path: [key, ...issue.path] }, file)),
      );
    } else if (result.data !== undefined) {
      fields[key] = result.data;
    }
  }
  const partial = fields as Partial<z.output<T>>;
  return problems.length === 0
    ? { data: fields as z.output<T>, fields: partial, problems }
    : { fields: partial, problems };
}

function toProblems(issue: z.core.$ZodIssue, file: string): ContentProblem[] {
  const field = formatFieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: formatFieldPath([...issue.path, key]),
      message: UNKNOWN_FIELD,
    }));
  }
  if (issue.code !== 'custom' && 'input' in issue && issue.input === undefined) {
    return [{ file, field, message: 'required field is missing' }];
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return [{ file, field, message: `must be one of ${allowed}, not ${describeValue(issue.input)}` }];
  }
  if (issue.code === 'invalid_type') {
    return [
      {
        file,
        field,
        message: `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`,
      },
    ];
  }
  return [{ file, field, message: issue.message }];
}

// zod's type names, in the words of the README.
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields ("name: value")',
  // Only translations have records: labels by id.
  record: 'a set of "id: label" lines',
};

/** A YAML value as an editor would name it: `"opinion"`, `a list`, `empty`. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
