import { describe, expect, it } from 'vitest';
import { cacheFolderFor } from '../../../src/lib/build/cache-folder.ts';

describe('cacheFolderFor()', () => {
  it('gives each content folder its own cache under node_modules/.astro, named for people and unique by path', () => {
    expect(cacheFolderFor('/srv/a/content')).toMatch(/^node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(cacheFolderFor('/srv/a/content')).toBe(cacheFolderFor('/srv/a/content'));
    expect(cacheFolderFor('/srv/a/content')).not.toBe(cacheFolderFor('/srv/b/content'));
  });

  it('keeps a folder name with odd characters to a safe, short name', () => {
    expect(cacheFolderFor('/tmp/my content (2)/../x y')).toMatch(/^node_modules\/\.astro\/x_y-[0-9a-f]{12}$/);
    expect(cacheFolderFor(`/tmp/${'n'.repeat(300)}`).length).toBeLessThan(80);
  });
});
