import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatContentProblem, loadTimeline, readContent } from '../../../src/lib/load/index.ts';
import { MAX_CONTENT_FILE_BYTES } from '../../../src/lib/load/read-content.ts';
import { contentDirectory } from '../../../src/lib/load/load-timeline.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the small fixture site in a fresh temporary folder: `{ base }/content`, with room beside it. */
function copyOfSmallSite(): { base: string; content: string } {
  const base = mkdtempSync(join(tmpdir(), 'read-content-'));
  made.push(base);
  const content = join(base, 'content');
  cpSync('tests/fixtures/small-site', content, { recursive: true });
  return { base, content };
}

async function problemsOf(content: string, cwd: string): Promise<string[]> {
  const sources = await readContent(content, { cwd });
  return (sources.problems ?? []).map(formatContentProblem);
}

describe('readContent()', () => {
  it('follows symlinked files and folders inside the content folder', async () => {
    const { base, content } = copyOfSmallSite();
    mkdirSync(join(content, 'drafts'));
    cpSync(join(content, 'events/council-vote.md'), join(content, 'drafts/linked-vote.md'));
    symlinkSync('../drafts/linked-vote.md', join(content, 'events/linked-vote.md'));
    mkdirSync(join(content, 'shelf/more'), { recursive: true });
    cpSync(join(content, 'events/ferry-closed.md'), join(content, 'shelf/more/shelved-ferry.md'));
    symlinkSync('../shelf/more', join(content, 'events/more'));
    const sources = await readContent(content, { cwd: base });
    expect(sources.problems).toEqual([]);
    expect(sources.events.map((e) => e.path)).toContain('content/events/linked-vote.md');
    expect(sources.events.map((e) => e.path)).toContain('content/events/more/shelved-ferry.md');
  });

  it('reports a symlink that leads outside the content folder, a dangling one and a loop', async () => {
    const { base, content } = copyOfSmallSite();
    writeFileSync(join(base, 'secret.md'), 'outside');
    symlinkSync('../../secret.md', join(content, 'events/outside.md'));
    symlinkSync(base, join(content, 'articles/elsewhere'));
    symlinkSync('nothing-here.md', join(content, 'events/dangling.md'));
    symlinkSync('..', join(content, 'events/loop'));
    expect(await problemsOf(content, base)).toEqual([
      `content/articles/elsewhere: symlink leads outside the content folder (to "${base}"): copy the file in instead`,
      'content/events/dangling.md: symlink leads nowhere ("nothing-here.md" does not exist)',
      'content/events/loop: symlink loop: leads back to a folder that contains it',
      'content/events/outside.md: symlink leads outside the content folder (to "../../secret.md"): copy the file in instead',
    ]);
  });

  it('reads each translation folder, its files all optional, and refuses a symlink out of it', async () => {
    const { base, content } = copyOfSmallSite();
    mkdirSync(join(content, 'translations/ru'), { recursive: true });
    writeFileSync(join(content, 'translations/ru/about.md'), 'О хронологии.');
    writeFileSync(join(base, 'outside.md'), 'outside');
    symlinkSync('../../../../outside.md', join(content, 'translations/de/events/outside.md'));
    const sources = await readContent(content, { cwd: base });
    expect(sources.problems?.map(formatContentProblem)).toEqual([
      'content/translations/de/events/outside.md: symlink leads outside the content folder (to "../../../../outside.md"): copy the file in instead',
    ]);
    expect(
      sources.translations?.map((t) => [t.language, t.folder, t.config?.path, t.about?.path, t.events.length]),
    ).toEqual([
      ['de', 'content/translations/de', 'content/translations/de/timeline.yaml', 'content/translations/de/about.md', 3],
      ['ru', 'content/translations/ru', undefined, 'content/translations/ru/about.md', 0],
    ]);
  });

  it('reports a file that is not UTF-8 with the byte offset and line of the first bad byte', async () => {
    const { base, content } = copyOfSmallSite();
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    writeFileSync(join(content, 'events/latin-1.md'), bytes);
    expect(await problemsOf(content, base)).toEqual([
      'content/events/latin-1.md: is not valid UTF-8 at byte 14 (line 2): save it as UTF-8',
    ]);
  });

  it(`reports a file larger than ${MAX_CONTENT_FILE_BYTES} bytes without reading it`, async () => {
    const { base, content } = copyOfSmallSite();
    writeFileSync(join(content, 'articles/huge.md'), Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1, 0x61));
    writeFileSync(join(content, 'articles/just-fits.md'), Buffer.alloc(MAX_CONTENT_FILE_BYTES, 0x61));
    expect(await problemsOf(content, base)).toEqual([
      'content/articles/huge.md: is 2.0 MB: a content file may be at most 2 MB',
    ]);
  });

  it('reports a stray file and still reads every other file', async () => {
    const { base, content } = copyOfSmallSite();
    writeFileSync(join(content, 'events/notes.txt'), 'notes');
    writeFileSync(join(content, 'events/.DS_Store'), '');
    execFileSync('mkfifo', [join(content, 'events/pipe.md')]);
    mkdirSync(join(content, 'events/.git'));
    writeFileSync(join(content, 'events/.git/config'), '');
    const sources = await readContent(content, { cwd: base });
    expect((sources.problems ?? []).map(formatContentProblem)).toEqual([
      'content/events/notes.txt: not a content file: only .md files belong here',
      'content/events/pipe.md: not a content file: only .md files belong here',
    ]);
    // The fixture's six event files (five published, one draft): the stray files are not among them.
    expect(sources.events).toHaveLength(6);
    expect(sources.about?.path).toBe('content/about.md');
  });

  it('names a missing config and missing folders together', async () => {
    const { base, content } = copyOfSmallSite();
    rmSync(join(content, 'timeline.yaml'));
    rmSync(join(content, 'events'), { recursive: true });
    expect(await problemsOf(content, base)).toEqual([
      'content/timeline.yaml: missing: every content folder needs its site config',
      'content/events: missing: create the folder',
    ]);
  });
});

describe('loadTimeline() on a wrong content folder', () => {
  async function errorOf(promise: Promise<unknown>): Promise<string[]> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map(formatContentProblem);
  }

  it('says that a folder is missing or is a file', async () => {
    expect(await errorOf(loadTimeline('tests/fixtures/no-such-folder'))).toEqual([
      'tests/fixtures/no-such-folder: does not exist',
    ]);
    expect(await errorOf(loadTimeline('tests/fixtures/broken-site/timeline.yaml'))).toEqual([
      'tests/fixtures/broken-site/timeline.yaml: is a file, not a content folder',
    ]);
  });

  it('names TIMELINE_CONTENT_DIR when the folder came from it', async () => {
    const saved = process.env['TIMELINE_CONTENT_DIR'];
    process.env['TIMELINE_CONTENT_DIR'] = 'tests/fixtures/small-site/about.md';
    try {
      expect(await errorOf(loadTimeline())).toEqual([
        'TIMELINE_CONTENT_DIR: "tests/fixtures/small-site/about.md" is a file, not a content folder',
      ]);
    } finally {
      if (saved === undefined) delete process.env['TIMELINE_CONTENT_DIR'];
      else process.env['TIMELINE_CONTENT_DIR'] = saved;
    }
  });

  it('takes an empty TIMELINE_CONTENT_DIR as not set', () => {
    expect(contentDirectory({ TIMELINE_CONTENT_DIR: '' })).toBe(contentDirectory({}));
    expect(contentDirectory({}).endsWith('content')).toBe(true);
  });
});
