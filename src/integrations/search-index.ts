import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { testFault } from './test-fault.ts';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` once the pages are written. A site without its index
 * has a search box that finds nothing, so any indexing error, or an index of no pages, fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'timeline-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { errors, index } = await createIndex({});
          if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages: no page is marked data-pagefind-body.');
          await testFault('search-index'); // test only: see test-fault.ts
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`Search index: ${added.page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
