import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { articleSchema, citationSchema, correctionSchema, eventSchema } from '../load/content-schemas.ts';

/**
 * The one formatter for content files: `npm run import` and the web editor write events and articles with it, and
 * every hand-written file in content/ is in its form (tests/unit/content-file/canonical-content.test.ts), so a
 * file opened in the editor and saved unchanged is byte-identical, and a saved file reads like one written by hand.
 */

/** The folders of content/ whose files this writes: one frontmatter schema each. */
export type ContentCollection = 'events' | 'articles';

/** The longest line it writes, except a quote or a list that cannot be broken without changing how it reads. */
export const CONTENT_LINE_WIDTH = 118;

/**
 * Where a hand-written file keeps the comment lines at the top of its frontmatter: the editor holds them under this
 * key (no schema field can have it) so that a save keeps them.
 */
export const FRONTMATTER_COMMENTS = '#comments';

// Identifiers and codes (ids, enum values, a language tag, a seed file name) are written plain, as a person types
// them; YAML's own rules still quote one that would read back as something else ("true", "1991").
const PLAIN_FIELDS = new Set(['lane', 'article', 'stance', 'status', 'publishedBasis', 'language', 'seed']);

/** Prose that runs to sentences: written as a folded block, wrapped at the line width. */
export function isProseField(name: string): boolean {
  return /(?:^note|Note|^furnitureRemoved|^text)$/.test(name);
}

const TOP_LEVEL_KEYS: Record<ContentCollection, readonly string[]> = {
  events: Object.keys(eventSchema.shape),
  articles: Object.keys(articleSchema.shape),
};

// The records inside lists, by the list's name.
const RECORD_KEYS: Record<string, readonly string[]> = {
  citations: Object.keys(citationSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
};

/**
 * A content file's text from its fields and `body` (the text below the frontmatter, kept exactly as given): keys
 * in the schema's order (any other key after them, for the checks to name), empty values left out, text in double
 * quotes, identifiers plain, lists of names on one line, prose folded at CONTENT_LINE_WIDTH.
 * @example writeContentFile('events', { title: 'A', date: '1991', lane: 'works', body: 'Text.\n' })
 * // '---\ntitle: "A"\ndate: "1991"\nlane: works\n---\nText.\n'
 */
export function writeContentFile(collection: ContentCollection, fields: Record<string, unknown>): string {
  const { body, [FRONTMATTER_COMMENTS]: comments, ...frontmatter } = fields;
  const doc = new Document(ordered(withoutEmpty(frontmatter), TOP_LEVEL_KEYS[collection]));
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) style(pair as Pair<Scalar, Node>);
    const first = doc.contents.items[0] as Pair<Scalar> | undefined;
    const lines = typeof comments === 'string' && comments !== '' ? comments.split('\n') : [];
    // Comments go right above the first field, without the blank line YAML puts after a document's comment.
    if (first !== undefined && lines.length > 0) first.key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
  }
  const yaml = Object.keys(frontmatter).length === 0 ? '' : escapeInvisible(doc.toString(CONTENT_YAML_FORMAT));
  return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`;
}

// Characters a reader of the file cannot see (a no-break space inside a quote, a zero-width joiner): written as
// escapes such as \u00A0, which YAML allows only inside double quotes, so a value that has one is double-quoted.
const INVISIBLE = /[\u00A0\u00AD\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;

/** Whether a text has a character a reader cannot see, which only a double-quoted YAML string can escape. */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source).test(text);
}

/** The invisible characters of a written YAML text as `\uXXXX` escapes (comment lines left as they are). */
export function escapeInvisible(yaml: string): string {
  return yaml
    .split('\n')
    .map((line) =>
      line.startsWith('#')
        ? line
        : line.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
    )
    .join('\n');
}

/** How yaml's Document.toString() writes every content file (frontmatter and places.yaml alike). */
export const CONTENT_YAML_FORMAT = {
  lineWidth: CONTENT_LINE_WIDTH,
  // `[a, b]`, not yaml's default `[ a, b ]`.
  flowCollectionPadding: false,
  // Double quotes as JSON writes them (YAML reads JSON's escapes), never folded: a quote stays on one line however
  // long, as a person reads and searches it.
  doubleQuotedAsJSON: true,
} as const;

function style(pair: Pair<Scalar, Node>, indent = 0): void {
  const name = String(pair.key.value);
  const value = pair.value;
  if (isScalar(value)) {
    const invisible = typeof value.value === 'string' && new RegExp(INVISIBLE.source).test(value.value);
    value.type = invisible
      ? 'QUOTE_DOUBLE'
      : PLAIN_FIELDS.has(name)
        ? 'PLAIN'
        : isProseField(name)
          ? 'BLOCK_FOLDED'
          : 'QUOTE_DOUBLE';
  } else if (isSeq(value)) {
    const records = value.items.some((item) => isMap(item));
    // A list of names reads best on one line, as a person writes it, when it fits; a list of records one per block.
    const oneLine = `${' '.repeat(indent)}${name}: [${value.items.map((item) => JSON.stringify(String(isScalar(item) ? item.value : ''))).join(', ')}]`;
    value.flow = !records && oneLine.length <= CONTENT_LINE_WIDTH;
    for (const item of value.items) {
      if (isScalar(item)) item.type = 'QUOTE_DOUBLE';
      if (isMap(item)) for (const inner of item.items) style(inner as Pair<Scalar, Node>, indent + 4);
    }
  } else if (isMap(value)) {
    for (const inner of value.items) style(inner as Pair<Scalar, Node>, indent + 2);
  }
}

// Fields in `order` first, each list of records in its own schema's order, then the keys no schema knows.
function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
  return Object.fromEntries(
    keys.map((key) => {
      const value = record[key];
      const inner = RECORD_KEYS[key];
      if (inner === undefined || !Array.isArray(value)) return [key, value];
      return [key, value.map((item) => (isRecord(item) ? ordered(item, inner) : item))];
    }),
  );
}

// The editor keeps a blank optional field as "" (or an empty list, or null): the file leaves it out, as a person would.
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record)) {
    const kept = isRecord(value) ? withoutEmpty(value) : Array.isArray(value) ? value.map(cleanItem) : value;
    if (kept === '' || kept === null || kept === undefined) continue;
    if (Array.isArray(kept) && kept.length === 0) continue;
    entries.push([key, kept]);
  }
  return Object.fromEntries(entries);
}

function cleanItem(item: unknown): unknown {
  return isRecord(item) ? withoutEmpty(item) : item;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
