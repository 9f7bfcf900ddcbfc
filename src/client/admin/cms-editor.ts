import type * as ReactModule from 'react';
import {
  checkArticleEntry,
  checkEventEntry,
  checkPlacesEntry,
  type EditorArticle,
  type EditorSite,
  type EntryTarget,
} from '../../lib/cms/check-entry.ts';
import { CONTENT_FILE_FORMATS, PLACES_FILE_FORMAT } from '../../lib/cms/cms-config.ts';
import { newEntryId } from '../../lib/cms/new-entry-id.ts';
import { readContentFile } from '../../lib/content-file/read-content-file.ts';
import { readPlacesFile } from '../../lib/content-file/read-places-file.ts';
import { writePlacesFile } from '../../lib/content-file/write-places-file.ts';
import { writeContentFile, type ContentCollection } from '../../lib/content-file/write-content-file.ts';
import { formatContentProblem, type ContentProblem } from '../../lib/load/content-problem.ts';
import { registerCitationWidget } from './citation-widget.ts';
import { registerFieldProblems } from './field-problems.ts';

/**
 * /admin/'s own code, run after Decap CMS's bundle: registers the content-file format, the quote picker and the
 * checks (next to each field, and once more before saving), then starts the CMS (decap-cms-app does not start by
 * itself). The articles' paragraphs come from /admin/articles.json, the rest of the content folder from
 * /admin/site.json.
 */

interface ImmutableEntry {
  get(key: 'data'): { toJS(): Record<string, unknown> };
  get(key: 'collection' | 'slug' | 'path'): string | undefined;
  get(key: 'newRecord'): boolean | undefined;
}

interface DecapCms {
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableEntry }) => unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string },
  ): void;
  init(): void;
}

const page = globalThis as unknown as { DecapCmsApp: DecapCms; React: typeof ReactModule };
const cms = page.DecapCmsApp;

async function fetchJson<T>(name: string): Promise<T> {
  const response = await fetch(new URL(name, document.baseURI.replace(/[^/]*$/, '')));
  if (!response.ok) throw new Error(`/admin/${name}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

/** Every problem the build would report in the entry as it stands, with the file it will be saved as. */
function entryProblems(
  entry: ImmutableEntry,
  collection: string,
  articles: readonly EditorArticle[],
  site: EditorSite,
): ContentProblem[] {
  const data = entry.get('data').toJS();
  // The gazetteer is one file, not a folder of entries: no new id to check.
  if (collection === 'places') return checkPlacesEntry(data, site);
  const slug = entry.get('slug');
  // A new entry has no file name yet: Decap makes one from the title when it saves.
  const newId = entry.get('newRecord') === true || !slug ? newEntryId(String(data['title'] ?? '')) : undefined;
  const target: EntryTarget = {
    file: `content/${collection}/${newId ?? slug}.md`,
    newId: newId === '' ? undefined : newId,
  };
  if (collection === 'events') return checkEventEntry(data, articles, target, site);
  if (collection === 'articles') return checkArticleEntry(data, target, site);
  return [];
}

async function start(): Promise<void> {
  const [articles, site] = await Promise.all([
    fetchJson<EditorArticle[]>('articles.json'),
    fetchJson<EditorSite>('site.json'),
  ]);
  // One formatter for hand-written, imported and edited files: a file opened and saved unchanged is byte-identical.
  for (const [collection, name] of Object.entries(CONTENT_FILE_FORMATS) as [ContentCollection, string][]) {
    cms.registerCustomFormat(name, 'md', {
      fromFile(text) {
        const read = readContentFile(text);
        if (!read.ok) throw new Error(read.reason);
        return read.fields;
      },
      toFile: (data) => writeContentFile(collection, data),
    });
  }
  cms.registerCustomFormat(PLACES_FILE_FORMAT, 'yaml', {
    fromFile(text) {
      const read = readPlacesFile(text);
      if (!read.ok) throw new Error(read.reason);
      return read.fields;
    },
    toFile: writePlacesFile,
  });
  registerCitationWidget(cms, page.React, articles);
  registerFieldProblems(cms, page.React, (entry, collection) => entryProblems(entry, collection, articles, site));
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      // The fields show their problems and Decap saves nothing while one does; this is the last guard, for a
      // problem no field shows (inside a correction), so that nothing invalid is ever written.
      const problems = entryProblems(entry, entry.get('collection') ?? '', articles, site);
      if (problems.length > 0) throw new Error(problems.map(formatContentProblem).join('\n'));
      return undefined;
    },
  });
  cms.init();
}

void start();
