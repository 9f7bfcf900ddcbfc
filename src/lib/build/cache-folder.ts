import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/**
 * The Astro cache folder for one content folder, so builds of different content folders at once never share a data
 * store, image cache or incremental state. The name keeps the folder's name for people and a hash of its full path
 * for uniqueness.
 * @example cacheFolderFor('/srv/site/content') // 'node_modules/.astro/content-3f1c0a9b27d4'
 */
export function cacheFolderFor(contentDir: string): string {
  const hash = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  const name = basename(contentDir)
    .replace(/[^A-Za-z0-9_-]/g, '_')
    .slice(0, 40);
  return `node_modules/.astro/${name}-${hash}`;
}
