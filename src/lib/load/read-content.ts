import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentSources, SourceFile } from './build-timeline.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';

/** The layout of a content folder. */
export const CONTENT_LAYOUT = {
  config: 'timeline.yaml',
  about: 'about.md',
  articles: 'articles',
  events: 'events',
} as const;

const CONTENT_FILE = /\.(md|markdown)$/;
// Editors' and tools' leftovers that are not content and not worth an error.
const IGNORED = /^(\..*|.*~|README(\.md)?|Thumbs\.db)$/;

/**
 * Read every file of a content folder: `timeline.yaml`, `articles/**\/*.md`, `events/**\/*.md`. Any other file in
 * those folders is a problem (a `.txt` article would otherwise be silently left out).
 */
export async function readContent(contentDir: string, cwd = process.cwd()): Promise<ContentSources> {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(cwd, path).split(sep).join('/');

  const configPath = join(contentDir, CONTENT_LAYOUT.config);
  let configText = '';
  try {
    configText = await readFile(configPath, 'utf8');
  } catch {
    problems.push({ file: display(configPath), field: '', message: 'missing: every content folder needs its site config' });
  }

  const readFolder = async (name: string): Promise<SourceFile[]> => {
    const folder = join(contentDir, name);
    let entries: string[];
    try {
      entries = (await readdir(folder, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort();
    } catch {
      problems.push({ file: display(folder), field: '', message: 'missing: create the folder' });
      return [];
    }
    const files: SourceFile[] = [];
    for (const path of entries) {
      const base = path.split(sep).pop() ?? '';
      if (IGNORED.test(base)) continue;
      if (!CONTENT_FILE.test(base)) {
        problems.push({ file: display(path), field: '', message: 'not a content file: only .md files belong here' });
        continue;
      }
      files.push({ path: display(path), text: await readFile(path, 'utf8') });
    }
    return files;
  };

  const articles = await readFolder(CONTENT_LAYOUT.articles);
  const events = await readFolder(CONTENT_LAYOUT.events);
  if (problems.length > 0) throw new ContentError(problems);
  const aboutPath = join(contentDir, CONTENT_LAYOUT.about);
  const aboutText = await readFile(aboutPath, 'utf8').catch(() => undefined);
  return {
    config: { path: display(configPath), text: configText },
    articles,
    events,
    ...(aboutText === undefined ? {} : { about: { path: display(aboutPath), text: aboutText } }),
  };
}
