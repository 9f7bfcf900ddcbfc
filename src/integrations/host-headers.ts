import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHostHeaders } from '../lib/embed/host-headers.ts';
import { contentDirectory } from '../lib/load/load-timeline.ts';

/** Writes `_headers` into the build for hosts that read one (see src/lib/embed/host-headers.ts). */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'timeline-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        const paths = files.map(
          (f) =>
            base +
            f
              .split(sep)
              .join('/')
              .replace(/(^|\/)index\.html$/, '$1'),
        );
        // Astro's own assets have hashed names; the timeline's, the map's and the embed's scripts are always loaded with
        // ?v=<hash>.
        const immutable = [`${base}_astro/*`, `${base}timeline.js`, `${base}place-map.js`, `${base}embed-frame.js`];
        // Each edition in another language has its own embed (see translations/ in the content folder).
        const languages = await readdir(join(contentDirectory(), 'translations')).catch(() => []);
        const embeds = [`${base}embed/`, ...languages.map((language) => `${base}${language}/embed/`)];
        await writeFile(join(root, '_headers'), toHostHeaders(paths, embeds, immutable, `${base}admin/`));
      },
    },
  };
}
