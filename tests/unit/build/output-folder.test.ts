import { describe, expect, it } from 'vitest';
import {
  MARKER_FILE,
  judgeOutputFolder,
  parseLeftover,
  refusalMessage,
  replacedName,
  stagingName,
} from '../../../src/lib/build/output-folder.ts';

describe('judgeOutputFolder()', () => {
  it('lets a build write a missing or empty folder, and replace one with its marker', () => {
    expect(judgeOutputFolder(undefined, false)).toBe('absent');
    expect(judgeOutputFolder([], false)).toBe('empty');
    expect(judgeOutputFolder([MARKER_FILE, 'index.html'], false)).toBe('ours');
  });

  it('calls any other non-empty folder foreign, even one that looks like a built site', () => {
    expect(judgeOutputFolder(['notes.txt'], false)).toBe('foreign');
    expect(judgeOutputFolder(['index.html', '_astro', 'pagefind'], false)).toBe('foreign');
    expect(judgeOutputFolder(['.timeline-build-old'], true)).toBe('foreign');
  });

  it("accepts the project's default dist/ as an earlier build only when it holds what every earlier build wrote", () => {
    expect(judgeOutputFolder(['index.html', '_astro', 'pagefind', '_headers'], true)).toBe('earlier-build');
    expect(judgeOutputFolder(['index.html', '_astro'], true)).toBe('foreign');
    expect(judgeOutputFolder(['notes.txt'], true)).toBe('foreign');
  });
});

describe('parseLeftover()', () => {
  it('recognises the staging and replaced folders a build of the same output leaves, with their process id', () => {
    expect(parseLeftover(stagingName('dist', 4242), 'dist')).toEqual({ kind: 'staging', pid: 4242 });
    expect(parseLeftover(replacedName('dist', 7), 'dist')).toEqual({ kind: 'replaced', pid: 7 });
  });

  it('ignores every other name, including leftovers of another output folder', () => {
    for (const name of [
      'dist',
      '.dist',
      '.dist.building-',
      '.dist.building-12x',
      '.dist.building-0',
      'x.dist.building-1',
    ]) {
      expect(parseLeftover(name, 'dist'), name).toBeUndefined();
    }
    expect(parseLeftover(stagingName('site', 12), 'dist')).toBeUndefined();
    expect(parseLeftover(stagingName('dist', 12), 'site')).toBeUndefined();
  });
});

describe('refusalMessage()', () => {
  it('names the folder, the marker and what to do', () => {
    const message = refusalMessage('/srv/www');
    expect(message).toContain('Refusing to build into /srv/www');
    expect(message).toContain(MARKER_FILE);
    expect(message).toContain('TIMELINE_OUT_DIR');
  });
});
