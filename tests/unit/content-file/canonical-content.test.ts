import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/lib/content-file/read-content-file.ts';
import {
  FRONTMATTER_COMMENTS,
  writeContentFile,
  type ContentCollection,
} from '../../../src/lib/content-file/write-content-file.ts';
import { articleSchema, eventSchema } from '../../../src/lib/load/content-schemas.ts';

// Every event and article of this edition, so that the editor can open and save any of them unchanged. (The test
// fixtures keep their looser hand-written style on purpose: the loader must read any valid YAML.)
const folders: [string, ContentCollection][] = [
  ['content/events', 'events'],
  ['content/articles', 'articles'],
];
const files = folders.flatMap(([folder, collection]) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.endsWith('README.md'))
    .map((name) => ({ path: join(folder, name), collection })),
);

/** What a file means to the build: its frontmatter as the schema reads it (defaults filled in), its body, its comments. */
function meaning(text: string, collection: ContentCollection): unknown {
  const read = readContentFile(text);
  if (!read.ok) throw new Error(read.reason);
  const { body, [FRONTMATTER_COMMENTS]: comments, ...frontmatter } = read.fields;
  const schema = collection === 'events' ? eventSchema : articleSchema;
  return { data: schema.parse(frontmatter), body, comments };
}

describe('content files are in the one canonical form', () => {
  it.each(files)('writeContentFile(readContentFile($path)) means what the file means', ({ path, collection }) => {
    const text = readFileSync(path, 'utf8');
    const read = readContentFile(text);
    if (!read.ok) throw new Error(`${path}: ${read.reason}`);
    expect(meaning(writeContentFile(collection, read.fields), collection)).toEqual(meaning(text, collection));
  });

  it.each(files)('writeContentFile(readContentFile($path)) is the file, byte for byte', ({ path, collection }) => {
    const text = readFileSync(path, 'utf8');
    const read = readContentFile(text);
    if (!read.ok) throw new Error(`${path}: ${read.reason}`);
    expect(writeContentFile(collection, read.fields)).toBe(text);
  });
});
