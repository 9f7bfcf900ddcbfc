import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ContentSources, SourceFile, TranslationSources } from './build-timeline.ts';
import { ContentError, type ContentProblem } from './content-problem.ts';
import { decodeUtf8 } from './decode-utf8.ts';

/** The layout of a content folder. */
export const CONTENT_LAYOUT = {
  config: 'timeline.yaml',
  about: 'about.md',
  places: 'places.yaml',
  shapes: 'shapes',
  articles: 'articles',
  events: 'events',
  translations: 'translations',
} as const;

/** What a translation folder (`translations/<language>/`) may hold: its site texts, about page, events and notes. */
const TRANSLATION_ENTRIES = new Set<string>([
  CONTENT_LAYOUT.config,
  CONTENT_LAYOUT.about,
  CONTENT_LAYOUT.places,
  CONTENT_LAYOUT.events,
  CONTENT_LAYOUT.articles,
]);

/**
 * The largest content file read, in bytes (2 MiB). Articles are a few kilobytes and events less; a file this big
 * is a mistake (a PDF or a database dump saved as .md), and the limit bounds what the parsers are given.
 */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

const CONTENT_FILE = /\.(md|markdown)$/;
/** What a folder of the content may hold: Markdown, except the places' shapes (GeoJSON). */
interface FileKind {
  readonly pattern: RegExp;
  readonly refusal: string;
}
const MARKDOWN: FileKind = { pattern: CONTENT_FILE, refusal: 'not a content file: only .md files belong here' };
const GEOJSON: FileKind = {
  pattern: /\.geojson$/,
  refusal: 'not a shape: only <place-id>.geojson files belong in shapes/',
};
// Editors' and tools' leftovers that are not content and not worth an error; hidden folders (.git) likewise.
const IGNORED = /^(\..*|.*~|README(\.md)?|Thumbs\.db)$/;

/** How to read a content folder. */
export interface ReadOptions {
  /** The folder paths in messages are relative to. */
  readonly cwd?: string;
  /** The setting that chose the folder (`TIMELINE_CONTENT_DIR`), named when the folder itself is wrong. */
  readonly setting?: string;
}

/**
 * Read every file of a content folder: `timeline.yaml`, `about.md`, `places.yaml`, `shapes/*.geojson`,
 * `articles/**\/*.md`, `events/**\/*.md`, and
 * the same (but the article texts) for each language under `translations/<language>/`.
 * Symlinks are followed while they stay inside the folder. Each file that cannot be content (another extension,
 * not UTF-8, larger than MAX_CONTENT_FILE_BYTES, a link leading out) is a problem returned with the files, so
 * the other files are still checked. Throws a ContentError only when the folder itself is missing or a file.
 */
export async function readContent(contentDir: string, options: ReadOptions = {}): Promise<ContentSources> {
  const cwd = options.cwd ?? process.cwd();
  const display = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const root = await contentRoot(contentDir, display(contentDir), options.setting);
  const problems: ContentProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ file: display(path), field: '', message });

  // The target of a path, following a symlink only when it stays inside the content folder.
  const follow = async (path: string): Promise<Stats | undefined> => {
    const link = await lstat(path);
    if (!link.isSymbolicLink()) return link;
    const target = await readlink(path);
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined) {
      problem(path, `symlink leads nowhere ("${target}" does not exist)`);
      return undefined;
    }
    const inside = relative(root, real);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      problem(path, `symlink leads outside the content folder (to "${target}"): copy the file in instead`);
      return undefined;
    }
    return stat(path);
  };

  const readSource = async (path: string, info: Stats): Promise<SourceFile | undefined> => {
    if (info.size > MAX_CONTENT_FILE_BYTES) {
      problem(path, `is ${(info.size / 1024 / 1024).toFixed(1)} MB: a content file may be at most 2 MB`);
      return undefined;
    }
    const decoded = decodeUtf8(await readFile(path));
    if (!decoded.ok) {
      problem(path, `is not valid UTF-8 at byte ${decoded.offset} (line ${decoded.line}): save it as UTF-8`);
      return undefined;
    }
    return { path: display(path), text: decoded.text };
  };

  // Files of a folder and its subfolders, in name order; `within` holds the real paths of the folders being
  // read, so a symlink back to one of them is reported instead of followed for ever.
  const readTree = async (
    path: string,
    within: ReadonlySet<string>,
    files: SourceFile[],
    kind: FileKind,
  ): Promise<void> => {
    try {
      await readEntry(path, within, files, kind);
    } catch (error) {
      // Permissions, a file removed while reading: name the file instead of stopping with a stack trace.
      problem(path, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  };
  const readEntry = async (
    path: string,
    within: ReadonlySet<string>,
    files: SourceFile[],
    kind: FileKind,
  ): Promise<void> => {
    const info = await follow(path);
    if (info === undefined) return;
    const name = path.split(sep).pop() ?? '';
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (within.has(real)) {
        problem(path, 'symlink loop: leads back to a folder that contains it');
        return;
      }
      const entries: Dirent[] = await readdir(path, { withFileTypes: true });
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (IGNORED.test(entry.name)) continue;
        await readTree(join(path, entry.name), new Set([...within, real]), files, kind);
      }
    } else if (!info.isFile() || !kind.pattern.test(name)) {
      problem(path, kind.refusal);
    } else {
      const file = await readSource(path, info);
      if (file !== undefined) files.push(file);
    }
  };

  const readFolder = async (
    name: string,
    base = contentDir,
    optional = false,
    kind = MARKDOWN,
  ): Promise<SourceFile[]> => {
    const folder = join(base, name);
    const files: SourceFile[] = [];
    if (!(await exists(folder))) {
      if (!optional) problem(folder, 'missing: create the folder');
    } else await readTree(folder, new Set([root]), files, kind);
    return files;
  };

  const readRootFile = async (name: string, base = contentDir): Promise<SourceFile | undefined> => {
    const path = join(base, name);
    if (!(await exists(path))) return undefined;
    try {
      const info = await follow(path);
      if (info === undefined) return undefined;
      if (info.isFile()) return await readSource(path, info);
      problem(path, 'is not a file');
    } catch (error) {
      problem(path, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    return undefined;
  };

  const config = await readRootFile(CONTENT_LAYOUT.config);
  const configPath = join(contentDir, CONTENT_LAYOUT.config);
  if (config === undefined && !problems.some((p) => p.file === display(configPath))) {
    problem(configPath, 'missing: every content folder needs its site config');
  }
  const articles = await readFolder(CONTENT_LAYOUT.articles);
  const events = await readFolder(CONTENT_LAYOUT.events);
  const about = await readRootFile(CONTENT_LAYOUT.about);
  const places = await readRootFile(CONTENT_LAYOUT.places);
  const shapes = await readFolder(CONTENT_LAYOUT.shapes, contentDir, true, GEOJSON);

  // One folder per language; each file of it is optional, and anything else in it is a mistake worth naming.
  const readTranslation = async (folder: string): Promise<TranslationSources> => {
    for (const entry of (await readdir(folder)).sort()) {
      if (IGNORED.test(entry) || TRANSLATION_ENTRIES.has(entry)) continue;
      problem(
        join(folder, entry),
        'not part of a translation: a translation folder holds timeline.yaml, about.md, places.yaml, events/ and articles/',
      );
    }
    const translatedConfig = await readRootFile(CONTENT_LAYOUT.config, folder);
    const translatedAbout = await readRootFile(CONTENT_LAYOUT.about, folder);
    const translatedPlaces = await readRootFile(CONTENT_LAYOUT.places, folder);
    return {
      language: folder.split(sep).pop() ?? '',
      folder: display(folder),
      ...(translatedConfig === undefined ? {} : { config: translatedConfig }),
      ...(translatedAbout === undefined ? {} : { about: translatedAbout }),
      ...(translatedPlaces === undefined ? {} : { places: translatedPlaces }),
      events: await readFolder(CONTENT_LAYOUT.events, folder, true),
      articles: await readFolder(CONTENT_LAYOUT.articles, folder, true),
    };
  };
  const translations: TranslationSources[] = [];
  const translationsFolder = join(contentDir, CONTENT_LAYOUT.translations);
  if (await exists(translationsFolder)) {
    try {
      const info = await follow(translationsFolder);
      if (info !== undefined && !info.isDirectory()) {
        problem(translationsFolder, 'is not a folder: translations/ holds one folder per language (translations/ru/)');
      } else if (info !== undefined) {
        for (const entry of (await readdir(translationsFolder)).sort()) {
          if (IGNORED.test(entry)) continue;
          const folder = join(translationsFolder, entry);
          const entryInfo = await follow(folder);
          if (entryInfo === undefined) continue;
          if (entryInfo.isDirectory()) translations.push(await readTranslation(folder));
          else problem(folder, 'not a translation: translations/ holds one folder per language (translations/ru/)');
        }
      }
    } catch (error) {
      problem(translationsFolder, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  return {
    ...(config === undefined ? {} : { config }),
    articles,
    events,
    ...(about === undefined ? {} : { about }),
    ...(places === undefined ? {} : { places }),
    ...(shapes.length === 0 ? {} : { shapes }),
    ...(translations.length === 0 ? {} : { translations }),
    problems,
  };
}

// The real path of the content folder, or a ContentError when there is no folder to read.
async function contentRoot(contentDir: string, shown: string, setting: string | undefined): Promise<string> {
  const info = await stat(contentDir).catch(() => undefined);
  const reason =
    info === undefined ? 'does not exist' : info.isDirectory() ? undefined : 'is a file, not a content folder';
  if (reason === undefined) return realpath(contentDir);
  const problem: ContentProblem =
    setting === undefined
      ? { file: shown, field: '', message: reason }
      : { file: setting, field: '', message: `"${shown}" ${reason}` };
  throw new ContentError([problem]);
}

// Whether a path exists, a dangling symlink included (it is then reported, not taken for a missing file).
async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
