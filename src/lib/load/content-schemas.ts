import * as z from 'zod';
import { OPTIONAL_HTML_ELEMENTS } from '../markup/markdown-problems.ts';
import { READER_LIST_SETTINGS } from '../reader-list-form.ts';
import { formatFieldPath, type ContentProblem } from './content-problem.ts';

/**
 * The shape of each content file's frontmatter. Strict: an unknown field is an error, because a misspelt
 * optional field (`claimnt`) would otherwise vanish without a word. Dates stay strings here; src/lib/dates
 * parses them with their own messages.
 */

const text = z.string().trim().min(1, 'must not be empty');
// YAML reads an unquoted 1991 as a number; a year is still a date.
const edtfText = z.union([z.string(), z.number().int()]).transform(String).pipe(text);
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
  language: text,
  publisher: text,
  credit: text,
  /** Plain words on where the sources come from and what that means for the reader; shown on the home and sources pages. */
  sourceBalance: text.optional(),
  /** The licence of the site's own work (summaries, notes, data); quoted excerpts stay their publishers'. */
  license: z.strictObject({ name: text, url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }) }).optional(),
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
  language: text,
  seed: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  furnitureRemoved: text.optional(),
  stitchedNote: text.optional(),
});

export const citationSchema = z
  .strictObject({
    article: text,
    quote: text,
    stance: z.enum(['fact', 'claim']),
    claimant: text.optional(),
  })
  .superRefine((citation, ctx) => {
    if (citation.stance === 'claim' && citation.claimant === undefined) {
      ctx.addIssue({ code: 'custom', path: ['claimant'], message: 'required when stance is "claim": who makes the claim' });
    }
    if (citation.stance === 'fact' && citation.claimant !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['claimant'], message: 'only for stance "claim"' });
    }
  });

export const eventSchema = z.strictObject({
  title: text,
  date: edtfText,
  lane: text,
  actors: z.array(text).default([]),
  places: z.array(text).default([]),
  citations: z.array(citationSchema).min(1, 'every event needs at least one citation'),
  note: text.optional(),
});

/** Validate a value and turn every zod issue into a ContentProblem for `file`. */
export function validate<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
): { ok: true; data: z.output<T> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(issue, file)) };
}

function toProblems(issue: z.core.$ZodIssue, file: string): ContentProblem[] {
  const field = formatFieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: formatFieldPath([...issue.path, key]),
      message: 'unknown field (check the spelling against the README)',
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ file, field, message: 'required field is missing' }];
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return [{ file, field, message: `must be one of ${allowed}, not ${JSON.stringify(issue.input)}` }];
  }
  return [{ file, field, message: issue.message }];
}
